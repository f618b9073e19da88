// Pairs of actors who took part in the same meetings (optionally on a topic, in a range):
// one page of pairs (most meetings first) and the total; each pair's count, first and last
// dates are over all its meetings, its meeting ids (by date) are cut at $per_pair.
MATCH (m:Meeting)
WHERE ($topic IS NULL OR EXISTS { (m)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($status IS NULL OR m.status = $status)
  AND ($from IS NULL OR (m.date_end IS NOT NULL AND m.date_end >= date($from)))
  AND ($to IS NULL OR (m.date_start IS NOT NULL AND m.date_start <= date($to)))
MATCH (a:Actor)-[:PARTICIPATED_IN]->(m)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
WITH a, b, m ORDER BY coalesce(m.date_start, date('0001-01-01')), m.id
WITH a, b, count(m) AS meetings, min(m.date_start) AS first, max(m.date_end) AS last,
     collect(m.id) AS meeting_ids
ORDER BY meetings DESC, a.id, b.id
WITH collect({a: a {.id, .name, .kind}, b: b {.id, .name, .kind}, meetings: meetings,
              first: first, last: last, meeting_ids: meeting_ids[..$per_pair]}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items
