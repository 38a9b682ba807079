// One hop up a citation trail: from the laws in the frontier to what they cite or supersede.
MATCH (n:Entity)-[r:CITES|SUPERSEDES]->(m:Entity)
WHERE n.id IN $frontier
RETURN DISTINCT r.id AS id, type(r) AS type, n.id AS from, m.id AS to,
       r.propsJson AS properties, r.mentionsJson AS mentions
