import { beforeAll, describe, expect, test } from 'vitest';
import { type SignedIn, signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { decodeTile, tileOf, tilePath } from '../../tiles/tiles.scenario.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { replacePhases } from '../editions/edition.sql.js';
import { exportPabulib } from '../pabulib/pabulib-export.service.js';

const { db, services, request, server } = useTestServer();
let edition: Awaited<ReturnType<typeof createBudgetEdition>>;
let author: SignedIn;
let unverified: SignedIn;
let invitee: SignedIn;

// Inside Mokotów, inside Wola, and in Białołęka (no district pool of the test edition).
const mokotow = { type: 'Point', coordinates: [21.02, 52.19] };
const wola = { type: 'Point', coordinates: [20.96, 52.235] };
const bialoleka = { type: 'Point', coordinates: [20.98, 52.32] };

beforeAll(async () => {
  edition = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  author = await signedInUser(db, services, 'Autorka Projektu', { verified: true });
  unverified = await signedInUser(db, services, 'unverified');
  invitee = await signedInUser(db, services, 'Współautor', { verified: true });
});

const fields = `id status editionId poolId title description consentToPublish
  cost { grosze } costLines { item amount { grosze } } locations { geometry }
  authors { role displayName invitationEmail acceptedAt }`;
const save = `mutation ($input: ProjectProposalInput!) { saveProjectProposal(input: $input) { ${fields} } }`;
const submit = `mutation ($id: ID!) { submitProjectProposal(id: $id) { ${fields} } }`;
const withdraw = `mutation ($id: ID!) { withdrawProjectProposal(id: $id) { status } }`;

type Proposal = {
  id: string;
  status: string;
  poolId: string;
  cost: { grosze: string };
  authors: { role: string; displayName: string | null; invitationEmail: string | null }[];
};

const complete = () => ({
  poolId: edition.mokotow.id,
  title: 'Ławki przy stawie',
  description: 'Dziesięć ławek wokół stawu.',
  locations: [mokotow],
  costLines: [
    { item: 'Ławki (10 szt.)', amountGrosze: '4000000' },
    { item: 'Montaż', amountGrosze: '1000001' },
  ],
  consentToPublish: true,
});

async function saved(input: Record<string, unknown>, who: SignedIn = author) {
  const { body } = await request(save, { input }, who.headers);
  expect(body.errors).toBeUndefined();
  return (body.data as { saveProjectProposal: Proposal }).saveProjectProposal;
}

const refusal = async (query: string, variables: Record<string, unknown>, who: SignedIn) =>
  (await request(query, variables, who.headers)).body.errors?.[0]?.extensions;

describe('the pool suggested from the location', () => {
  const suggest =
    'query ($e: ID!, $l: GeoJSON!) { suggestBudgetPool(editionId: $e, location: $l) { id } }';
  test.each([
    ['Mokotów', mokotow, () => edition.mokotow.id],
    ['Wola', wola, () => edition.wola.id],
    ['city-wide, outside every district pool', bialoleka, () => edition.citywide.id],
  ])('%s', async (_, location, pool) => {
    const { body } = await request(suggest, { e: edition.editionId, l: location });
    expect(body.data).toEqual({ suggestBudgetPool: { id: pool() } });
  });

  test('a line mostly in Wola suggests Wola', async () => {
    // From Mokotów's corner at Wola's border far into Wola.
    const line = {
      type: 'LineString',
      coordinates: [
        [20.99, 52.215],
        [20.96, 52.235],
        [20.94, 52.24],
      ],
    };
    const { body } = await request(suggest, { e: edition.editionId, l: line });
    expect(body.data).toEqual({ suggestBudgetPool: { id: edition.wola.id } });
  });
});

test('a draft: its cost is the sum of its lines, and it is nowhere public', async () => {
  const draft = await saved({ ...complete(), consentToPublish: false });
  expect(draft).toMatchObject({ status: 'DRAFT', cost: { grosze: '5000001' } });
  expect(draft.authors).toEqual([
    {
      role: 'AUTHOR',
      displayName: 'Autorka Projektu',
      invitationEmail: null,
      acceptedAt: expect.any(String),
    },
  ]);
  const listed = await request(
    'query ($p: ID) { projects(filter: { poolId: $p }, first: 100) { edges { node { id } } } }',
    {
      p: edition.mokotow.id,
    },
  );
  expect(listed.body.errors).toBeUndefined();
  expect(JSON.stringify(listed.body.data)).not.toContain(draft.id);
  const one = await request('query ($id: ID!) { project(id: $id) { id } }', { id: draft.id });
  expect(one.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // The scenario's projects have no location: the draft's tile would hold the draft alone.
  const at = tileOf(mokotow.coordinates as [number, number], 14);
  const tile = await fetch(
    `${server.url}${tilePath('projects', at, `edition=${edition.editionId}`)}`,
  );
  expect(tile.ok).toBe(true);
  expect(decodeTile(new Uint8Array(await tile.arrayBuffer())).projects ?? []).toEqual([]);
  const other = await refusal(
    'query ($id: ID!) { projectProposal(id: $id) { id } }',
    { id: draft.id },
    invitee,
  );
  expect(other?.code).toBe('NOT_FOUND');
});

test('submitting checks every field, naming it; then the project is public until withdrawn', async () => {
  const draft = await saved({ ...complete(), description: '', consentToPublish: false });
  expect(await refusal(submit, { id: draft.id }, author)).toMatchObject({
    field: 'input.description',
    reason: 'INPUT_REQUIRED',
  });
  await saved({ ...complete(), id: draft.id, consentToPublish: false });
  expect(await refusal(submit, { id: draft.id }, author)).toMatchObject({
    field: 'input.consentToPublish',
    reason: 'PROPOSAL_CONSENT_REQUIRED',
  });
  await saved({ ...complete(), id: draft.id });
  const { body } = await request(submit, { id: draft.id }, author.headers);
  expect(body.data).toMatchObject({ submitProjectProposal: { status: 'SUBMITTED' } });
  const one = await request('query ($id: ID!) { project(id: $id) { status } }', { id: draft.id });
  expect(one.body.data).toEqual({ project: { status: 'SUBMITTED' } });
  expect(await refusal(save, { input: { ...complete(), id: draft.id } }, author)).toMatchObject({
    reason: 'PROPOSAL_NOT_DRAFT',
    params: { status: 'SUBMITTED' },
  });
  const back = await request(withdraw, { id: draft.id }, author.headers);
  expect(back.body.data).toEqual({ withdrawProjectProposal: { status: 'DRAFT' } });
  expect(await refusal(withdraw, { id: draft.id }, author)).toMatchObject({
    reason: 'PROPOSAL_NOT_WITHDRAWABLE',
    params: { status: 'DRAFT' },
  });
});

test('a location outside the chosen district pool is refused with the distance, storing nothing', async () => {
  const before = await db.pool.query('SELECT count(*)::int AS n FROM budget_project_author');
  const refused = await refusal(
    save,
    { input: { ...complete(), locations: [mokotow, bialoleka] } },
    author,
  );
  expect(refused).toMatchObject({
    field: 'input.locations[1]',
    reason: 'PROJECT_OUTSIDE_POOL_AREA',
    params: { pool: 'Mokotów' },
  });
  expect(refused?.params?.meters).toBeGreaterThan(1000);
  const after = await db.pool.query('SELECT count(*)::int AS n FROM budget_project_author');
  expect(after.rows[0].n).toBe(before.rows[0].n);
});

test('only verified residents propose, unless the edition is open to all', async () => {
  const access = 'query ($e: ID!) { budgetProposalAccess(editionId: $e) { allowed reason } }';
  const closed = await request(access, { e: edition.editionId }, unverified.headers);
  expect(closed.body.data).toEqual({
    budgetProposalAccess: { allowed: false, reason: 'PROPOSAL_VERIFICATION_REQUIRED' },
  });
  expect(await refusal(save, { input: complete() }, unverified)).toMatchObject({
    code: 'FORBIDDEN',
    reason: 'PROPOSAL_VERIFICATION_REQUIRED',
  });
  const open = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  await db.pool.query('UPDATE budget_edition SET proposals_open_to_all = true WHERE id = $1', [
    open.editionId,
  ]);
  const draft = await saved({ ...complete(), poolId: open.mokotow.id }, unverified);
  expect(draft.status).toBe('DRAFT');
});

test('submitting only during SUBMISSION', async () => {
  const other = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  const draft = await saved({ ...complete(), poolId: other.mokotow.id });
  const now = Date.now();
  await replacePhases(db.pool, other.editionId, [
    { phase: 'VERIFICATION', startsAt: new Date(now - 1000), endsAt: new Date(now + 86_400_000) },
  ]);
  expect(await refusal(submit, { id: draft.id }, author)).toMatchObject({
    field: 'id',
    reason: 'PHASE_CLOSED',
    params: { phase: 'SUBMISSION' },
  });
});

test('a co-author invited by e-mail accepts from their own account, once', async () => {
  const draft = await saved(complete());
  const invite = `mutation ($p: ID!, $e: String!) {
    inviteProjectCoauthor(projectId: $p, email: $e) { email acceptPath } }`;
  const { body } = await request(
    invite,
    { p: draft.id, e: ` ${invitee.user.email?.toUpperCase()}` },
    author.headers,
  );
  const invitation = (body.data as { inviteProjectCoauthor: { email: string; acceptPath: string } })
    .inviteProjectCoauthor;
  expect(invitation.email).toBe(invitee.user.email);
  const token = new URL(invitation.acceptPath, 'http://plac').searchParams.get('invitation') ?? '';
  expect(invitation.acceptPath).toContain(`/budget/${edition.editionId}/propose/${draft.id}?`);
  expect(await refusal(invite, { p: draft.id, e: invitee.user.email }, author)).toMatchObject({
    reason: 'PROPOSAL_COAUTHOR_ALREADY_INVITED',
  });
  const accept = `mutation ($t: String!) { acceptProjectCoauthorInvitation(token: $t) { ${fields} } }`;
  expect(await refusal(accept, { t: token }, unverified)).toMatchObject({
    reason: 'PROPOSAL_INVITATION_OTHER_EMAIL',
  });
  const accepted = await request(accept, { t: token }, invitee.headers);
  const proposal = (accepted.body.data as { acceptProjectCoauthorInvitation: Proposal })
    .acceptProjectCoauthorInvitation;
  expect(proposal.authors.map((a) => [a.role, a.displayName, a.invitationEmail])).toEqual([
    ['AUTHOR', 'Autorka Projektu', null],
    ['COAUTHOR', 'Współautor', null],
  ]);
  expect(await refusal(accept, { t: token }, invitee)).toMatchObject({
    reason: 'PROPOSAL_INVITATION_UNKNOWN',
  });
  await saved({ ...complete(), id: draft.id, title: 'Ławki i kosze' }, invitee);
});

test('the Pabulib export of the pool keeps authors and drafts out', async () => {
  const other = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  const submitted = await saved({ ...complete(), poolId: other.wola.id, locations: [wola] });
  await request(submit, { id: submitted.id }, author.headers);
  await saved({ ...complete(), poolId: other.wola.id, locations: [wola], title: 'Szkic tajny' });
  const file = await exportPabulib(db, other.editionId, other.wola.id);
  expect(file).toContain('Ławki przy stawie');
  expect(file).not.toContain('Szkic tajny');
  for (const personal of [author.user.email ?? '', 'Autorka', author.user.id]) {
    expect(file).not.toContain(personal);
  }
});
