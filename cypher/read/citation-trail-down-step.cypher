// One hop down a citation trail: from the laws in the frontier to what cites or supersedes them.
MATCH (n:Entity)<-[r:CITES|SUPERSEDES]-(m:Entity)
WHERE n.id IN $frontier
RETURN DISTINCT r.id AS id, type(r) AS type, m.id AS from, n.id AS to,
       r.propsJson AS properties, r.mentionsJson AS mentions
