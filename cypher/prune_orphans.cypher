// Actors and places that an article's earlier version brought and nothing links any more.
CALL () {
  UNWIND $actor_ids AS actor_id
  MATCH (a:Actor {id: actor_id})
  WHERE NOT (a)--()
  DELETE a
}
CALL () {
  UNWIND $place_ids AS place_id
  MATCH (p:Place {id: place_id})
  WHERE NOT (p)--()
  DELETE p
}
