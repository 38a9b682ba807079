// One row: how many edges match, how many come before the cursor, how many after it, and the page, by edge id.
MATCH (n:Entity {id: $id})-[r]-(:Entity)
WHERE type(r) = $type
  AND (($out AND startNode(r) = n) OR ($in AND endNode(r) = n))
  AND ($role IS NULL OR r.role = $role)
WITH DISTINCT r
ORDER BY r.id
WITH collect(r) AS matched
WITH matched, [x IN matched WHERE $after IS NULL OR x.id > $after] AS rest
RETURN size(matched) AS total,
       size(matched) - size(rest) AS before,
       size(rest) AS remaining,
       [x IN rest[0..$limit] | {
         id: x.id, type: type(x), from: startNode(x).id, to: endNode(x).id, properties: x.propsJson, mentions: x.mentionsJson
       }] AS items
