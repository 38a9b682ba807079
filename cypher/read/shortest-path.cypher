// The hop limit of shortestPath cannot be a parameter: 10 is StoreLimits.MaxPathDepth, the most any store accepts,
// and the client drops a path longer than the caller's limit (a shortest path longer than it means none within it).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(x IN nodes(p) WHERE x:Entity)
RETURN [n IN nodes(p) | {id: n.id, label: n.label, properties: n.propsJson, mentions: n.mentionsJson}] AS nodes,
       [r IN relationships(p) | {
         id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, properties: r.propsJson, mentions: r.mentionsJson
       }] AS edges
