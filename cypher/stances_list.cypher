// Stances with holder, target, topic and source article, filtered.
MATCH (h:Actor)-[:HOLDS]->(s:Stance)<-[:STATES]-(a:Article)
WHERE ($holder IS NULL OR h.id = $holder)
  AND ($polarity IS NULL OR s.polarity = $polarity)
  AND ($topic IS NULL OR s.topic = $topic)
  AND ($target IS NULL OR s.target_id = $target)
  AND ($article IS NULL OR a.id = $article)
OPTIONAL MATCH (s)-[:TOWARDS]->(t:Actor)
RETURN s.id AS id, h {.id, .name, .kind} AS holder, s.polarity AS polarity,
       CASE WHEN t IS NULL THEN null ELSE t {.id, .name, .kind} END AS target, s.topic AS topic,
       s.confidence AS confidence,
       {article_id: a.id, title: a.title, published: a.published, url: a.url, source: a.source,
        evidence: s.text, start: s.start, end: s.end} AS source
ORDER BY coalesce(a.published, '0000'), a.id, s.id
SKIP $skip LIMIT $limit
