// Rewrites edges already in the store, visible or at a withdrawn node; new edges take write/upsert-edges-<type>.
UNWIND $rows AS row
CALL (row) {
  MATCH (:Entity {id: row.from})-[r {id: row.id}]->()
  RETURN r
  UNION
  MATCH (:Withdrawn {id: row.from})-[r {id: row.id}]->()
  RETURN r
}
SET r = row.properties,
    r.id = row.id,
    r.propsJson = row.propsJson,
    r.mentionsJson = row.mentionsJson,
    r.factsJson = row.factsJson
RETURN count(r) AS written
