import { beforeAll, expect, test } from 'vitest';
import { plannerOf } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { sampleFiles } from '../../files/files.test-data.js';
import { createFundedProject } from './delivery.scenario.js';

const { server, db, services, request, gql } = useTestServer();
let planner: Record<string, string>;
let otherPlanner: Record<string, string>;

beforeAll(async () => {
  planner = (await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'planner')).headers;
  otherPlanner = (await plannerOf(db, services, 'urzad-dzielnicy-wola', 'other')).headers;
});

async function upload(file: Buffer, name: string) {
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
      ...planner,
    },
    body: file,
  });
  return ((await res.json()) as { file: { id: string; url: string } }).file;
}

const add = `mutation ($p: ID!, $input: DeliveryUpdateInput!, $s: DeliveryStatus) {
  addProjectDeliveryUpdate(projectId: $p, input: $input, status: $s) {
    id reportedOn body progress actualCost { grosze } photos { id mediaType url } } }`;
const delivery = `query ($p: ID!) { projectDelivery(projectId: $p) {
  status progress plannedCost { grosze } actualCost { grosze } lastReportedOn manageable
  updates { id body progress photos { url } } } }`;
const input = (more: Record<string, unknown> = {}) => ({
  reportedOn: '2026-11-30',
  body: 'Ławki zamówione.',
  progress: 40,
  ...more,
});
type Delivery = { projectDelivery: Record<string, unknown> & { updates: { id: string }[] } };
const deliveryOf = async (p: string) =>
  (await gql<Delivery>(delivery, { p })).data?.projectDelivery;

test('an update with a photo starts the project; residents see it and may download the photo', async () => {
  const { funded } = await createFundedProject(db);
  const photo = await upload(sampleFiles.png, 'ławki.png');
  const { body } = await request(
    add,
    {
      p: funded,
      s: 'IN_PROGRESS',
      input: input({ actualCostGrosze: '1250000', photoIds: [photo.id] }),
    },
    planner,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data?.addProjectDeliveryUpdate).toMatchObject({
    reportedOn: '2026-11-30',
    progress: 40,
    actualCost: { grosze: '1250000' },
    photos: [{ id: photo.id, mediaType: 'image/png', url: photo.url }],
  });
  expect(await deliveryOf(funded)).toMatchObject({
    status: 'IN_PROGRESS',
    progress: 40,
    plannedCost: { grosze: '40000000' },
    actualCost: { grosze: '1250000' },
    lastReportedOn: '2026-11-30',
    manageable: false,
    updates: [{ body: 'Ławki zamówione.', progress: 40, photos: [{ url: photo.url }] }],
  });
  expect((await fetch(`${server.url}${photo.url}`)).status).toBe(200);
  const updateId = (body.data as { addProjectDeliveryUpdate: { id: string } })
    .addProjectDeliveryUpdate.id;
  const audit = await db.prisma.auditEvent.findMany({
    where: { targetId: { in: [funded, updateId] } },
    orderBy: { id: 'asc' },
  });
  expect(audit.map((a) => [a.action, a.after])).toEqual([
    ['budget.project.status', { status: 'IN_PROGRESS' }],
    ['budget.delivery.add', expect.objectContaining({ progress: 40, photoIds: [photo.id] })],
  ]);
});

test.each([
  [{ progress: 101 }, 'input.progress', 'INPUT_OUT_OF_RANGE'],
  [{ progress: -1 }, 'input.progress', 'INPUT_OUT_OF_RANGE'],
  [{ body: '  ' }, 'input.body', 'INPUT_REQUIRED'],
  [{ reportedOn: '2026-02-30' }, 'input.reportedOn', 'INPUT_INVALID'],
  [{ reportedOn: '2999-01-01' }, 'input.reportedOn', 'DELIVERY_DATE_IN_FUTURE'],
  [{ actualCostGrosze: '12,50' }, 'input.actualCostGrosze', 'MONEY_INVALID'],
])('%j is refused naming %s, and nothing is stored', async (more, field, reason) => {
  const { funded } = await createFundedProject(db);
  const { body } = await request(add, { p: funded, input: input(more) }, planner);
  expect(body.errors?.[0]?.extensions).toMatchObject({ field, reason });
  expect((await deliveryOf(funded))?.updates).toEqual([]);
});

test('only funded projects: an ACCEPTED one is refused and has no delivery', async () => {
  const { unfunded } = await createFundedProject(db);
  const { body } = await request(add, { p: unfunded, input: input() }, planner);
  expect(body.errors?.[0]?.extensions).toMatchObject({
    field: 'projectId',
    reason: 'DELIVERY_PROJECT_NOT_FUNDED',
    params: { status: 'ACCEPTED' },
  });
  expect(await deliveryOf(unfunded)).toBeNull();
});

test('photos must be images: a PDF is refused naming it, and no update is stored', async () => {
  const { funded } = await createFundedProject(db);
  const pdf = await upload(sampleFiles.pdf, 'protokół.pdf');
  const { body } = await request(add, { p: funded, input: input({ photoIds: [pdf.id] }) }, planner);
  expect(body.errors?.[0]?.extensions).toMatchObject({
    field: 'input.photoIds[0]',
    reason: 'FILE_TYPE_NOT_ALLOWED',
  });
  expect((await deliveryOf(funded))?.updates).toEqual([]);
});

test('a status the machine does not allow (SELECTED to COMPLETED) stores no update', async () => {
  const { funded } = await createFundedProject(db);
  const { body } = await request(add, { p: funded, s: 'COMPLETED', input: input() }, planner);
  expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'PROJECT_STATUS_STEP_INVALID' });
  expect(await deliveryOf(funded)).toMatchObject({ status: 'SELECTED', updates: [] });
});

test("another unit's planner may not report, edit or remove", async () => {
  const { funded } = await createFundedProject(db);
  const added = await request(add, { p: funded, input: input() }, planner);
  const id = (added.body.data as { addProjectDeliveryUpdate: { id: string } })
    .addProjectDeliveryUpdate.id;
  const calls = [
    request(add, { p: funded, input: input() }, otherPlanner),
    request(
      'mutation ($u: ID!, $i: DeliveryUpdateInput!) { editProjectDeliveryUpdate(updateId: $u, input: $i) { id } }',
      { u: id, i: input() },
      otherPlanner,
    ),
    request(
      'mutation ($u: ID!) { removeProjectDeliveryUpdate(updateId: $u) }',
      { u: id },
      otherPlanner,
    ),
  ];
  for (const { body } of await Promise.all(calls)) {
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  expect((await deliveryOf(funded))?.updates).toHaveLength(1);
});

test('editing and removing updates: the latest one gives the progress, each change audited', async () => {
  const { funded } = await createFundedProject(db);
  const photo = await upload(sampleFiles.jpeg, 'plac.jpg');
  const first = await request(add, { p: funded, input: input({ progress: 10 }) }, planner);
  const second = await request(
    add,
    { p: funded, input: input({ reportedOn: '2026-12-01', progress: 60, photoIds: [photo.id] }) },
    planner,
  );
  const idOf = (r: typeof first) =>
    (r.body.data as { addProjectDeliveryUpdate: { id: string } }).addProjectDeliveryUpdate.id;
  const edited = await request(
    `mutation ($u: ID!, $i: DeliveryUpdateInput!) {
      editProjectDeliveryUpdate(updateId: $u, input: $i) { progress photos { id } } }`,
    { u: idOf(second), i: input({ reportedOn: '2026-12-01', progress: 70, photoIds: [] }) },
    planner,
  );
  expect(edited.body.data?.editProjectDeliveryUpdate).toEqual({ progress: 70, photos: [] });
  expect(await deliveryOf(funded)).toMatchObject({ progress: 70 });
  const removed = await request(
    'mutation ($u: ID!) { removeProjectDeliveryUpdate(updateId: $u) }',
    { u: idOf(second) },
    planner,
  );
  expect(removed.body.data).toEqual({ removeProjectDeliveryUpdate: true });
  expect(await deliveryOf(funded)).toMatchObject({ progress: 10, updates: [{ id: idOf(first) }] });
  const audit = await db.prisma.auditEvent.findMany({
    where: { targetId: idOf(second) },
    orderBy: { id: 'asc' },
  });
  expect(audit.map((a) => a.action)).toEqual([
    'budget.delivery.add',
    'budget.delivery.edit',
    'budget.delivery.remove',
  ]);
  expect(audit[1]?.before).toMatchObject({ progress: 60, photoIds: [photo.id] });
  expect(audit[1]?.after).toMatchObject({ progress: 70, photoIds: [] });
});

test("the edition's summary and the planner's list of funded projects", async () => {
  const { editionId, funded } = await createFundedProject(db);
  await request(add, { p: funded, s: 'IN_PROGRESS', input: input() }, planner);
  const { data } = await gql<{ deliverySummary: object }>(
    'query ($e: ID!) { deliverySummary(editionId: $e) { notStarted inProgress completed abandoned } }',
    { e: editionId },
  );
  expect(data?.deliverySummary).toEqual({
    notStarted: 0,
    inProgress: 1,
    completed: 0,
    abandoned: 0,
  });
  const list = `query ($e: ID!) { fundedProjects(editionId: $e, mine: true) { projectId progress manageable } }`;
  const mine = await request(list, { e: editionId }, planner);
  expect(mine.body.data?.fundedProjects).toEqual([
    { projectId: funded, progress: 40, manageable: true },
  ]);
  const others = await request(list, { e: editionId }, otherPlanner);
  expect(others.body.data?.fundedProjects).toEqual([]);
});
