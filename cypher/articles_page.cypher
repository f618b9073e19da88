// Every article, newest first (the sort-key index read backwards: date, then id), one page,
// and the total from the count store.
CALL () {
  MATCH (a:Article) WHERE a.sort_key > ''
  WITH a ORDER BY a.sort_key DESC SKIP $skip LIMIT $limit
  RETURN collect(a {.id, .source, .title, .published, .url, .outlet}) AS items
}
RETURN COUNT { (:Article) } AS total, items
