// Who met whom about Kosovo: pairs of actors, their meetings, and the articles behind them.
// Paste into Neo4j Browser; switch to the graph view to see the network.
MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id AND (m)-[:ABOUT]->(:Topic {id: 'kosovo'})
OPTIONAL MATCH (art:Article)-[:HAS_EVIDENCE]->(:Evidence)-[:REPORTS]->(m)
RETURN a.name AS actor, b.name AS counterpart, m.kind AS kind, m.status AS status,
       m.date AS date, m.place AS place, collect(DISTINCT art.title) AS articles
ORDER BY actor, counterpart, date
