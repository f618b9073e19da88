// Day-dated meetings of the same participants that a coarser date (month, interval) can name.
MATCH (m:Meeting {pair_key: $pair_key})
WHERE m.family = $family AND m.date_precision = 'day'
  AND m.date_start >= date($start) AND m.date_start <= date($end)
RETURN m.id AS id
