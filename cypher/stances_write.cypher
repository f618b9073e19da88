// Stances of one article, each with its holder, target actor and topic.
MATCH (a:Article {id: $article_id})
UNWIND $stances AS row
MERGE (s:Stance {id: row.id})
SET s += row.props
MERGE (a)-[:STATES]->(s)
WITH s, row
MATCH (holder:Actor {id: row.holder})
MERGE (holder)-[:HOLDS]->(s)
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (target:Actor {id: row.target})
  FOREACH (_ IN CASE WHEN target IS NULL THEN [] ELSE [1] END | MERGE (s)-[:TOWARDS]->(target))
}
CALL (s, row) {
  OPTIONAL MATCH (t:Topic {id: row.topic})
  FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (s)-[:ON]->(t))
}
RETURN count(*) AS written
