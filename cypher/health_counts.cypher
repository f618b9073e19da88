// Node counts per label, for GET /health (count-store lookups, constant time).
RETURN COUNT { (:Article) } AS Article,
       COUNT { (:Actor) } AS Actor,
       COUNT { (:Meeting) } AS Meeting,
       COUNT { (:Topic) } AS Topic,
       COUNT { (:Stance) } AS Stance,
       COUNT { (:Place) } AS Place,
       COUNT { (:Evidence) } AS Evidence
