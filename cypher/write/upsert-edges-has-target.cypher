// Creates the edges this load adds; edges already in the store take write/update-edges.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:HAS_TARGET {id: row.id}]->(b)
SET r = row.properties,
    r.id = row.id,
    r.propsJson = row.propsJson,
    r.mentionsJson = row.mentionsJson,
    r.factsJson = row.factsJson
RETURN count(r) AS written
