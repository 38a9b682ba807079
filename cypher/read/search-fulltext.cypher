// $query is a Lucene query the client builds from the words, each escaped and quoted as a phrase.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $labels IS NULL OR node.label IN $labels
RETURN node.id AS id, node.label AS label, node.propsJson AS properties, node.mentionsJson AS mentions, score
ORDER BY score DESC, id
LIMIT $first
