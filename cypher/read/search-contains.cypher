// The CJK analyzer indexes pairs of characters, so a one-character word is found by substring instead.
// Score: every word in the name counts most, then in an alias, then in the title, then in the text.
MATCH (n:Entity)
WHERE ($labels IS NULL OR n.label IN $labels)
  AND all(w IN $words WHERE n.name CONTAINS w OR n.title CONTAINS w OR n.text CONTAINS w
                          OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS w))
WITH n,
     size([w IN $words WHERE n.name CONTAINS w]) * 4.0
     + size([w IN $words WHERE any(a IN coalesce(n.aliases, []) WHERE a CONTAINS w)]) * 2.0
     + size([w IN $words WHERE n.title CONTAINS w]) * 2.0
     + size([w IN $words WHERE n.text CONTAINS w]) * 1.0 AS score
RETURN n.id AS id, n.label AS label, n.propsJson AS properties, n.mentionsJson AS mentions, score
ORDER BY score DESC, id
LIMIT $first
