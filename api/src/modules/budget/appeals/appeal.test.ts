import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { insertFile } from '../../files/file.sql.js';
import { sampleFiles } from '../../files/files.test-data.js';
import { addAuthor, setPhase, submittedProjects } from '../evaluations/verification.scenario.js';

const { server, db, services, request } = useTestServer({
  PLAC_FILES_DIR: mkdtempSync(join(tmpdir(), 'plac-appeal-files-')),
});

const start = `mutation ($ids: [ID!]!) { startBudgetVerification(projectIds: $ids) }`;
const decide = `mutation ($p: ID!, $input: EvaluationDecisionInput!) {
  decideBudgetEvaluation(projectId: $p, input: $input) { project { status } } }`;
const appeal = `mutation ($p: ID!, $input: AppealInput!) {
  appealBudgetProject(projectId: $p, input: $input) { id text decision files { name } } }`;
const decideAppeal = `mutation ($a: ID!, $input: AppealDecisionInput!) {
  decideBudgetAppeal(appealId: $a, input: $input) { decision justification } }`;
const mine = `{ myBudgetProjects { role appealable poolName project { id status rejectionReason }
  evaluations { stage decision justification } appeal { text decision justification } } }`;
const appeals = `query ($e: ID!) { budgetAppeals(editionId: $e) {
  appeal { id text } project { id status } poolName evaluation { justification } } }`;
const ballot = `mutation ($e: ID!, $d: ID, $p: [ID!]!) {
  castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { id } }`;

let planner: Record<string, string>;
let otherPlanner: Record<string, string>;

beforeAll(async () => {
  const people = await organisers(db, services);
  planner = people.planner.headers;
  otherPlanner = people.otherPlanner.headers;
});

/** A project its author proposed, rejected by the formal check, in an edition now in APPEALS. */
async function rejected() {
  const e = await submittedProjects(db);
  const projectId = e.mokotow.projects[0] ?? '';
  const author = await signedInUser(db, services, 'author', { verified: true });
  await addAuthor(db, projectId, author.user.id);
  await request(start, { ids: [projectId] }, planner);
  const input = { decision: 'NEGATIVE', checklist: [], justification: 'not on city land' };
  await request(decide, { p: projectId, input }, planner);
  await setPhase(db, e.editionId, 'APPEALS');
  return { e, projectId, author };
}

const appealIdOf = (data: Record<string, unknown> | null | undefined) =>
  (data?.appealBudgetProject as { id: string } | undefined)?.id ?? '';

const attachment = (uploadedById: string) =>
  insertFile(db.pool, {
    name: 'deed.pdf',
    mediaType: 'application/pdf',
    size: 10,
    sha256: '0'.repeat(64),
    storageKey: randomUUID(),
    uploadedById,
  });

test('the author appeals with a file; the office reinstates the project, which goes on the ballot', async () => {
  const { e, projectId, author } = await rejected();
  expect((await request(mine, {}, author.headers)).body.data?.myBudgetProjects).toEqual([
    {
      role: 'AUTHOR',
      appealable: true,
      poolName: 'Mokotów',
      project: { id: projectId, status: 'REJECTED', rejectionReason: 'not on city land' },
      evaluations: [{ stage: 'FORMAL', decision: 'NEGATIVE', justification: 'not on city land' }],
      appeal: null,
    },
  ]);
  const uploaded = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': 'deed.pdf',
      ...author.headers,
    },
    body: sampleFiles.pdf,
  });
  const { file } = (await uploaded.json()) as { file: { id: string; url: string } };
  const input = { text: ' The plot is city land (deed attached). ', fileIds: [file.id] };
  const appealed = await request(appeal, { p: projectId, input }, author.headers);
  expect(appealed.body.data?.appealBudgetProject).toMatchObject({
    text: 'The plot is city land (deed attached).',
    decision: null,
    files: [{ name: 'deed.pdf' }],
  });
  const id = appealIdOf(appealed.body.data);

  const listed = await request(appeals, { e: e.editionId }, planner);
  expect(listed.body.data?.budgetAppeals).toMatchObject([
    {
      appeal: { id },
      project: { status: 'APPEALED' },
      evaluation: { justification: 'not on city land' },
    },
  ]);
  expect(
    (await request(appeals, { e: e.editionId }, otherPlanner)).body.data?.budgetAppeals,
  ).toEqual([]);
  const download = (headers: Record<string, string>) =>
    fetch(`${server.url}${file.url}`, { headers }).then((res) => res.status);
  expect([await download(planner), await download(otherPlanner), await download({})]).toEqual([
    200, 404, 404,
  ]);

  const reinstate = { decision: 'REINSTATED', justification: 'the deed shows city land' };
  const decided = await request(decideAppeal, { a: id, input: reinstate }, planner);
  expect(decided.body.data?.decideBudgetAppeal).toEqual(reinstate);
  expect((await request(mine, {}, author.headers)).body.data?.myBudgetProjects).toMatchObject([
    {
      appealable: false,
      project: { status: 'ACCEPTED', rejectionReason: null },
      appeal: reinstate,
    },
  ]);

  await setPhase(db, e.editionId, 'VOTING');
  const voter = await signedInUser(db, services, 'voter', { verified: true });
  const vote = await request(
    ballot,
    { e: e.editionId, d: e.mokotow.id, p: [projectId] },
    voter.headers,
  );
  expect(vote.body.errors).toBeUndefined();
});

describe('refused', () => {
  test('a second appeal after the first was dismissed', async () => {
    const { projectId, author } = await rejected();
    const first = await request(
      appeal,
      { p: projectId, input: { text: 'please' } },
      author.headers,
    );
    const id = appealIdOf(first.body.data);
    const dismiss = { decision: 'DISMISSED', justification: 'the land register says otherwise' };
    await request(decideAppeal, { a: id, input: dismiss }, planner);
    const again = await request(appeal, { p: projectId, input: { text: 'again' } }, author.headers);
    expect(again.body.errors?.[0]?.extensions?.reason).toBe('PROJECT_ALREADY_APPEALED');
    const twice = await request(decideAppeal, { a: id, input: dismiss }, planner);
    expect(twice.body.errors?.[0]?.extensions?.reason).toBe('APPEAL_ALREADY_DECIDED');
    expect((await request(mine, {}, author.headers)).body.data?.myBudgetProjects).toMatchObject([
      { project: { status: 'REJECTED', rejectionReason: 'the land register says otherwise' } },
    ]);
  });

  test('outside APPEALS, by someone not an author, with a file not theirs, or without text', async () => {
    const { e, projectId, author } = await rejected();
    const stranger = await signedInUser(db, services, 'stranger');
    const input = { text: 'please' };
    const notAuthor = await request(appeal, { p: projectId, input }, stranger.headers);
    expect(notAuthor.body.errors?.[0]?.extensions?.reason).toBe('APPEAL_NOT_AUTHOR');
    const theirs = await attachment(stranger.user.id);
    const withTheirs = await request(
      appeal,
      { p: projectId, input: { text: 'x', fileIds: [theirs.id] } },
      author.headers,
    );
    expect(withTheirs.body.errors?.[0]?.extensions).toMatchObject({ field: 'input.fileIds.0' });
    const blank = await request(appeal, { p: projectId, input: { text: ' ' } }, author.headers);
    expect(blank.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_REQUIRED',
      field: 'input.text',
    });
    await setPhase(db, e.editionId, 'VOTING');
    const late = await request(appeal, { p: projectId, input }, author.headers);
    expect(late.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'PHASE_CLOSED',
      params: { phase: 'APPEALS' },
    });
    const { rows } = await db.pool.query(
      `SELECT p.status::text, (SELECT count(*)::int FROM budget_project_appeal WHERE project_id = p.id) AS appeals
       FROM budget_project p WHERE id = $1`,
      [projectId],
    );
    expect(rows[0]).toEqual({ status: 'REJECTED', appeals: 0 });
  });

  test('deciding without a justification, or by a planner of another unit', async () => {
    const { projectId, author } = await rejected();
    const first = await request(
      appeal,
      { p: projectId, input: { text: 'please' } },
      author.headers,
    );
    const id = appealIdOf(first.body.data);
    const bare = await request(
      decideAppeal,
      { a: id, input: { decision: 'REINSTATED', justification: '' } },
      planner,
    );
    expect(bare.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_REQUIRED',
      field: 'input.justification',
    });
    const other = await request(
      decideAppeal,
      { a: id, input: { decision: 'REINSTATED', justification: 'ok' } },
      otherPlanner,
    );
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
