UNWIND $rows AS row
MERGE (n:Agency {id: row.id})
SET n = row.properties,
    n:Entity,
    n.id = row.id,
    n.label = 'Agency',
    n.propsJson = row.propsJson,
    n.mentionsJson = row.mentionsJson,
    n.factsJson = row.factsJson
REMOVE n:Withdrawn
RETURN count(n) AS written
