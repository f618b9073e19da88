// One Evidence node per (article, event); the Meeting it reports, its participants, topics.
MATCH (a:Article {id: $article_id})
UNWIND $events AS row
MERGE (m:Meeting {id: row.meeting_id})
ON CREATE SET m.pair_key = row.pair_key, m.family = row.family
MERGE (e:Evidence {id: row.evidence_id})
SET e += row.props
MERGE (a)-[:HAS_EVIDENCE]->(e)
MERGE (e)-[:REPORTS]->(m)
WITH m, e, row
CALL (m, row) {
  UNWIND row.participants AS pid
  MATCH (actor:Actor {id: pid})
  MERGE (actor)-[:PARTICIPATED_IN]->(m)
}
CALL (e, row) {
  UNWIND row.topics AS tid
  MATCH (t:Topic {id: tid})
  MERGE (e)-[:ABOUT]->(t)
}
RETURN count(*) AS written
