// Meetings by date, then id, read in the order of the sort-key index (no anchor filter: those
// go to meetings_anchored): the page after the keyset cursor ($after_key, $after_id) between
// the key bounds $low and $high (ISO days), with the filters that have no index of their own
// ($skip: exports find where they stop without reading the rows before).
MATCH (m:Meeting)
WHERE m.sort_key >= date($low) AND m.sort_key <= date($high) AND m.id IS NOT NULL
  AND ($after_key IS NULL OR m.sort_key <> date($after_key) OR m.id > $after_id)
  AND ($status IS NULL OR m.status = $status)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($from IS NULL OR (m.date_end IS NOT NULL AND m.date_end >= date($from)))
  AND ($to IS NULL OR m.date_start IS NOT NULL)
RETURN m.id AS id, toString(m.sort_key) AS key
ORDER BY m.sort_key, m.id
SKIP $skip LIMIT $limit
