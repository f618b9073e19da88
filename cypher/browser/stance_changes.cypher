// How an actor's stance on a topic changed over time (by the stating article's date).
// :param actor => 'russia'
// :param topic => 'kosovo'
MATCH (h:Actor {id: $actor})-[:HOLDS]->(s:Stance)<-[:STATES]-(a:Article)
WHERE s.topic = $topic OR $topic IS NULL
OPTIONAL MATCH (s)-[:TOWARDS]->(t:Actor)
RETURN a.published AS published, s.polarity AS polarity, t.name AS towards, s.topic AS topic,
       s.text AS evidence, a.title AS article
ORDER BY published
