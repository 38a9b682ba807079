MATCH (f:SourceFile {file: $file})
RETURN f.contentHash AS contentHash, f.nodeIds AS nodeIds, f.edgeIds AS edgeIds, f.edgeFroms AS edgeFroms
