// Every node carries its own label (Agency, Law, …), which it keeps for life, and while some file asserts it the shared
// label Entity with a `label` property: writes MERGE on the own label (labels cannot be parameters), reads match Entity
// and filter on Entity.label. A node no file asserts any more but that other files' edges still point at becomes
// Withdrawn (no Entity, no properties but its id): its edges stay, invisible to reads, and come back with it.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT township_id IF NOT EXISTS FOR (n:Township) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT cooperates_id IF NOT EXISTS FOR ()-[r:COOPERATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT cites_id IF NOT EXISTS FOR ()-[r:CITES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supersedes_id IF NOT EXISTS FOR ()-[r:SUPERSEDES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT publishes_id IF NOT EXISTS FOR ()-[r:PUBLISHES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT issued_by_id IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_target_id IF NOT EXISTS FOR ()-[r:HAS_TARGET]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT in_id IF NOT EXISTS FOR ()-[r:IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT withdrawn_id IF NOT EXISTS FOR (n:Withdrawn) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_file_file IF NOT EXISTS FOR (f:SourceFile) REQUIRE f.file IS UNIQUE;
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE;
CREATE INDEX entity_label_key IF NOT EXISTS FOR (n:Entity) ON (n.label, n.key);
CREATE INDEX entity_label_name IF NOT EXISTS FOR (n:Entity) ON (n.label, n.name);
CREATE INDEX entity_label_date IF NOT EXISTS FOR (n:Entity) ON (n.label, n.date);
CREATE INDEX entity_jurisdiction IF NOT EXISTS FOR (n:Entity) ON (n.jurisdiction);
CREATE INDEX entity_county IF NOT EXISTS FOR (n:Entity) ON (n.county);
CREATE INDEX entity_level IF NOT EXISTS FOR (n:Entity) ON (n.level);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE TEXT INDEX entity_title_text IF NOT EXISTS FOR (n:Entity) ON (n.title);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.title, n.text, n.aliases, n.docNumber]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
