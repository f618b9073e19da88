// The counterpart network without a period or actor filter: the first $limit Pair nodes
// (overall or on a topic), most meetings first, and how many pairs there are.
CALL () {
  MATCH (q:Pair) USING INDEX q:Pair(topic, rank)
  WHERE q.topic = coalesce($topic, '') AND q.rank > ''
  RETURN count(q) AS total
}
CALL (total) {
  MATCH (p:Pair) USING INDEX p:Pair(topic, rank)
  WHERE p.topic = coalesce($topic, '') AND p.rank > ''
  WITH p ORDER BY p.topic, p.rank LIMIT $limit
  RETURN collect({source: p.a, target: p.b, meetings: p.meetings, first: p.first,
                  last: p.last}) AS edges
}
RETURN total, edges
