// The articles behind one meeting, each with what it reported (status, date) and its sentence.
// :param meeting => 'm-...'   (ids are in GET /meetings, or: MATCH (m:Meeting) RETURN m.id, m.date)
MATCH (a:Article)-[:HAS_EVIDENCE]->(e:Evidence)-[:REPORTS]->(m:Meeting {id: $meeting})
RETURN a.title AS article, a.published AS published, a.url AS url, e.status AS reported_status,
       e.date AS reported_date, e.text AS sentence
ORDER BY published
