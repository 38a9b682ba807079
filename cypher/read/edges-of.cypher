MATCH (n:Entity)-[r]-(:Entity)
WHERE n.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND (($out AND startNode(r) = n) OR ($in AND endNode(r) = n))
WITH DISTINCT r
RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
       r.propsJson AS properties, r.mentionsJson AS mentions
ORDER BY id
