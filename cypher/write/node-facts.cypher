MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.label AS label, n.factsJson AS facts
