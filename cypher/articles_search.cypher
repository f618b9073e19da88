// Articles whose title or text contains the words (case-insensitive), newest first: one
// page and the total.
MATCH (a:Article)
WHERE $q IS NULL OR toLower(a.title) CONTAINS toLower($q) OR toLower(a.text) CONTAINS toLower($q)
WITH a ORDER BY coalesce(a.published, '0000') DESC, a.id
WITH collect(a {.id, .source, .title, .published, .url, .outlet}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items
