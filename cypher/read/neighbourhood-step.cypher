// One hop of a breadth-first walk: variable-length bounds cannot be parameters, so the client walks hop by hop.
MATCH (n:Entity)-[r]-(:Entity)
WHERE n.id IN $frontier
  AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
       r.propsJson AS properties, r.mentionsJson AS mentions
