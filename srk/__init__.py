"""Shared core of srk-graph: settings, Neo4j access, Cypher loader, local server, CLI."""
