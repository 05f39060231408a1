import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import {
  createEdition,
  createPool,
  editionInput,
  mokotowOffice,
} from './edition-admin.test-data.js';

const { db, services, request } = useTestServer();
const updateEdition = `mutation ($e: ID!, $i: BudgetEditionRulesInput!) {
  updateBudgetEdition(editionId: $e, input: $i) { title year rule completion areaMaxApprovals
    proposalsOpenToAll phases { phase } } }`;
const updatePool = `mutation ($p: ID!, $i: BudgetPoolUpdateInput!) {
  updateBudgetPool(poolId: $p, input: $i) { id name amount { grosze } } }`;
let admin: Record<string, string>;

beforeAll(async () => {
  admin = (await signedInUser(db, services, 'setup', { roles: [{ role: 'ADMIN' }] })).headers;
});

async function newEdition() {
  const { body } = await request<{ createBudgetEdition: { id: string } }>(
    createEdition,
    { i: editionInput() },
    admin,
  );
  return body.data?.createBudgetEdition.id ?? '';
}

const audited = async (action: string, targetId: string) =>
  (
    await db.pool.query<{ before: unknown; after: unknown }>(
      'SELECT before, after FROM audit_event WHERE action = $1 AND target_id = $2',
      [action, targetId],
    )
  ).rows;

test('an admin renames an edition and changes its rules; its schedule stays; audited', async () => {
  const e = await newEdition();
  const { phases: _, ...rules } = editionInput();
  const input = { ...rules, title: 'Budżet 2028 (poprawiony)', rule: 'GREEDY', completion: null };
  const { body } = await request(
    updateEdition,
    { e, i: { ...input, areaMaxApprovals: 5, proposalsOpenToAll: true } },
    admin,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data?.updateBudgetEdition).toMatchObject({
    title: 'Budżet 2028 (poprawiony)',
    rule: 'GREEDY',
    completion: null,
    areaMaxApprovals: 5,
    proposalsOpenToAll: true,
    phases: [{ phase: 'SUBMISSION' }, { phase: 'VOTING' }, { phase: 'RESULTS' }],
  });
  const [audit] = await audited('budget.updateEdition', e);
  expect(audit?.before).toMatchObject({ rule: 'EQUAL_SHARES', area_max_approvals: 15 });
  expect(audit?.after).toMatchObject({ title: 'Budżet 2028 (poprawiony)', areaMaxApprovals: 5 });
});

test('a bad rule is refused naming its field, and nothing changes', async () => {
  const e = await newEdition();
  const { phases: _, ...rules } = editionInput();
  const { body } = await request(
    updateEdition,
    { e, i: { ...rules, title: 'x', minAge: 200 } },
    admin,
  );
  expect(body.errors?.[0]?.extensions).toMatchObject({ field: 'input.title' });
  expect(await audited('budget.updateEdition', e)).toEqual([]);
  const unknown = await request(updateEdition, { e: crypto.randomUUID(), i: rules }, admin);
  expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
});

test("an admin changes a pool's name and amount exactly; audited with what it was", async () => {
  const e = await newEdition();
  const mokotow = await mokotowOffice(db);
  const created = await request<{ createBudgetPool: { id: string } }>(
    createPool,
    {
      i: {
        editionId: e,
        name: 'Mokotów',
        kind: 'AREA',
        areaId: mokotow.areaId,
        unitId: mokotow.unitId,
        amountGrosze: '100',
      },
    },
    admin,
  );
  const p = created.body.data?.createBudgetPool.id ?? '';
  const { body } = await request(
    updatePool,
    { p, i: { name: 'Mokotów 2028', amountGrosze: '9007199254740993' } },
    admin,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data?.updateBudgetPool).toEqual({
    id: p,
    name: 'Mokotów 2028',
    amount: { grosze: '9007199254740993' },
  });
  expect(await audited('budget.updatePool', p)).toEqual([
    {
      before: { name: 'Mokotów', amountGrosze: '100' },
      after: { name: 'Mokotów 2028', amountGrosze: '9007199254740993' },
    },
  ]);
  const bad = await request(
    updatePool,
    { p, i: { name: 'Mokotów', amountGrosze: '12,50' } },
    admin,
  );
  expect(bad.body.errors?.[0]?.extensions).toMatchObject({
    field: 'input.amountGrosze',
    reason: 'MONEY_INVALID',
  });
});
