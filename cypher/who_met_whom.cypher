// Pairs of actors who took part in the same meetings (optionally on a topic, in a range).
MATCH (m:Meeting)
WHERE ($topic IS NULL OR EXISTS { (m)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($status IS NULL OR m.status = $status)
  AND ($from IS NULL OR (m.date_end IS NOT NULL AND m.date_end >= date($from)))
  AND ($to IS NULL OR (m.date_start IS NOT NULL AND m.date_start <= date($to)))
MATCH (a:Actor)-[:PARTICIPATED_IN]->(m)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
WITH a, b, m ORDER BY coalesce(m.date_start, date('0001-01-01')), m.id
RETURN a {.id, .name, .kind} AS a, b {.id, .name, .kind} AS b, count(m) AS meetings,
       min(m.date_start) AS first, max(m.date_end) AS last, collect(m.id) AS meeting_ids
ORDER BY meetings DESC, a.id, b.id
LIMIT $limit
