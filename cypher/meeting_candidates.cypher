// For each coarse-dated event of an article ($events: a month, an interval), the day-dated
// meetings of the same participants that its dates can name.
UNWIND $events AS row
CALL (row) {
  MATCH (m:Meeting {pair_key: row.pair_key})
  USING INDEX m:Meeting(pair_key)
  WHERE m.family = row.family AND m.date_precision = 'day'
    AND m.date_start >= date(row.start) AND m.date_start <= date(row.end)
  RETURN collect(m.id) AS ids
}
RETURN row.index AS index, ids
