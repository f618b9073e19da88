// Meetings reached from their most selective filter ($anchor: an article, the first actor, a
// place or a topic, each a bounded set), the other filters applied, sorted by date then id:
// one page after the keyset cursor, and the total.
CALL () {
  WITH $anchor AS anchor WHERE anchor = 'article'
  MATCH (:Article {id: $article})-[:HAS_EVIDENCE]->(:Evidence)-[:REPORTS]->(m:Meeting)
  RETURN DISTINCT m
  UNION
  WITH $anchor AS anchor WHERE anchor = 'actor'
  MATCH (:Actor {id: $actors[0]})-[:PARTICIPATED_IN]->(m:Meeting)
  RETURN m
  UNION
  WITH $anchor AS anchor WHERE anchor = 'place'
  MATCH (:Place {id: toLower($place)})<-[:AT]-(m:Meeting)
  RETURN m
  UNION
  WITH $anchor AS anchor WHERE anchor = 'topic'
  MATCH (:Topic {id: $topic})<-[:ABOUT]-(m:Meeting)
  RETURN m
}
WITH m
WHERE ($status IS NULL OR m.status = $status)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($place IS NULL OR toLower(m.place) = toLower($place))
  AND ($from IS NULL OR (m.date_end IS NOT NULL AND m.date_end >= date($from)))
  AND ($to IS NULL OR (m.date_start IS NOT NULL AND m.date_start <= date($to)))
  AND ($topic IS NULL OR EXISTS { (m)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($article IS NULL OR EXISTS {
        (:Article {id: $article})-[:HAS_EVIDENCE]->(:Evidence)-[:REPORTS]->(m) })
  AND all(actor_id IN $actors WHERE EXISTS { (:Actor {id: actor_id})-[:PARTICIPATED_IN]->(m) })
WITH m, coalesce(m.date_start, date('0001-01-01')) AS key
ORDER BY key, m.id
WITH collect({id: m.id, key: key}) AS rows
WITH size(rows) AS total, CASE WHEN $descending THEN reverse(rows) ELSE rows END AS ordered
WITH total, [r IN ordered WHERE $after_key IS NULL
        OR ($descending AND (r.key < date($after_key) OR (r.key = date($after_key) AND r.id < $after_id)))
        OR (NOT $descending AND (r.key > date($after_key) OR (r.key = date($after_key) AND r.id > $after_id)))
     ][..$limit] AS page
RETURN total, [r IN page | r.id] AS ids, [r IN page | toString(r.key)] AS keys
