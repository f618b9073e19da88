// For each day-dated meeting of an article ($days), in order: the coarser-dated meetings of
// the same people (a month, an interval) that can only mean it are taken over: their reports
// move to it, and the emptied meetings are deleted by meetings_refresh. Makes the result
// independent of ingest order. `coarse` and `other` are found from `day` by the pair_key
// index (hinted: with few meetings the planner would pick the date range), no Cartesian product.
UNWIND $days AS row
CALL (row) {
  MATCH (day:Meeting {id: row.id})
  MATCH (coarse:Meeting {pair_key: day.pair_key})
  USING INDEX coarse:Meeting(pair_key)
  WHERE coarse.family = row.family AND coarse.id <> day.id
    AND coarse.date_precision IN ['month', 'interval', 'year']
    AND coarse.date_start <= date(row.day) AND coarse.date_end >= date(row.day)
    AND COUNT {
      MATCH (other:Meeting {pair_key: day.pair_key})
      USING INDEX other:Meeting(pair_key)
      WHERE other.family = row.family AND other.date_precision = 'day'
        AND other.date_start >= coarse.date_start AND other.date_start <= coarse.date_end
    } = 1
  MATCH (e:Evidence)-[old:REPORTS]->(coarse)
  MERGE (e)-[:REPORTS]->(day)
  DELETE old
  RETURN collect(DISTINCT coarse.id) AS ids
}
UNWIND ids AS id
RETURN collect(DISTINCT id) AS absorbed
