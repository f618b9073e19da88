// Articles whose title or text contains the words (case-insensitive), newest first.
MATCH (a:Article)
WHERE $q IS NULL OR toLower(a.title) CONTAINS toLower($q) OR toLower(a.text) CONTAINS toLower($q)
RETURN a {.id, .source, .title, .published, .url, .outlet} AS article
ORDER BY coalesce(a.published, '0000') DESC, a.id
SKIP $skip LIMIT $limit
