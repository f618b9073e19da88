// Write-lock the meetings an article touches before their aggregates are recomputed, so
// that concurrent ingests never recompute from a stale set of reports.
UNWIND $ids AS meeting_id
MATCH (m:Meeting {id: meeting_id})
SET m.id = m.id
RETURN count(m) AS locked
