"""Entry points: the `srk` command and the local Neo4j manager (above srk/, ingest/, app/)."""
