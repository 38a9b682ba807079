// Every edge of the given types (all when $types is null) between nodes of a walk's result.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.propsJson AS properties, r.mentionsJson AS mentions
ORDER BY id
