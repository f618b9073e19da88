// Wait (up to 300 s) until every index is online, after the schema is applied.
CALL db.awaitIndexes(300)
