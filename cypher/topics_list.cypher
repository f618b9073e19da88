MATCH (t:Topic)
RETURN t.id AS id, t.label AS label, t.keywords AS keywords,
       COUNT { (:Meeting)-[:ABOUT]->(t) } AS meetings, COUNT { (:Stance)-[:ON]->(t) } AS stances
ORDER BY t.id
