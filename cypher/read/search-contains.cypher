// The CJK analyzer indexes pairs of characters, so a query with a one-character word is answered by substring.
// A node whose name or alias is the whole query comes first; then every word in the name counts most, then in an
// alias or the document number, then in the title or the text.
MATCH (n:Entity)
WHERE ($labels IS NULL OR n.label IN $labels)
  AND all(w IN $words WHERE n.name CONTAINS w OR n.title CONTAINS w OR n.text CONTAINS w OR n.docNumber CONTAINS w
                          OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS w))
WITH n,
     size([w IN $words WHERE n.name CONTAINS w]) * 4.0
     + size([w IN $words WHERE n.docNumber CONTAINS w OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS w)]) * 2.0
     + size([w IN $words WHERE n.title CONTAINS w OR n.text CONTAINS w]) * 1.0 AS score
RETURN n.id AS id, n.label AS label, n.propsJson AS properties, n.mentionsJson AS mentions, score,
       (n.name = $text OR $text IN coalesce(n.aliases, [])) AS exact
ORDER BY exact DESC, score DESC, id
LIMIT $first
