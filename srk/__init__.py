"""Shared core of srk-graph (the ground floor): settings, Neo4j access, Cypher loader."""
