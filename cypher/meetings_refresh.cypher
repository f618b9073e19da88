// Recompute each touched Meeting from its evidence: held once any report says held; the most
// precise date; the first named place; topics; meetings left without evidence are deleted.
MATCH (m:Meeting) WHERE m.id IN $ids
CALL (m) {
  OPTIONAL MATCH (e:Evidence)-[:REPORTS]->(m)
  WITH e ORDER BY e.date_rank, e.confidence DESC, e.id
  RETURN collect(e) AS reports
}
CALL (m, reports) {
  WITH m, reports WHERE size(reports) = 0
  DETACH DELETE m
}
WITH m, reports WHERE size(reports) > 0
WITH m, reports, [r IN reports WHERE r.place IS NOT NULL | r.place] AS places
SET m.status = CASE WHEN any(r IN reports WHERE r.status = 'held') THEN 'held' ELSE 'planned' END,
    m.kind = reports[0].kind,
    m.date = reports[0].date,
    m.date_precision = reports[0].date_precision,
    m.date_start = reports[0].date_start,
    m.date_end = reports[0].date_end,
    m.date_inferred = coalesce(reports[0].date_inferred, false),
    m.place = CASE WHEN size(places) > 0 THEN places[0] ELSE null END,
    m.cameo = CASE WHEN any(r IN reports WHERE r.status = 'held')
                   THEN [r IN reports WHERE r.status = 'held'][0].cameo ELSE '036' END,
    m.confidence = reduce(best = 0.0, r IN reports | CASE WHEN r.confidence > best THEN r.confidence ELSE best END),
    m.report_count = size(reports)
WITH m
CALL (m) {
  OPTIONAL MATCH (m)-[old:ABOUT|AT]->()
  DELETE old
}
CALL (m) {
  MATCH (e:Evidence)-[:REPORTS]->(m)
  MATCH (e)-[:ABOUT]->(t:Topic)
  WITH DISTINCT m, t
  MERGE (m)-[:ABOUT]->(t)
}
CALL (m) {
  WITH m WHERE m.place IS NOT NULL
  MERGE (p:Place {id: toLower(m.place)})
  ON CREATE SET p.name = m.place
  MERGE (m)-[:AT]->(p)
}
RETURN count(m) AS refreshed
