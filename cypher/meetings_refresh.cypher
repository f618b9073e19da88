// Recompute each touched Meeting from its evidence: held once any report says held; the most
// precise date; the first named place; topics; meetings left without evidence are deleted.
// Also the values the reads use, kept here so that no read aggregates: the sort key (date_start,
// undated ones first on 0001-01-01), a status label per meeting (HeldMeeting, PlannedMeeting,
// UndatedMeeting: counted by the count store for /stats), and the Pair nodes of every two
// participants, overall (topic '') and per topic, with their meetings, first and last dates;
// and the TopicMonth bucket of each of its topics in its date_start month ('undated' without
// one), linked by MEETING_IN_MONTH; the buckets a meeting entered or left (created, deleted,
// moved month, gained or lost a topic) are recounted from their own edges.
MATCH (m:Meeting) WHERE m.id IN $ids
CALL (m) {
  OPTIONAL MATCH (m)-[:IN_PAIR]->(p:Pair)
  RETURN collect(p.id) AS old_pairs
}
CALL (m) {
  OPTIONAL MATCH (m)-[:MEETING_IN_MONTH]->(b:TopicMonth)
  RETURN collect(b.id) AS old_months
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
    OPTIONAL MATCH (m)-[old:ABOUT|AT|IN_PAIR|MEETING_IN_MONTH]->()
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
  CALL (m) {
    MATCH (m)-[:ABOUT]->(t:Topic)
    WITH m, t, CASE WHEN m.date_start IS NULL THEN 'undated'
                    ELSE substring(toString(m.date_start), 0, 7) END AS month
    MERGE (b:TopicMonth {id: t.id + '|' + month})
    ON CREATE SET b.topic = t.id, b.month = month, b.meetings = 0, b.stances = 0
    MERGE (b)-[:MONTH_OF]->(t)
    MERGE (m)-[:MEETING_IN_MONTH]->(b)
  }
}
CALL (m, reports) {
  WITH m WHERE size(reports) > 0
  MATCH (m)-[:MEETING_IN_MONTH]->(b:TopicMonth)
  RETURN collect(b.id) AS new_months
}
WITH collect(old_pairs) AS old_lists,
     collect([id IN old_months WHERE NOT id IN new_months]
             + [id IN new_months WHERE NOT id IN old_months]) AS changed_month_lists,
     collect(CASE WHEN size(reports) > 0 THEN m END) AS kept
CALL (kept) {
  UNWIND kept AS m
  OPTIONAL MATCH (m)-[:IN_PAIR]->(p:Pair)
  RETURN collect(DISTINCT p.id) AS new_pairs
}
WITH kept, reduce(ids = new_pairs, l IN old_lists | ids + [id IN l WHERE NOT id IN ids])
     AS pair_ids,
     reduce(ids = [], l IN changed_month_lists | ids + [id IN l WHERE NOT id IN ids])
     AS month_ids
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
CALL (month_ids) {
  UNWIND month_ids AS month_id
  WITH month_id ORDER BY month_id
  MATCH (b:TopicMonth {id: month_id})
  // the bucket's write lock before counting: a concurrent ingest counts after this one commits
  SET b.id = b.id
  WITH b, COUNT { (b)<-[:MEETING_IN_MONTH]-() } AS meetings,
       COUNT { (b)<-[:STANCE_IN_MONTH]-() } AS stances
  SET b.meetings = meetings, b.stances = stances
  WITH b WHERE meetings = 0 AND stances = 0
  DETACH DELETE b
}
RETURN size(kept) AS refreshed
