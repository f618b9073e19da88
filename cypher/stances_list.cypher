// Stances with holder, target, topic and source article, filtered; one page of them (by the
// article's date, then ids) and the total. With $officials (a state's office holders, each
// with the dates of the office), a holder also matches when they held the office on the
// stating article's date (ISO strings compare as dates; an office's end is exclusive).
// Reached from the most selective filter ($anchor: the holder and the state's officials,
// the target, the article or the topic: bounded sets); stances_page serves the rest.
CALL () {
  WITH $anchor AS anchor WHERE anchor = 'holder'
  UNWIND [$holder] + [o IN $officials | o.id] AS holder_id
  MATCH (:Actor {id: holder_id})-[:HOLDS]->(s:Stance)
  RETURN DISTINCT s
  UNION
  WITH $anchor AS anchor WHERE anchor = 'target'
  MATCH (:Actor {id: $target})<-[:TOWARDS]-(s:Stance)
  RETURN s
  UNION
  WITH $anchor AS anchor WHERE anchor = 'article'
  MATCH (:Article {id: $article})-[:STATES]->(s:Stance)
  RETURN s
  UNION
  WITH $anchor AS anchor WHERE anchor = 'topic'
  MATCH (:Topic {id: $topic})<-[:ON]-(s:Stance)
  RETURN s
}
MATCH (h:Actor)-[:HOLDS]->(s)<-[:STATES]-(a:Article)
WHERE ($holder IS NULL OR h.id = $holder
       OR any(o IN $officials WHERE o.id = h.id AND a.published IS NOT NULL
              AND a.published >= o.start AND (o.end IS NULL OR a.published < o.end)))
  AND ($polarity IS NULL OR s.polarity = $polarity)
  AND ($topic IS NULL OR s.topic = $topic)
  AND ($target IS NULL OR s.target_id = $target)
  AND ($article IS NULL OR a.id = $article)
OPTIONAL MATCH (s)-[:TOWARDS]->(t:Actor)
WITH s, h, t, a ORDER BY coalesce(a.published, '0000'), a.id, s.id
WITH collect({id: s.id, holder: h {.id, .name, .kind}, polarity: s.polarity,
              target: CASE WHEN t IS NULL THEN null ELSE t {.id, .name, .kind} END,
              topic: s.topic, confidence: s.confidence,
              source: {article_id: a.id, title: a.title, published: a.published, url: a.url,
                       source: a.source, evidence: s.text, start: s.start, end: s.end,
                       sentences: s.sentences, offsets: s.offsets}}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items
