// Anchored on the start node: relationship ids are indexed per type, and the type is not known here.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r {id: row.id}]->(b:Entity)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.factsJson AS facts
