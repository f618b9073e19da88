// Counterparts of an actor with how many meetings they shared, from the actor's Pair nodes
// (overall, topic ''; kept by meetings_refresh): one page (most meetings first) and the total.
CALL () {
  MATCH (p:Pair) WHERE p.topic = '' AND p.a = $id
  RETURN p, p.b AS other
  UNION
  MATCH (p:Pair) WHERE p.topic = '' AND p.b = $id
  RETURN p, p.a AS other
}
WITH p, other ORDER BY p.meetings DESC, other
WITH collect({other: other, meetings: p.meetings, first: p.first, last: p.last}) AS rows
CALL (rows) {
  UNWIND rows[$skip..$skip + $limit] AS r
  MATCH (b:Actor {id: r.other})
  RETURN collect({counterpart: b {.id, .name, .kind}, meetings: r.meetings, first: r.first,
                  last: r.last}) AS items
}
RETURN size(rows) AS total, items
