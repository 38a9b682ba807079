CALL () {
  MATCH (n:Entity)
  WITH n.label AS label, count(*) AS total
  RETURN collect({key: label, count: total}) AS nodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS total
  RETURN collect({key: type, count: total}) AS edges
}
CALL () {
  MATCH (f:SourceFile)
  RETURN count(f) AS files
}
RETURN nodes, edges, files
