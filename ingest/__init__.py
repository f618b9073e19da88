"""srk-graph ingest: read -> clean -> annotate -> extract -> resolve -> write."""
