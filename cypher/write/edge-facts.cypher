// Anchored on the start node (relationship ids are indexed per type, and the type is not known here), which may be
// withdrawn: the edges of a withdrawn node still hold their files' facts.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})-[r {id: row.id}]->(b)
  RETURN a, r, b
  UNION
  MATCH (a:Withdrawn {id: row.from})-[r {id: row.id}]->(b)
  RETURN a, r, b
}
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.factsJson AS facts
