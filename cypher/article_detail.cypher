MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(actor:Actor)
  WITH actor ORDER BY actor.name
  RETURN collect(actor {.id, .name, .kind}) AS actors
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_EVIDENCE]->(:Evidence)-[:REPORTS]->(m:Meeting)
  RETURN collect(DISTINCT m.id) AS meeting_ids
}
RETURN a {.id, .source, .title, .published, .url, .outlet, .warnings, .text} AS article, actors,
       meeting_ids
