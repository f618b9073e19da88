// The stored content hash of each of a batch of articles (absent: never ingested).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.content_hash AS content_hash
