MATCH (a:Actor {id: $id})
RETURN a {.*} AS actor,
       COUNT { (a)-[:PARTICIPATED_IN]->(:Meeting) } AS meetings,
       COUNT { (a)-[:HOLDS]->(:Stance) } AS stances,
       COUNT { (:Stance)-[:TOWARDS]->(a) } AS stances_towards,
       COUNT { (:Article)-[:MENTIONS]->(a) } AS articles
