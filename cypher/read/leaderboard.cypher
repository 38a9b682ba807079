// Agencies by tasks led. The county is the agency's (its jurisdiction), the year the task's date. Collective units
// (各乡（镇）人民政府, 县直各有关单位) lead by formula, not by choice, and would top every list: they are left out.
MATCH (a:Entity)-[:LEADS]->(t:Entity)
WHERE (a.collective IS NULL OR a.collective <> true)
  AND ($county IS NULL OR coalesce(a.jurisdiction, a.county) = $county)
  AND ($year IS NULL OR left(t.date, 4) = $year)
WITH a, count(*) AS tasks
ORDER BY tasks DESC, coalesce(a.name, a.id), a.id
LIMIT $first
RETURN a.id AS id, a.label AS label, a.propsJson AS properties, a.mentionsJson AS mentions, tasks
