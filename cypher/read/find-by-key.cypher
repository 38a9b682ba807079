MATCH (n:Entity {label: $label, key: $key})
RETURN n.id AS id, n.label AS label, n.propsJson AS properties, n.mentionsJson AS mentions
ORDER BY n.id
LIMIT 1
