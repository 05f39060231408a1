import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { organisers, type SignedIn, signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { sampleFiles } from '../../files/files.test-data.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { addAuthor } from '../evaluations/verification.scenario.js';

const { db, services, request, server } = useTestServer({
  PLAC_FILES_DIR: mkdtempSync(join(tmpdir(), 'plac-proposal-files-')),
});
let edition: Awaited<ReturnType<typeof createBudgetEdition>>;
let author: SignedIn;
let neighbour: SignedIn;
let coauthor: SignedIn;
let planner: Record<string, string>;
let otherPlanner: Record<string, string>;

beforeAll(async () => {
  edition = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  author = await signedInUser(db, services, 'Autorka Zdjęć', { verified: true });
  neighbour = await signedInUser(db, services, 'Sąsiad', { verified: true });
  coauthor = await signedInUser(db, services, 'Współautorka', { verified: true });
  const people = await organisers(db, services);
  planner = people.planner.headers;
  otherPlanner = people.otherPlanner.headers;
});

const files = 'images { id name mediaType url } attachments { id name size url }';
const save = `mutation ($input: ProjectProposalInput!) {
  saveProjectProposal(input: $input) { id ${files} } }`;
const submit = `mutation ($id: ID!) { submitProjectProposal(id: $id) { status } }`;
const draft = `query ($id: ID!) { projectProposal(id: $id) { ${files} } }`;
const project = `query ($id: ID!) { project(id: $id) { ${files} } }`;

type Uploaded = { id: string; url: string };

async function upload(who: SignedIn, name: string, body: Buffer): Promise<Uploaded> {
  const response = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': name, ...who.headers },
    body,
  });
  return ((await response.json()) as { file: Uploaded }).file;
}

const download = (file: Uploaded, headers: Record<string, string>) =>
  fetch(`${server.url}${file.url}`, { headers }).then((res) => res.status);

const proposal = (extra: Record<string, unknown>) => ({
  poolId: edition.mokotow.id,
  title: 'Zdjęcia skweru',
  description: 'Nowe nasadzenia na skwerze.',
  locations: [{ type: 'Point', coordinates: [21.02, 52.19] }],
  costLines: [{ item: 'Krzewy', amountGrosze: '1500000' }],
  consentToPublish: true,
  ...extra,
});

type Shown = { id: string; images: unknown[]; attachments: unknown[] };

async function saved(input: Record<string, unknown>) {
  const { body } = await request(save, { input }, author.headers);
  expect(body.errors).toBeUndefined();
  return (body.data as { saveProjectProposal: Shown }).saveProjectProposal;
}

const refusal = async (input: Record<string, unknown>, who = author) =>
  (await request(save, { input }, who.headers)).body.errors?.[0]?.extensions;

test('the images and attachments of a draft are for its authors and office; once submitted, for everyone', async () => {
  const photo = await upload(author, 'skwer.png', sampleFiles.png);
  const plan = await upload(author, 'plan.pdf', sampleFiles.pdf);
  const { id, ...shown } = await saved(
    proposal({ imageIds: [photo.id], attachmentIds: [plan.id] }),
  );
  expect(shown).toEqual({
    images: [{ id: photo.id, name: 'skwer.png', mediaType: 'image/png', url: photo.url }],
    attachments: [{ id: plan.id, name: 'plan.pdf', size: sampleFiles.pdf.length, url: plan.url }],
  });
  await addAuthor(db, id, coauthor.user.id, 'COAUTHOR');
  const readers = [author.headers, coauthor.headers, planner, otherPlanner, neighbour.headers, {}];
  const statuses = async () => Promise.all(readers.map((who) => download(photo, who)));
  expect(await statuses()).toEqual([200, 200, 200, 404, 404, 404]);

  expect((await request(submit, { id }, author.headers)).body.errors).toBeUndefined();
  expect(await statuses()).toEqual([200, 200, 200, 200, 200, 200]);
  expect(await download(plan, {})).toBe(200);
  expect((await request(project, { id })).body.data?.project).toEqual(shown);
});

test('an image that is a document, an upload of someone else and too many files are refused at their field; the draft stays as it was', async () => {
  const photo = await upload(author, 'lawka.jpg', sampleFiles.jpeg);
  const { id } = await saved(proposal({ imageIds: [photo.id] }));
  const deed = await upload(author, 'akt.pdf', sampleFiles.pdf);
  const theirs = await upload(neighbour, 'cudze.pdf', sampleFiles.pdf);

  expect(await refusal(proposal({ id, imageIds: [photo.id, deed.id] }))).toMatchObject({
    field: 'input.imageIds[1]',
    reason: 'FILE_TYPE_NOT_ALLOWED',
    params: { allowed: 'png, jpg, jpeg, webp' },
  });
  expect(await refusal(proposal({ id, attachmentIds: [photo.id] }))).toMatchObject({
    field: 'input.attachmentIds[0]',
    reason: 'FILE_TYPE_NOT_ALLOWED',
  });
  expect(await refusal(proposal({ id, attachmentIds: [theirs.id] }))).toMatchObject({
    field: 'input.attachmentIds[0]',
    reason: 'NOT_FOUND',
  });
  const eleven = Array.from({ length: 11 }, () => randomUUID());
  expect(await refusal(proposal({ id, attachmentIds: eleven }))).toMatchObject({
    field: 'input.attachmentIds',
    reason: 'PROPOSAL_LIST_TOO_LONG',
    params: { max: 10 },
  });
  const kept = await request(draft, { id }, author.headers);
  expect(kept.body.data?.projectProposal).toMatchObject({
    images: [{ id: photo.id }],
    attachments: [],
  });
});
