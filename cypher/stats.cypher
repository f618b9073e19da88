MATCH (m:Meeting)
WITH count(m) AS meetings, sum(CASE WHEN m.status = 'held' THEN 1 ELSE 0 END) AS held,
     sum(CASE WHEN m.status = 'planned' THEN 1 ELSE 0 END) AS planned,
     sum(CASE WHEN m.date IS NULL THEN 1 ELSE 0 END) AS undated
RETURN meetings, held, planned, undated,
       COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors,
       COUNT { (:Stance) } AS stances, COUNT { (:Evidence) } AS reports
