// Recompute each touched Meeting from its evidence: held once any report says held; the most
// precise date; the first named place; topics; meetings left without evidence are deleted.
// Also the values the reads use, kept here so that no read aggregates: the sort key (date_start,
// undated ones first on 0001-01-01), a status label per meeting (HeldMeeting, PlannedMeeting,
// UndatedMeeting: counted by the count store for /stats), and the Pair nodes of every two
// participants, overall (topic '') and per topic, with their meetings, first and last dates.
MATCH (m:Meeting) WHERE m.id IN $ids
CALL (m) {
  OPTIONAL MATCH (m)-[:IN_PAIR]->(p:Pair)
  RETURN collect(p.id) AS old_pairs
}
CALL (m) {
  OPTIONAL MATCH (e:Evidence)-[:REPORTS]->(m)
  WITH e ORDER BY e.date_rank, e.confidence DESC, e.id
  RETURN collect(e) AS reports
}
CALL (m, reports) {
  WITH m, reports WHERE size(reports) = 0
  DETACH DELETE m
}
CALL (m, reports) {
  WITH m, reports WHERE size(reports) > 0
  WITH m, reports, [r IN reports WHERE r.place IS NOT NULL | r.place] AS places
  SET m.status = CASE WHEN any(r IN reports WHERE r.status = 'held') THEN 'held' ELSE 'planned' END,
      m.kind = reports[0].kind,
      m.date = reports[0].date,
      m.date_precision = reports[0].date_precision,
      m.date_start = reports[0].date_start,
      m.date_end = reports[0].date_end,
      m.sort_key = coalesce(reports[0].date_start, date('0001-01-01')),
      m.date_inferred = coalesce(reports[0].date_inferred, false),
      m.place = CASE WHEN size(places) > 0 THEN places[0] ELSE null END,
      m.cameo = CASE WHEN any(r IN reports WHERE r.status = 'held')
                     THEN [r IN reports WHERE r.status = 'held'][0].cameo ELSE '036' END,
      m.confidence = reduce(best = 0.0, r IN reports | CASE WHEN r.confidence > best THEN r.confidence ELSE best END),
      m.report_count = size(reports)
  REMOVE m:HeldMeeting:PlannedMeeting:UndatedMeeting
  FOREACH (_ IN CASE WHEN m.status = 'held' THEN [1] ELSE [] END | SET m:HeldMeeting)
  FOREACH (_ IN CASE WHEN m.status = 'planned' THEN [1] ELSE [] END | SET m:PlannedMeeting)
  FOREACH (_ IN CASE WHEN m.date IS NULL THEN [1] ELSE [] END | SET m:UndatedMeeting)
  WITH m
  CALL (m) {
    OPTIONAL MATCH (m)-[old:ABOUT|AT|IN_PAIR]->()
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
  CALL (m) {
    MATCH (a:Actor)-[:PARTICIPATED_IN]->(m)<-[:PARTICIPATED_IN]-(b:Actor)
    WHERE a.id < b.id
    UNWIND [''] + COLLECT { MATCH (m)-[:ABOUT]->(t:Topic) RETURN t.id } AS topic
    MERGE (p:Pair {id: topic + '|' + a.id + '|' + b.id})
    ON CREATE SET p.topic = topic, p.a = a.id, p.b = b.id
    MERGE (m)-[:IN_PAIR]->(p)
  }
}
WITH collect(old_pairs) AS old_lists, collect(CASE WHEN size(reports) > 0 THEN m END) AS kept
CALL (kept) {
  UNWIND kept AS m
  OPTIONAL MATCH (m)-[:IN_PAIR]->(p:Pair)
  RETURN collect(DISTINCT p.id) AS new_pairs
}
WITH kept, reduce(ids = new_pairs, l IN old_lists | ids + [id IN l WHERE NOT id IN ids])
     AS pair_ids
CALL (pair_ids) {
  UNWIND pair_ids AS pair_id
  MATCH (p:Pair {id: pair_id})
  CALL (p) {
    OPTIONAL MATCH (m:Meeting)-[:IN_PAIR]->(p)
    RETURN count(m) AS meetings, min(m.date_start) AS first, max(m.date_end) AS last
  }
  CALL (p, meetings) {
    WITH p, meetings WHERE meetings = 0
    DETACH DELETE p
  }
  CALL (p, meetings, first, last) {
    WITH p, meetings, first, last WHERE meetings > 0
    // ascending rank: most meetings first, then the two ids (as /who-met-whom orders pairs)
    SET p.meetings = meetings, p.first = first, p.last = last,
        p.rank = right('000000000' + toString(999999999 - meetings), 9) + '|' + p.a + '|' + p.b
  }
}
RETURN size(kept) AS refreshed
