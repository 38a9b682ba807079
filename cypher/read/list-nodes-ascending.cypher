// One row: how many nodes match the filters, how many lie at or before the cursor, how many after it, and the page.
// Ties on the sort key are broken by id in the same direction, so the descending order is the ascending one reversed.
// A node's name is its id when it has none, its date '' when it has none (undated nodes come first going up).
MATCH (n:Entity)
WHERE n.label = $label
  AND ($contains IS NULL OR coalesce(n.name, n.id) CONTAINS $contains OR n.title CONTAINS $contains)
  AND ($county IS NULL OR coalesce(n.jurisdiction, n.county) = $county)
  AND ($level IS NULL OR n.level = $level)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($year IS NULL OR left(n.date, 4) = $year)
  AND ($dateFrom IS NULL OR n.date >= $dateFrom)
  AND ($dateTo IS NULL OR (n.date <> '' AND n.date <= $dateTo))
WITH n,
     CASE $sort
       WHEN 'date' THEN coalesce(n.date, '')
       WHEN 'id' THEN n.id
       ELSE coalesce(n.name, n.id)
     END AS sortKey
ORDER BY sortKey ASC, n.id ASC
WITH collect({node: n, sortKey: sortKey}) AS matched
WITH matched,
     [m IN matched WHERE $afterId IS NULL OR m.sortKey > $afterKey OR (m.sortKey = $afterKey AND m.node.id > $afterId)] AS rest
RETURN size(matched) AS total,
       size(matched) - size(rest) AS before,
       size(rest) AS remaining,
       [m IN rest[0..$limit] | {
         id: m.node.id, label: m.node.label, properties: m.node.propsJson, mentions: m.node.mentionsJson, sortKey: m.sortKey
       }] AS items
