// Read-side sort keys of one article and its stances, set at write time so that /articles
// and /stances page in index order: undated articles sort as '0000', then (after a space) the article id,
// then the stance id.
MATCH (a:Article {id: $article_id})
SET a.sort_key = coalesce(a.published, '0000') + ' ' + a.id
WITH a
CALL (a) {
  MATCH (a)-[:STATES]->(s:Stance)
  SET s.sort_key = a.sort_key + ' ' + s.id
}
RETURN a.sort_key AS sort_key
