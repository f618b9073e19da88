// A person's meetings by year. Set the person first, e.g.  :param person => 'aleksandar-vucic'
MATCH (p:Actor {id: $person})-[:PARTICIPATED_IN]->(m:Meeting)
OPTIONAL MATCH (other:Actor)-[:PARTICIPATED_IN]->(m) WHERE other <> p
WITH m, collect(other.name) AS with,
     CASE WHEN m.date_start IS NULL THEN 'undated' ELSE toString(m.date_start.year) END AS year
RETURN year, count(m) AS meetings,
       collect({date: m.date, kind: m.kind, status: m.status, place: m.place, with: with}) AS items
ORDER BY year
