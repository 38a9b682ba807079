#!/usr/bin/env node
// Lints Cypher files with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support), offline.
// Usage: node cypher-lint.cjs [--schema schema.json] [--strict] [--check-params] FILE|DIR...
//   --schema        JSON with labels, relationshipTypes, propertyKeys (and optionally parameters) of the graph, and
//                   rowKeys: keys of the maps passed in list parameters (`UNWIND $rows AS row … row.from`), which the
//                   analyser cannot tell from property keys. Function and procedure registries come from the package's
//                   Neo4j 5/25 mock schema.
//   --strict        warnings (unknown label, relationship type or property key, deprecations) count as errors.
//   --check-params  report parameters the schema does not declare (off by default: statements take them at run time).
// Prints file:line:col: severity: message per finding and a summary; exit 0 clean, 1 findings, 2 usage.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function usage(message) {
  console.error(`cypher-lint: ${message}`);
  console.error('usage: node cypher-lint.cjs [--schema schema.json] [--strict] [--check-params] FILE|DIR...');
  process.exit(2);
}

const args = process.argv.slice(2);
let schemaFile = null, strict = false, checkParams = false;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--schema') { schemaFile = args[++i]; if (!schemaFile) usage('--schema needs a file'); }
  else if (a === '--strict') strict = true;
  else if (a === '--check-params') checkParams = true;
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else inputs.push(a);
}
if (inputs.length === 0) usage('no files given');

const files = [];
for (const input of inputs) {
  if (!fs.existsSync(input)) usage(`no such file or directory: ${input}`);
  if (fs.statSync(input).isDirectory()) {
    for (const name of fs.readdirSync(input, { recursive: true }).map(String).sort())
      if (name.endsWith('.cypher')) files.push(path.join(input, name));
  } else files.push(input);
}
if (files.length === 0) usage(`no .cypher files in ${inputs.join(', ')}`);

let user = {};
if (schemaFile) {
  try { user = JSON.parse(fs.readFileSync(schemaFile, 'utf8')); }
  catch (e) { usage(`cannot read schema ${schemaFile}: ${e.message}`); }
  for (const key of ['labels', 'relationshipTypes', 'propertyKeys'])
    if (!Array.isArray(user[key])) usage(`schema ${schemaFile} has no "${key}" list`);
}

// Required once: loading the package costs ~1.5 s, each statement after that ~80 ms.
const { lintCypherQuery, isNotParamError, testData } = require('@neo4j-cypher/language-support');
const schema = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  labels: user.labels,
  relationshipTypes: user.relationshipTypes,
  propertyKeys: [...user.propertyKeys, ...(user.rowKeys ?? [])],
  parameters: user.parameters ?? {},
  defaultLanguage: user.defaultLanguage ?? 'CYPHER 5',
};

let errors = 0, warnings = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  if (text.trim().length === 0) {
    errors++;
    console.log(`${file}:1:1: error: the file holds no statement`);
    continue;
  }
  let diagnostics = lintCypherQuery(text, schema, { consoleCommandsEnabled: false }).diagnostics;
  if (!checkParams) diagnostics = diagnostics.filter(isNotParamError);
  for (const d of diagnostics) {
    // LSP severities: 1 error, 2 warning, 3 information, 4 hint.
    const severity = d.severity ?? 1;
    const isError = severity === 1 || (strict && severity === 2);
    if (isError) errors++; else if (severity === 2) warnings++;
    const label = severity === 1 ? 'error' : severity === 2 ? (strict ? 'error' : 'warning') : 'info';
    console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${label}: ${d.message.replace(/\s+/g, ' ')}`);
  }
}
console.log(`${files.length} file(s): ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 ? 1 : 0);
