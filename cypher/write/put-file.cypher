MERGE (f:SourceFile {file: $file})
SET f.contentHash = $contentHash,
    f.nodeIds = $nodeIds,
    f.edgeIds = $edgeIds,
    f.edgeFroms = $edgeFroms,
    f.nodes = size($nodeIds),
    f.edges = size($edgeIds)
