// Full items for a list of meeting ids, in the given order: participants, topics, sources.
UNWIND range(0, size($ids) - 1) AS position
MATCH (m:Meeting {id: $ids[position]})
CALL (m) {
  OPTIONAL MATCH (p:Actor)-[:PARTICIPATED_IN]->(m)
  WITH p ORDER BY p.name
  RETURN collect(p {.id, .name, .kind}) AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[:ABOUT]->(t:Topic)
  WITH t ORDER BY t.id
  RETURN collect(t.id) AS topics
}
CALL (m) {
  OPTIONAL MATCH (a:Article)-[:HAS_EVIDENCE]->(e:Evidence)-[:REPORTS]->(m)
  WITH a, e ORDER BY a.published, a.id
  RETURN collect({article_id: a.id, title: a.title, published: a.published, url: a.url,
                  source: a.source, evidence: e.text, start: e.start, end: e.end,
                  sentences: e.sentences, offsets: e.offsets,
                  status: e.status, date: e.date}) AS sources
}
RETURN position, m {.*} AS meeting, participants, topics, sources
ORDER BY position
