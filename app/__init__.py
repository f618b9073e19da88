"""srk-graph analyst API."""
