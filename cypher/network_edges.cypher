// The counterpart network with a period or an actor: pairs of actors who took part in the
// same meetings, with the count and first/last dates; filters topic, from/to (interval
// overlap), actor (only the meetings that actor took part in). Meetings are reached from the
// actor, else the topic (bounded anchors), else the sort-key index up to $high. `total`
// counts every pair; `edges` stops at $limit.
CALL () {
  WITH $actor AS actor WHERE actor IS NOT NULL
  MATCH (:Actor {id: actor})-[:PARTICIPATED_IN]->(m:Meeting)
  RETURN m
  UNION
  WITH $actor AS actor WHERE actor IS NULL AND $topic IS NOT NULL
  MATCH (:Topic {id: $topic})<-[:ABOUT]-(m:Meeting)
  RETURN m
  UNION
  WITH $actor AS actor WHERE actor IS NULL AND $topic IS NULL
  MATCH (m:Meeting) WHERE m.sort_key >= date('0001-01-01') AND m.sort_key <= date($high)
    AND m.id IS NOT NULL
  RETURN m
}
WITH m
WHERE ($topic IS NULL OR EXISTS { (m)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($from IS NULL OR (m.date_end IS NOT NULL AND m.date_end >= date($from)))
  AND ($to IS NULL OR (m.date_start IS NOT NULL AND m.date_start <= date($to)))
MATCH (a:Actor)-[:PARTICIPATED_IN]->(m)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
WITH a.id AS source, b.id AS target, count(m) AS meetings,
     min(m.date_start) AS first, max(m.date_end) AS last
ORDER BY meetings DESC, source, target
WITH collect({source: source, target: target, meetings: meetings, first: first, last: last})
     AS edges
RETURN size(edges) AS total, edges[0..$limit] AS edges
