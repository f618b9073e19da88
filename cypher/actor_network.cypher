// Counterparts of an actor with how many meetings they shared: one page (most meetings
// first) and the total.
MATCH (a:Actor {id: $id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
WITH b, count(m) AS meetings, min(m.date_start) AS first, max(m.date_end) AS last
ORDER BY meetings DESC, b.id
WITH collect({counterpart: b {.id, .name, .kind}, meetings: meetings, first: first,
              last: last}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items
