UNWIND $rows AS row
CALL (row) {
  MATCH (:Entity {id: row.from})-[r {id: row.id}]->()
  RETURN r
  UNION
  MATCH (:Withdrawn {id: row.from})-[r {id: row.id}]->()
  RETURN r
}
DELETE r
