// Read-side values of one article, set at write time. The sort keys of the article and its
// stances, so that /articles and /stances page in index order: undated articles sort as
// '0000', then (after a space) the article id, then the stance id. And the TopicMonth bucket
// of each stance's topic in the article's publication month ('undated' without one), linked
// by STANCE_IN_MONTH; those buckets and the ones its stances were in before ($old, from
// article_clear; [] for a new article) are recounted from their own edges.
MATCH (a:Article {id: $article_id})
SET a.sort_key = coalesce(a.published, '0000') + ' ' + a.id
WITH a, CASE WHEN a.published IS NULL THEN 'undated' ELSE substring(a.published, 0, 7) END
     AS month
CALL (a) {
  MATCH (a)-[:STATES]->(s:Stance)
  SET s.sort_key = a.sort_key + ' ' + s.id
}
CALL (a, month) {
  OPTIONAL MATCH (a)-[:STATES]->(s:Stance)-[:ON]->(t:Topic)
  CALL (s, t, month) {
    WITH s, t WHERE t IS NOT NULL
    MERGE (b:TopicMonth {id: t.id + '|' + month})
    ON CREATE SET b.topic = t.id, b.month = month, b.meetings = 0, b.stances = 0
    MERGE (b)-[:MONTH_OF]->(t)
    MERGE (s)-[:STANCE_IN_MONTH]->(b)
  }
  RETURN collect(DISTINCT t.id + '|' + month) AS now
}
WITH a, reduce(ids = now, id IN $old | CASE WHEN id IN ids THEN ids ELSE ids + [id] END) AS ids
CALL (ids) {
  UNWIND ids AS month_id
  WITH month_id ORDER BY month_id
  MATCH (b:TopicMonth {id: month_id})
  // the bucket's write lock before counting: a concurrent ingest counts after this one commits
  SET b.id = b.id
  WITH b, COUNT { (b)<-[:MEETING_IN_MONTH]-() } AS meetings,
       COUNT { (b)<-[:STANCE_IN_MONTH]-() } AS stances
  SET b.meetings = meetings, b.stances = stances
  WITH b WHERE meetings = 0 AND stances = 0
  DETACH DELETE b
}
RETURN a.sort_key AS sort_key
