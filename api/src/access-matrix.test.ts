import { beforeAll, describe, expect, test } from 'vitest';
import { type AccessRow, type Fixtures, type Persona, personas } from '../test/access-matrix.js';
import { matrixPersonas } from '../test/personas.js';
import { createUser, unitBySlug } from '../test/scenario.js';
import { useTestServer } from '../test/server.js';
import { budgetAccess } from './modules/budget/budget.access.test-data.js';
import { deliveryAccess } from './modules/budget/delivery/delivery.access.test-data.js';
import { reviewAccess } from './modules/budget/evaluations/review.access.test-data.js';
import { proposalsAccess } from './modules/budget/proposals/proposals.access.test-data.js';
import { commentsAccess } from './modules/comments/comments.access.test-data.js';
import { consultationsAccess } from './modules/consultations/consultations.access.test-data.js';
import { identityAccess } from './modules/identity/identity.access.test-data.js';
import { plansAccess } from './modules/plans/plans.access.test-data.js';
import { responsesAccess } from './modules/responses/responses.access.test-data.js';
import { buildPlacSchema } from './schema/build-schema.js';

// Every module's rows; a module that adds mutations adds its table here.
const matrix: Record<string, AccessRow> = {
  ...identityAccess,
  ...consultationsAccess,
  ...budgetAccess,
  ...reviewAccess,
  ...proposalsAccess,
  ...deliveryAccess,
  ...plansAccess,
  ...commentsAccess,
  ...responsesAccess,
};

const { db, services, request } = useTestServer();
let headers: Map<Persona, Record<string, string>>;
let fixtures: Fixtures;

beforeAll(async () => {
  const owning = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
  const other = await unitBySlug(db, 'zarzad-zieleni-m-st-warszawy');
  headers = await matrixPersonas(db, services, { owningUnitId: owning.id, otherUnitId: other.id });
  fixtures = {
    db,
    owningUnitId: owning.id,
    otherUnitId: other.id,
    districtAreaId: owning.areaId ?? '',
    newUserId: async () => (await createUser(db, 'target')).id,
  };
});

test('every mutation has a row', async () => {
  const mutations = Object.keys((await buildPlacSchema()).getMutationType()?.getFields() ?? {});
  expect(mutations.sort()).toEqual(Object.keys(matrix).sort());
});

describe.each(Object.entries(matrix))('%s', (mutation, row) => {
  test.each(personas)(`as %s`, async (persona) => {
    const { query, variables } = await row.call(fixtures);
    const { body } = await request(query, variables, headers.get(persona));
    const code = body.errors?.[0]?.extensions?.code;
    const denied = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
    expect(
      denied ? 'denied' : 'allowed',
      `${mutation} as ${persona}: ${JSON.stringify(body.errors)}`,
    ).toBe(row.allowed.includes(persona) ? 'allowed' : 'denied');
  });
});
