// Withdrawn placeholders that no edge points at any more.
UNWIND $ids AS id
MATCH (n:Withdrawn {id: id})
WHERE NOT EXISTS { (n)--() }
DELETE n
