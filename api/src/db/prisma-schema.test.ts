import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../test/database.js';
import { repoRoot } from '../config.js';

// Catches drift between prisma/schema.prisma and what the hand-written migrations build.
const db = useTestDatabase();
const schemaText = readFileSync(join(repoRoot, 'prisma', 'schema.prisma'), 'utf8');

type Field = {
  name: string;
  dbName: string | null;
  kind: string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType: [string, string[]] | null;
};
type Model = { name: string; dbName: string | null; fields: Field[] };
type Enum = { name: string; dbName: string | null; values: { name: string }[] };
const { datamodel } = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schemaText }))) as {
  datamodel: { models: Model[]; enums: Enum[] };
};

const pgTypes: Record<string, string[]> = {
  String: ['text', 'varchar', 'bpchar', 'uuid'],
  Int: ['int4'],
  BigInt: ['int8'],
  Float: ['float8'],
  Decimal: ['numeric'],
  Boolean: ['bool'],
  DateTime: ['timestamptz', 'timestamp', 'date'],
  Json: ['jsonb', 'json'],
  Bytes: ['bytea'],
};

/** `name Unsupported("geometry(MultiPolygon, 4326)")` fields, which the DMMF leaves out. */
function unsupportedFields(model: Model) {
  const body = schemaText.match(new RegExp(`model ${model.name} \\{([^}]*)\\}`))?.[1] ?? '';
  return [
    ...body.matchAll(
      /^\s*(\w+)\s+Unsupported\("geometry\((\w+), (\d+)\)"\)(\?)?(?:[^\n]*?@map\("(\w+)"\))?/gm,
    ),
  ].map(([, name = '', type = '', srid = '', , mapped]) => ({
    column: mapped ?? name,
    declared: `geometry(${type},${srid})`,
  }));
}

type Column = { table: string; column: string; udt: string; nullable: boolean };
let columns: Column[] = [];

beforeAll(async () => {
  ({ rows: columns } = await db.pool.query<Column>(
    `SELECT table_name AS table, column_name AS column, udt_name AS udt, is_nullable = 'YES' AS nullable
     FROM information_schema.columns
     JOIN information_schema.tables USING (table_schema, table_name)
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  ));
});

describe.each(datamodel.models)('model $name', (model) => {
  const table = model.dbName ?? model.name;
  const enumNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));

  test('every field has a column of a compatible type and nullability', () => {
    for (const field of model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum')) {
      const column = columns.find(
        (c) => c.table === table && c.column === (field.dbName ?? field.name),
      );
      expect(column, `${table}.${field.dbName ?? field.name}`).toBeDefined();
      const scalar =
        field.kind === 'enum' ? [enumNames.get(field.type)] : (pgTypes[field.type] ?? []);
      const allowed = field.isList ? scalar.map((t) => `_${t}`) : scalar;
      expect(allowed, `${model.name}.${field.name}: ${column?.udt}`).toContain(column?.udt);
      // Prisma makes list columns nullable arrays, whatever the field says.
      if (!field.isList) {
        expect(column?.nullable, `${model.name}.${field.name} nullability`).toBe(!field.isRequired);
      }
    }
  });

  test('every geometry field has a geometry column of its type and SRID', async () => {
    for (const field of unsupportedFields(model)) {
      const { rows } = await db.pool.query<{ type: string }>(
        `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute
         WHERE attrelid = to_regclass($1) AND attname = $2`,
        [`public.${table}`, field.column],
      );
      expect(rows, `${table}.${field.column}`).toEqual([{ type: field.declared }]);
    }
  });

  test('every column of the table is in the model', () => {
    const known = new Set([
      ...model.fields.map((f) => f.dbName ?? f.name),
      ...unsupportedFields(model).map((f) => f.column),
    ]);
    const extra = columns
      .filter((c) => c.table === table && !known.has(c.column))
      .map((c) => c.column);
    expect(extra).toEqual([]);
  });
});

test('every table the migrations create has a model', () => {
  const modelled = new Set(datamodel.models.map((m) => m.dbName ?? m.name));
  const infrastructure = new Set(['_prisma_migrations', 'spatial_ref_sys']);
  const tables = new Set(columns.map((c) => c.table));
  const unmodelled = [...tables].filter((t) => !modelled.has(t) && !infrastructure.has(t));
  expect(unmodelled).toEqual([]);
});

test('every enum matches its database type', async () => {
  for (const e of datamodel.enums) {
    const { rows } = await db.pool.query<{ label: string }>(
      `SELECT enumlabel AS label FROM pg_enum WHERE enumtypid = $1::regtype ORDER BY enumsortorder`,
      [e.dbName ?? e.name],
    );
    expect(rows.map((r) => r.label)).toEqual(e.values.map((v) => v.name));
  }
});
