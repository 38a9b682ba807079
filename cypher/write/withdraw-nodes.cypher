// Nodes no file asserts any more. Those that other files' edges still point at stay as Withdrawn placeholders
// (write/prune-withdrawn deletes the rest), so the edges come back when a file asserts the node again.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
REMOVE n:Entity
SET n = {id: id}, n:Withdrawn
