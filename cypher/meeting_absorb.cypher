// A day-dated meeting takes over the coarser-dated meetings of the same people (a month, an
// interval) that can only mean it: their reports move to it, and the emptied meetings are
// deleted by meetings_refresh. Makes the result independent of ingest order.
MATCH (day:Meeting {id: $id})
MATCH (coarse:Meeting {pair_key: $pair_key})
WHERE coarse.family = $family AND coarse.id <> day.id
  AND coarse.date_precision IN ['month', 'interval', 'year']
  AND coarse.date_start <= date($day) AND coarse.date_end >= date($day)
  AND COUNT {
    MATCH (other:Meeting {pair_key: $pair_key})
    WHERE other.family = $family AND other.date_precision = 'day'
      AND other.date_start >= coarse.date_start AND other.date_start <= coarse.date_end
  } = 1
MATCH (e:Evidence)-[old:REPORTS]->(coarse)
MERGE (e)-[:REPORTS]->(day)
DELETE old
RETURN collect(DISTINCT coarse.id) AS absorbed
