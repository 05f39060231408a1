import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { createBudgetEdition } from '../budget/budget.scenario.js';
import { locateProject } from '../budget/projects/project.scenario.js';
import { updateProjectStatus } from '../budget/projects/project-staff.sql.js';
import { insideMokotow, squareAround } from '../comments/comments.scenario.js';
import { linkedPlan } from '../plans/plans.scenario.js';
import { decodeTile, tileOf, tilePath } from './tiles.scenario.js';

// The layers besides remarks, through the route: their filters, access and caching.
const { db, services, server } = useTestServer({ PLAC_TILES_PROJECTS_DETAIL_ZOOM: '13' });
let planner: SignedIn;
let edition: Awaited<ReturnType<typeof createBudgetEdition>>;
const near = tileOf(insideMokotow, 14);
const far = tileOf(insideMokotow, 10);

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, features: res.ok ? decodeTile(bytes) : {}, bytes };
}
const propertiesIn = (
  features: Record<string, { properties: Record<string, unknown> }[]>,
  layer: string,
) => (features[layer] ?? []).map((f) => f.properties);

beforeAll(async () => {
  ({ planner } = await organisers(db, services));
  edition = await createBudgetEdition(db);
  const [first = '', second = '', third = ''] = edition.mokotow.projects;
  await locateProject(db, first, insideMokotow);
  await locateProject(db, second, [insideMokotow[0] + 0.001, insideMokotow[1]]);
  await locateProject(db, third, [insideMokotow[0], insideMokotow[1] + 0.001]);
  await updateProjectStatus(db.pool, third, 'ACCEPTED', 'REJECTED', 'too costly');
});

describe('projects', () => {
  const projects = (tile = near, query = '') =>
    tilePath('projects', tile, `edition=${edition.editionId}${query}`);

  test('one feature per location, filtered by status and pool; public', async () => {
    const { res, features } = await get(projects());
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    expect(
      propertiesIn(features, 'projects')
        .map((p) => p.status)
        .sort(),
    ).toEqual(['ACCEPTED', 'ACCEPTED', 'REJECTED']);
    const rejected = await get(projects(near, '&status=REJECTED'));
    expect(propertiesIn(rejected.features, 'projects')).toEqual([
      { id: edition.mokotow.projects[2], status: 'REJECTED' },
    ]);
    const wola = await get(projects(near, `&pool=${edition.wola.id}`));
    expect(propertiesIn(wola.features, 'projects')).toEqual([]);
  });

  test('counted by status below the detail zoom', async () => {
    const { features } = await get(projects(far));
    expect(propertiesIn(features, 'projects')).toEqual([{ count: 3, accepted: 2, rejected: 1 }]);
  });

  test('a new status is a new ETag', async () => {
    const { res } = await get(projects());
    const etag = res.headers.get('etag') ?? '';
    expect((await get(projects(), { 'if-none-match': etag })).res.status).toBe(304);
    const [first = ''] = edition.mokotow.projects;
    await updateProjectStatus(db.pool, first, 'ACCEPTED', 'SELECTED', null);
    expect((await get(projects(), { 'if-none-match': etag })).res.status).toBe(200);
  });

  test('an edition that does not exist: 404 naming it', async () => {
    const { res, bytes } = await get(
      tilePath('projects', near, 'edition=00000000-0000-4000-8000-000000000000'),
    );
    expect(res.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(bytes)).errors[0].extensions.field).toBe('edition');
  });
});

describe('zones and consultations', () => {
  test("a draft consultation's plan: 404 for the public, private for its planner", async () => {
    const draft = await createConsultation(db, { status: 'DRAFT' });
    const open = await createConsultation(db);
    const zone = [{ symbol: '1MW', geometry: squareAround(insideMokotow, 0.002) }];
    await linkedPlan(db, draft.id, zone);
    await linkedPlan(db, open.id, zone);
    const [draftPlan, openPlan] = await Promise.all(
      [draft.id, open.id].map((consultationId) =>
        db.prisma.consultationPlan.findFirstOrThrow({ where: { consultationId } }),
      ),
    );
    const zonesOf = (planId = '') => tilePath('zones', near, `plan=${planId}`);
    expect((await get(zonesOf(draftPlan?.planId))).res.status).toBe(404);
    const mine = await get(zonesOf(draftPlan?.planId), planner.headers);
    expect(mine.res.headers.get('cache-control')).toBe('private, no-cache');
    expect(propertiesIn(mine.features, 'zones')).toMatchObject([
      { symbol: '1MW', designation: 'MW' },
    ]);
    const open1 = await get(zonesOf(openPlan?.planId));
    expect(open1.res.headers.get('cache-control')).toMatch(/^public/);
    expect(propertiesIn(open1.features, 'zones')).toHaveLength(1);
  });

  test('consultations: drafts only for their planners, in a private tile', async () => {
    const draft = await createConsultation(db, { status: 'DRAFT' });
    const ids = (f: Record<string, { properties: Record<string, unknown> }[]>) =>
      propertiesIn(f, 'consultations').map((p) => p.id);
    const anyone = await get(tilePath('consultations', far));
    expect(anyone.res.headers.get('cache-control')).toMatch(/^public/);
    expect(ids(anyone.features)).not.toContain(draft.id);
    expect((anyone.features.consultations ?? []).every((f) => f.geometry.length === 1)).toBe(true);
    const theirs = await get(tilePath('consultations', far), planner.headers);
    expect(theirs.res.headers.get('cache-control')).toBe('private, no-cache');
    expect(ids(theirs.features)).toContain(draft.id);
  });

  test('districts: one feature each, with its name', async () => {
    const { features } = await get(tilePath('areas', far, 'kind=DISTRICT'));
    expect(propertiesIn(features, 'areas').map((p) => p.name)).toContain('Mokotów');
    expect((await get(tilePath('areas', far, 'kind=PARISH'))).res.status).toBe(400);
  });
});
