// SPDX-License-Identifier: MIT
// Checks objects against Stripe's official OpenAPI schema (tests/data/stripe-openapi/kiosk-subset.json,
// API 2023-08-16): types, nullability, enums, anyOf and required fields, through $refs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(import.meta.dirname, '../../data/stripe-openapi');
const schemaDoc = JSON.parse(fs.readFileSync(path.join(dataDir, 'kiosk-subset.json'), 'utf8'));
let checked = 0;

// --- a small checker for the JSON-schema subset the OpenAPI file uses --------------------------------
// Documented differences between the 2023-08-16 schema and the API version the simulator speaks
// (property names whose enum gained values since; the 2023 schema may not list them at all).
const NEWER_ENUM_VALUES = new Set(['ui_mode']);

function resolve(schema) {
  while (schema && schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    schema = schemaDoc.components.schemas[name];
    assert.ok(schema, `unknown $ref ${name}`);
  }
  return schema;
}

function check(schemaIn, value, where, errors) {
  const schema = resolve(schemaIn);
  if (value === null) {
    if (!schema.nullable) errors.push(`${where}: null but not nullable`);
    return;
  }
  if (schema.anyOf) {
    const ok = schema.anyOf.some((alt) => { const e = []; check(alt, value, where, e); return e.length === 0; });
    if (!ok) errors.push(`${where}: matches none of anyOf`);
    return;
  }
  if (schema.enum && !NEWER_ENUM_VALUES.has(where.split('.').pop()) && !schema.enum.includes(value))
    errors.push(`${where}: ${JSON.stringify(value)} not in enum ${JSON.stringify(schema.enum)}`);
  switch (schema.type) {
    case 'string': if (typeof value !== 'string') errors.push(`${where}: expected string`); break;
    case 'integer': if (!Number.isInteger(value)) errors.push(`${where}: expected integer`); break;
    case 'number': if (typeof value !== 'number') errors.push(`${where}: expected number`); break;
    case 'boolean': if (typeof value !== 'boolean') errors.push(`${where}: expected boolean`); break;
    case 'array':
      if (!Array.isArray(value)) { errors.push(`${where}: expected array`); break; }
      if (schema.items) value.forEach((v, i) => check(schema.items, v, `${where}[${i}]`, errors));
      break;
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) { errors.push(`${where}: expected object`); break; }
      for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${where}.${key}: required but missing`);
      for (const [key, sub] of Object.entries(schema.properties ?? {}))
        if (key in value) check(sub, value[key], `${where}.${key}`, errors);
      break;
    default: break;
  }
}

/** Fails the test when `value` does not match the official schema `name` (components/schemas). */
export function assertSchema(name, value) {
  checked += 1;
  const errors = [];
  const plain = JSON.parse(JSON.stringify(value)); // drops stripe-node's lastResponse
  delete plain.lastResponse;
  check({ $ref: `#/components/schemas/${name}` }, plain, name, errors);
  assert.deepEqual(errors, [], `${name} does not match the official schema`);
}

/** How many objects assertSchema has checked in this process. */
export const schemaChecks = () => checked;

/** Whether the schema has a component of this name. */
export const hasSchema = (name) => name in schemaDoc.components.schemas;
