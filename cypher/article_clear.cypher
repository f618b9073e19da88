// Remove what an earlier version of the article contributed; return the meetings it touched.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_EVIDENCE]->(e:Evidence)-[:REPORTS]->(m:Meeting)
WITH a, collect(DISTINCT m.id) AS meeting_ids
OPTIONAL MATCH (a)-[:HAS_EVIDENCE]->(e:Evidence)
DETACH DELETE e
WITH a, meeting_ids
OPTIONAL MATCH (a)-[:STATES]->(s:Stance)
DETACH DELETE s
WITH a, meeting_ids
OPTIONAL MATCH (a)-[r:MENTIONS]->(:Actor)
DELETE r
RETURN meeting_ids
