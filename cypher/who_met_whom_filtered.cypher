// who_met_whom with a status or a period: pairs aggregated over the matching meetings,
// reached from the topic (a bounded anchor) or else from the sort-key index up to $high.
CALL () {
  WITH $topic AS topic WHERE topic IS NOT NULL
  MATCH (:Topic {id: topic})<-[:ABOUT]-(m:Meeting)
  RETURN m
  UNION
  WITH $topic AS topic WHERE topic IS NULL
  MATCH (m:Meeting) WHERE m.sort_key >= date('0001-01-01') AND m.sort_key <= date($high)
    AND m.id IS NOT NULL
  RETURN m
}
WITH m
WHERE ($status IS NULL OR m.status = $status)
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
