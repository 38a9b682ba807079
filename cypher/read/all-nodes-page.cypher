// Keyset pages in id order (the id index gives the order); the first page starts after ''.
MATCH (n:Entity)
WHERE n.id > $after
RETURN n.id AS id, n.label AS label, n.propsJson AS properties, n.mentionsJson AS mentions
ORDER BY id
LIMIT $limit
