// The topic vocabulary.
UNWIND $topics AS row
MERGE (t:Topic {id: row.id})
SET t.label = row.label, t.keywords = row.keywords
