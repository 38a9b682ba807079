// One hop up a citation trail: from the laws in the frontier to what they cite or supersede.
MATCH (n:Entity)-[:CITES|SUPERSEDES]->(m:Entity)
WHERE n.id IN $frontier
RETURN DISTINCT m.id AS id
