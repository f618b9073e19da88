// Remove what an earlier version of the article contributed; return the meetings, actors
// and places it touched, so that the ones left without links can be pruned, and the
// TopicMonth buckets its stances counted in (recounted by article_keys).
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_EVIDENCE]->(:Evidence)-[:REPORTS]->(m:Meeting)
OPTIONAL MATCH (m)-[:AT]->(p:Place)
WITH a, collect(DISTINCT m.id) AS meeting_ids, collect(DISTINCT p.id) AS place_ids
OPTIONAL MATCH (a)-[:MENTIONS]->(actor:Actor)
WITH a, meeting_ids, place_ids, collect(DISTINCT actor.id) AS actor_ids
CALL (a) {
  OPTIONAL MATCH (a)-[:STATES]->(:Stance)-[:STANCE_IN_MONTH]->(b:TopicMonth)
  RETURN collect(DISTINCT b.id) AS stance_months
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_EVIDENCE]->(e:Evidence)
  DETACH DELETE e
}
CALL (a) {
  OPTIONAL MATCH (a)-[:STATES]->(s:Stance)
  DETACH DELETE s
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:MENTIONS]->(:Actor)
  DELETE r
}
RETURN meeting_ids, place_ids, actor_ids, stance_months
