// Meetings announced as planned whose date has passed and that no article reports as held.
MATCH (m:Meeting {status: 'planned'})
WHERE m.date_end IS NULL OR m.date_end < date()
MATCH (p:Actor)-[:PARTICIPATED_IN]->(m)
OPTIONAL MATCH (a:Article)-[:HAS_EVIDENCE]->(e:Evidence)-[:REPORTS]->(m)
RETURN m.date AS date, m.kind AS kind, m.place AS place, collect(DISTINCT p.name) AS participants,
       collect(DISTINCT {article: a.title, published: a.published, sentence: e.text}) AS announced_in
ORDER BY date
