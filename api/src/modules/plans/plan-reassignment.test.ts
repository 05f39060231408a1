import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { remark } from '../comments/comments.scenario.js';
import { collection, samplePlan, squareZone } from './plan.test-data.js';

// Two remarks a statement, so that five take the background path in three batches.
const { server, db, services, request } = useTestServer({
  PLAC_PLAN_REASSIGN_BATCH: '2',
  PLAC_FILES_DIR: mkdtempSync(join(tmpdir(), 'plac-plan-files-')),
});
let planner: SignedIn;

beforeAll(async () => {
  ({ planner } = await organisers(db, services));
});

const importPlan = `mutation ($c: ID!, $input: PlanImportInput!) {
  importPlan(consultationId: $c, input: $input) { id reassignment { status total } } }`;
const progressQuery = `query ($id: ID!) { plan(id: $id) { reassignment { status done total moved } } }`;

type Progress = { plan: { reassignment: { status: string; done: number; total: number } } };

async function progressOf(planId: string) {
  const { body } = await request<Progress>(progressQuery, { id: planId }, planner.headers);
  return body.data?.plan.reassignment;
}

async function finished(planId: string) {
  for (let i = 0; i < 200; i++) {
    const progress = await progressOf(planId);
    if (progress?.status !== 'RUNNING') return progress;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the reassignment did not finish');
}

test('many remarks are given their zones in batches in the background, with progress', async () => {
  const { id: c } = await createConsultation(db, { district: 'mokotow' });
  const author = await createUser(db, 'many');
  const ids = [];
  for (let i = 0; i < 5; i++) {
    const [lon = 0, lat = 0] = squareZone(i).geometry.coordinates[0]?.[0] ?? [];
    const coordinates: [number, number] = [lon + 0.0004, lat + 0.0004];
    const geometry = { type: 'Point' as const, coordinates };
    ids.push(await remark(db, { consultationId: c, authorId: author.id, geometry }));
  }
  const input = {
    kind: 'LOCAL_PLAN',
    name: 'Plan w partiach',
    stage: 'DRAFT_FOR_CONSULTATION',
    features: collection([0, 1, 2, 3, 4].map((i) => squareZone(i))),
  };
  const { body } = await request<{ importPlan: { id: string; reassignment: { total: number } } }>(
    importPlan,
    { c, input },
    planner.headers,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data?.importPlan.reassignment.total).toBe(5);
  const planId = body.data?.importPlan.id ?? '';
  expect(await finished(planId)).toEqual({ status: 'DONE', done: 5, total: 5, moved: 5 });
  const zones = await db.prisma.comment.findMany({
    where: { id: { in: ids } },
    select: { zone: { select: { planId: true } } },
  });
  expect(zones.every((z) => z.zone?.planId === planId)).toBe(true);
  // While a step runs, another import waits: none is running any more.
  const again = await request(
    importPlan,
    { c, input: { ...input, name: 'Inny plan' } },
    planner.headers,
  );
  expect(again.body.errors).toBeUndefined();
});

test('an uploaded GeoJSON file is previewed and imported by its id', async () => {
  const { id: c } = await createConsultation(db, { district: 'mokotow' });
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { ...planner.headers, 'x-file-name': 'plan.geojson' },
    body: JSON.stringify(samplePlan(2180)),
  });
  const { file } = (await res.json()) as { file: { id: string } };
  const preview = await request<{
    planImportPreview: { importable: boolean; featureCount: number };
  }>(
    `query ($c: ID!, $fileId: ID!) { planImportPreview(consultationId: $c, input: { crs: EPSG_2180, fileId: $fileId }) {
      importable featureCount } }`,
    { c, fileId: file.id },
    planner.headers,
  );
  expect(preview.body.data?.planImportPreview).toEqual({ importable: true, featureCount: 9 });
  const input = {
    kind: 'LOCAL_PLAN',
    name: 'Plan z pliku',
    stage: 'DRAFT_FOR_CONSULTATION',
    crs: 'EPSG_2180',
    fileId: file.id,
  };
  const imported = await request<{ importPlan: { id: string } }>(
    importPlan,
    { c, input },
    planner.headers,
  );
  expect(imported.body.errors).toBeUndefined();
  const zones = await db.prisma.planZone.count({
    where: { planId: imported.body.data?.importPlan.id },
  });
  expect(zones).toBe(9);
});
