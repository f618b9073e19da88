// Every actor with its searchable names (folded), for name/alias/fuzzy search.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.search, [toLower(a.name)]) AS search
