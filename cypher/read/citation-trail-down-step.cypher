// One hop down a citation trail: from the laws in the frontier to what cites or supersedes them.
MATCH (n:Entity)<-[:CITES|SUPERSEDES]-(m:Entity)
WHERE n.id IN $frontier
RETURN DISTINCT m.id AS id
