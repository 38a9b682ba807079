#!/usr/bin/env node
// Validates GraphQL documents against GovGraph's schema with graphql-js, the reference implementation:
// the client schema is built from our server's own introspection result, so what passes here is what a
// third-party client sees.
//
//   node validate-queries.cjs --introspection-query               print the introspection query to send to /graphql
//   node validate-queries.cjs --schema introspection.json a.graphql [b.graphql …]
//
// introspection.json is the server's response to that query ({"data": {"__schema": …}}, or the data object itself).
// Exit codes: 0 every document is valid, 1 some document is invalid (each error printed as file:line:column), 2 usage.
'use strict';
const fs = require('node:fs');
const { buildClientSchema, getIntrospectionQuery, parse, validate, GraphQLError } = require('graphql');

function usage(message) {
  if (message) console.error(message);
  console.error('usage: node validate-queries.cjs --schema introspection.json query.graphql [more.graphql …]');
  console.error('       node validate-queries.cjs --introspection-query');
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--introspection-query')) {
  process.stdout.write(getIntrospectionQuery({ descriptions: true }));
  process.exit(0);
}
const at = args.indexOf('--schema');
if (at < 0 || at + 1 >= args.length) usage('missing --schema <introspection.json>');
const schemaFile = args[at + 1];
const files = args.filter((_, i) => i !== at && i !== at + 1);
if (files.length === 0) usage('no query files given');

let schema;
try {
  const json = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  schema = buildClientSchema(json.data ?? json);
} catch (e) {
  console.error(`${schemaFile}: cannot build a client schema: ${e.message}`);
  process.exit(2);
}

let invalid = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  let errors;
  try {
    errors = validate(schema, parse(text));
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    errors = [e];
  }
  for (const error of errors) {
    const where = error.locations?.[0];
    console.log(`${file}:${where ? `${where.line}:${where.column}` : '1:1'}: ${error.message}`);
  }
  if (errors.length > 0) invalid++;
  else console.log(`${file}: valid`);
}
console.log(`${files.length - invalid} valid, ${invalid} invalid`);
process.exit(invalid > 0 ? 1 : 0);
