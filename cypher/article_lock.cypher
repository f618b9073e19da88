// Take the article's write lock (concurrent ingests of one article serialise here) and
// return the content hash it was last ingested with.
MERGE (a:Article {id: $id})
SET a.id = $id
RETURN a.content_hash AS content_hash
