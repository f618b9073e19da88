// Articles whose title or text has the words ($q: a Lucene phrase, over the full-text index
// text_search), newest first: one page and the total.
CALL db.index.fulltext.queryNodes('text_search', $q) YIELD node
WITH node AS a WHERE a:Article
WITH a ORDER BY coalesce(a.published, '0000') DESC, a.id
WITH collect(a {.id, .source, .title, .published, .url, .outlet}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items
