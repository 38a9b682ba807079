// $query is a Lucene query the client builds from the words, each escaped and quoted as a phrase (all required).
// A node whose name or alias is the whole query comes first, then by Lucene's score.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $labels IS NULL OR node.label IN $labels
RETURN node.id AS id, node.label AS label, node.propsJson AS properties, node.mentionsJson AS mentions, score,
       (node.name = $text OR $text IN coalesce(node.aliases, [])) AS exact
ORDER BY exact DESC, score DESC, id
LIMIT $first
