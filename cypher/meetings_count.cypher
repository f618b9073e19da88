// How many meetings meetings_page's filters match (the count store answers when only the
// status is filtered: see Repository.meetings_total).
MATCH (m:Meeting)
WHERE m.sort_key >= date('0001-01-01') AND m.sort_key <= date($high)
    AND m.id IS NOT NULL
  AND ($status IS NULL OR m.status = $status)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($from IS NULL OR (m.date_end IS NOT NULL AND m.date_end >= date($from)))
  AND ($to IS NULL OR m.date_start IS NOT NULL)
RETURN count(m) AS total
