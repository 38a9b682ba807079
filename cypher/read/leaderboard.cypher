// Agencies by tasks led; the year is that of the document the task belongs to.
MATCH (a:Agency)-[:LEADS]->(t:Task)
WHERE $county IS NULL OR a.jurisdiction = $county
OPTIONAL MATCH (t)-[:PART_OF]->(l:Law)
WITH a, t, l
WHERE $year IS NULL OR left(l.date, 4) = $year
WITH a, count(DISTINCT t) AS tasks
ORDER BY tasks DESC, a.name, a.id
LIMIT $first
RETURN a.id AS id, a.label AS label, a.propsJson AS properties, a.mentionsJson AS mentions, tasks
