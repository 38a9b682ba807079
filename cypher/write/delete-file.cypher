MATCH (f:SourceFile {file: $file})
DELETE f
