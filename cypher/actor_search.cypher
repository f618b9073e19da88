// Candidates for an actor reference: the actor with that id, and the best matches of the
// full-text index actor_names (folded names and aliases; $q holds fuzzy and prefix terms,
// or is null). The caller scores the candidates.
CALL () {
  MATCH (a:Actor {id: $id})
  RETURN a, 1000.0 AS score
  UNION
  WITH $q AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('actor_names', q, {limit: $limit}) YIELD node, score
  RETURN node AS a, score
}
WITH a, max(score) AS score
RETURN a.id AS id, a.name AS name, a.kind AS kind,
       coalesce(a.search, [toLower(a.name)]) AS search, score
ORDER BY score DESC, id
