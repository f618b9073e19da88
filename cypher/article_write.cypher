// The article's own properties and the actors it mentions.
MATCH (a:Article {id: $article.id})
SET a += $article
WITH a
UNWIND $actors AS row
MERGE (actor:Actor {id: row.id})
SET actor.name = row.name, actor.kind = row.kind, actor.in_dictionary = row.in_dictionary,
    actor.native_name = row.native_name, actor.country = row.country,
    actor.aliases = row.aliases, actor.search = row.search
MERGE (a)-[:MENTIONS]->(actor)
