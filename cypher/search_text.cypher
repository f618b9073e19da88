// Full-text search (index text_search: Article title/text, Evidence and Stance text), best
// first: each hit with its article and the meeting or stance it states. $q is escaped Lucene.
CALL db.index.fulltext.queryNodes('text_search', $q, {limit: $limit}) YIELD node, score
OPTIONAL MATCH (owner:Article)-[:HAS_EVIDENCE|STATES]->(node)
OPTIONAL MATCH (node)-[:REPORTS]->(m:Meeting)
WITH node, score, m, CASE WHEN node:Article THEN node ELSE owner END AS a
WHERE a IS NOT NULL
RETURN CASE WHEN node:Article THEN 'article' WHEN node:Evidence THEN 'meeting' ELSE 'stance' END
         AS kind,
       a.id AS article_id, a.title AS title, a.url AS url, a.published AS published,
       CASE WHEN node:Article THEN null ELSE node.text END AS text,
       CASE WHEN node:Article THEN null ELSE node.start END AS start,
       CASE WHEN node:Article THEN null ELSE node.end END AS end,
       CASE WHEN node:Article THEN a.text END AS article_text,
       CASE WHEN node:Evidence THEN node.sentences END AS sentences,
       CASE WHEN node:Evidence THEN node.offsets END AS offsets,
       m.id AS meeting_id, CASE WHEN node:Stance THEN node.id END AS stance_id, score
ORDER BY score DESC, article_id, kind
