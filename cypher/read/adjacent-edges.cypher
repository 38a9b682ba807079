// One hop of a breadth-first walk (neighbourhoods, shortest paths): the edges of the given types (all when $types is
// null) that touch the frontier, in id order. Variable-length bounds cannot be parameters, so the client walks hop by hop.
MATCH (n:Entity)-[r]-(:Entity)
WHERE n.id IN $frontier
  AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN r.id AS id, startNode(r).id AS from, endNode(r).id AS to
ORDER BY id
