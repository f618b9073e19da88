// Every TopicMonth bucket of one topic built from scratch, for a graph written before the
// buckets existed (scripts/refresh_read_model.py; ingest keeps them from then on): each
// meeting on the topic linked to the bucket of its date_start month, each stance on the topic
// to the bucket of its article's publication month ('undated' without one), then counted.
// The topic's old buckets go first, so a month left with nothing has none.
MATCH (t:Topic {id: $topic})
CALL (t) {
  OPTIONAL MATCH (old:TopicMonth)-[:MONTH_OF]->(t)
  DETACH DELETE old
}
CALL (t) {
  MATCH (m:Meeting)-[:ABOUT]->(t)
  WITH m, t, CASE WHEN m.date_start IS NULL THEN 'undated'
                  ELSE substring(toString(m.date_start), 0, 7) END AS month
  MERGE (b:TopicMonth {id: t.id + '|' + month})
  ON CREATE SET b.topic = t.id, b.month = month
  MERGE (b)-[:MONTH_OF]->(t)
  MERGE (m)-[:MEETING_IN_MONTH]->(b)
}
CALL (t) {
  MATCH (a:Article)-[:STATES]->(s:Stance)-[:ON]->(t)
  WITH s, t, CASE WHEN a.published IS NULL THEN 'undated'
                  ELSE substring(a.published, 0, 7) END AS month
  MERGE (b:TopicMonth {id: t.id + '|' + month})
  ON CREATE SET b.topic = t.id, b.month = month
  MERGE (b)-[:MONTH_OF]->(t)
  MERGE (s)-[:STANCE_IN_MONTH]->(b)
}
CALL (t) {
  MATCH (b:TopicMonth)-[:MONTH_OF]->(t)
  SET b.meetings = COUNT { (b)<-[:MEETING_IN_MONTH]-() },
      b.stances = COUNT { (b)<-[:STANCE_IN_MONTH]-() }
}
RETURN COUNT { (:TopicMonth)-[:MONTH_OF]->(t) } AS buckets
