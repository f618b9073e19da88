// Actors of the counterpart network with how many of the filtered meetings each took part in
// (same filters as network_edges).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS name, a.kind AS kind,
       COUNT { (a)-[:PARTICIPATED_IN]->(m:Meeting)
               WHERE ($topic IS NULL OR EXISTS { (m)-[:ABOUT]->(:Topic {id: $topic}) })
                 AND ($from IS NULL OR (m.date_end IS NOT NULL AND m.date_end >= date($from)))
                 AND ($to IS NULL OR (m.date_start IS NOT NULL AND m.date_start <= date($to)))
                 AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN]->(m) })
             } AS meetings
ORDER BY meetings DESC, id
