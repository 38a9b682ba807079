// By the id the key derives (which finds nodes stored without a key property) or by label and key; the id wins.
CALL () {
  MATCH (n:Entity {id: $id})
  RETURN n, 0 AS rank
  UNION
  MATCH (n:Entity {label: $label, key: $key})
  RETURN n, 1 AS rank
}
RETURN n.id AS id, n.label AS label, n.propsJson AS properties, n.mentionsJson AS mentions
ORDER BY rank, id
LIMIT 1
