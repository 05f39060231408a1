import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import {
  createEdition,
  createPool,
  editionInput,
  mokotowOffice,
} from '../editions/edition-admin.test-data.js';

const { db, services, request } = useTestServer();
let admin: Record<string, string>;
let mokotow: { unitId: string; areaId: string };

beforeAll(async () => {
  admin = (await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] })).headers;
  mokotow = await mokotowOffice(db);
});

async function newEdition() {
  const { body } = await request<{ createBudgetEdition: { id: string } }>(
    createEdition,
    { i: editionInput() },
    admin,
  );
  expect(body.errors).toBeUndefined();
  return body.data?.createBudgetEdition.id ?? '';
}

test('a city-wide and an area pool, exact money, audited', async () => {
  const e = await newEdition();
  const citywide = {
    editionId: e,
    name: 'Cała Warszawa',
    kind: 'CITYWIDE',
    unitId: mokotow.unitId,
  };
  const one = await request(
    createPool,
    { i: { ...citywide, amountGrosze: '9007199254740993' } },
    admin,
  );
  expect(one.body.data?.createBudgetPool).toMatchObject({
    kind: 'CITYWIDE',
    areaId: null,
    amount: { grosze: '9007199254740993', pln: '90071992547409.93' },
  });
  const area = { ...citywide, name: 'Mokotów', kind: 'AREA', areaId: mokotow.areaId };
  const two = await request(createPool, { i: { ...area, amountGrosze: '70000000' } }, admin);
  expect(two.body.data?.createBudgetPool).toMatchObject({
    areaId: mokotow.areaId,
    name: 'Mokotów',
  });
  const audit = await db.pool.query(
    `SELECT 1 FROM audit_event WHERE action = 'budget.createPool' AND after->>'editionId' = $1`,
    [e],
  );
  expect(audit.rows).toHaveLength(2);
  const again = await request(createPool, { i: { ...area, amountGrosze: '1' } }, admin);
  expect(again.body.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'input.areaId',
    reason: 'POOL_ALREADY_EXISTS',
  });
  const second = await request(createPool, { i: { ...citywide, amountGrosze: '1' } }, admin);
  expect(second.body.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'input.kind',
    reason: 'POOL_ALREADY_EXISTS',
  });
});

const unknown = '00000000-0000-0000-0000-000000000000';
test.each([
  ['input.amountGrosze', { amountGrosze: '12.50' }, 'MONEY_INVALID'],
  ['input.amountGrosze', { amountGrosze: '-100' }, 'MONEY_INVALID'],
  ['input.amountGrosze', { amountGrosze: '1e9' }, 'MONEY_INVALID'],
  ['input.amountGrosze', { amountGrosze: '0' }, 'MONEY_INVALID'],
  ['input.name', { name: '  ' }, 'INPUT_REQUIRED'],
  ['input.areaId', { kind: 'AREA', areaId: null }, 'POOL_AREA_REQUIRED'],
  ['input.areaId', { kind: 'CITYWIDE', areaId: 'x' }, 'POOL_AREA_UNEXPECTED'],
  ['input.areaId', { kind: 'AREA', areaId: unknown }, 'INPUT_INVALID'],
  ['input.unitId', { unitId: unknown }, 'INPUT_INVALID'],
])('refuses bad %s, writing nothing', async (field, over, reason) => {
  const e = await newEdition();
  const i = {
    editionId: e,
    name: 'Pool',
    kind: 'AREA',
    areaId: mokotow.areaId,
    unitId: mokotow.unitId,
    amountGrosze: '100',
    ...over,
  };
  const { body } = await request(createPool, { i }, admin);
  expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  const stored = await db.pool.query('SELECT 1 FROM budget_pool WHERE edition_id = $1', [e]);
  expect(stored.rows).toEqual([]);
});

test('unknown edition: NOT_FOUND naming input.editionId', async () => {
  const i = {
    editionId: unknown,
    name: 'P',
    kind: 'CITYWIDE',
    unitId: mokotow.unitId,
    amountGrosze: '1',
  };
  const { body } = await request(createPool, { i }, admin);
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'NOT_FOUND',
    field: 'input.editionId',
  });
});
