// The graph around the Sochi-style case: one meeting, its people, topics, place and sources.
// :param meeting => 'm-...'
MATCH (m:Meeting {id: $meeting})
OPTIONAL MATCH path1 = (:Actor)-[:PARTICIPATED_IN]->(m)
OPTIONAL MATCH path2 = (m)-[:ABOUT|AT]->()
OPTIONAL MATCH path3 = (:Article)-[:HAS_EVIDENCE]->(:Evidence)-[:REPORTS]->(m)
RETURN path1, path2, path3
