MATCH (f:SourceFile)
RETURN f.file AS file, f.contentHash AS contentHash, f.nodes AS nodes, f.edges AS edges
ORDER BY file
