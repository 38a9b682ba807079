// Loads read facts, merge them in the client and write them back: one writer at a time, or two files touching one
// node would overwrite each other's facts. The lock is this node's write lock, held until the transaction ends.
MERGE (l:WriteLock {name: 'graph'})
SET l.file = $file
