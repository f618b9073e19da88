// Pairs of actors who met (overall, or on a topic), most meetings first, from the Pair nodes
// that meetings_refresh keeps (count, first and last dates over all the pair's meetings):
// the total, and one page of pairs each with its first $per_pair meeting ids by date.
CALL () {
  MATCH (q:Pair) USING INDEX q:Pair(topic, rank)
  WHERE q.topic = coalesce($topic, '') AND q.rank > ''
  RETURN count(q) AS total
}
CALL (total) {
  MATCH (p:Pair) USING INDEX p:Pair(topic, rank)
  WHERE p.topic = coalesce($topic, '') AND p.rank > ''
  WITH p ORDER BY p.topic, p.rank SKIP $skip LIMIT $limit
  CALL (p) {
    MATCH (m:Meeting)-[:IN_PAIR]->(p)
    WITH m ORDER BY m.sort_key, m.id LIMIT $per_pair
    RETURN collect(m.id) AS meeting_ids
  }
  RETURN collect({a: COLLECT { MATCH (a:Actor {id: p.a}) RETURN a {.id, .name, .kind} }[0],
                  b: COLLECT { MATCH (b:Actor {id: p.b}) RETURN b {.id, .name, .kind} }[0],
                  meetings: p.meetings, first: p.first, last: p.last,
                  meeting_ids: meeting_ids}) AS items
}
RETURN total, items
