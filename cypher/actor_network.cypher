// Counterparts of an actor with how many meetings they shared.
MATCH (a:Actor {id: $id})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
WITH b, count(m) AS meetings, min(m.date_start) AS first, max(m.date_end) AS last
RETURN b {.id, .name, .kind} AS counterpart, meetings, first, last
ORDER BY meetings DESC, counterpart.id
LIMIT $limit
