// Stances without an anchor filter (at most a polarity), in the order of the sort-key index
// (the stating article's date, its id, the stance id: kept by article_keys): the total (the
// count store, or the polarity index) and one page.
CALL () {
  MATCH (q:Stance) WHERE q.polarity = $polarity
  RETURN count(q) AS with_polarity
}
CALL (with_polarity) {
  MATCH (s:Stance)
  WHERE s.sort_key > '' AND ($polarity IS NULL OR s.polarity = $polarity)
  WITH s ORDER BY s.sort_key SKIP $skip LIMIT $limit
  MATCH (h:Actor)-[:HOLDS]->(s)<-[:STATES]-(a:Article)
  OPTIONAL MATCH (s)-[:TOWARDS]->(t:Actor)
  WITH s, h, t, a ORDER BY s.sort_key
  RETURN collect({id: s.id, holder: h {.id, .name, .kind}, polarity: s.polarity,
                  target: CASE WHEN t IS NULL THEN null ELSE t {.id, .name, .kind} END,
                  topic: s.topic, confidence: s.confidence,
                  source: {article_id: a.id, title: a.title, published: a.published, url: a.url,
                           source: a.source, evidence: s.text, start: s.start, end: s.end,
                           sentences: s.sentences, offsets: s.offsets}}) AS items
}
RETURN CASE WHEN $polarity IS NULL THEN COUNT { (:Stance) } ELSE with_polarity END AS total,
       items
