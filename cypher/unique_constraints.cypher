// The uniqueness constraints present: checked before the first write (srk.db.ensure_schema).
SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type
WHERE type = 'UNIQUENESS'
RETURN labelsOrTypes[0] AS label, properties AS props
