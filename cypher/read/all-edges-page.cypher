// Keyset pages in id order; the first page starts after ''.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id > $after
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.propsJson AS properties, r.mentionsJson AS mentions
ORDER BY id
LIMIT $limit
