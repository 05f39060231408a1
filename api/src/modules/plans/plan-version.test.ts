import { describe, expect, test } from 'vitest';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { remark } from '../comments/comments.scenario.js';
import { bowtie, collection, samplePlan, squareZone } from './plan.test-data.js';
import { usePlanImport } from './plans.scenario.js';

const { db, people, scene, request, importAs } = usePlanImport();

const previewQuery = `query ($c: ID!, $input: PlanPreviewInput!) {
  planImportPreview(consultationId: $c, input: $input) {
    featureCount importable metresOutside replaces { id }
    zones { index symbol designationCode geometry problems parameters { key value unit } }
    problems { index reason } } }`;

type Preview = {
  planImportPreview: {
    featureCount: number;
    importable: boolean;
    metresOutside: number;
    replaces: { id: string } | null;
    zones: {
      index: number;
      symbol: string;
      geometry: { coordinates: number[][][][] };
      problems: string[];
    }[];
    problems: { index: number; reason: string }[];
  };
};

const preview = (input: Record<string, unknown>, c = scene.consultationId, who = people.planner) =>
  request<Preview>(previewQuery, { c, input }, who.headers).then(({ body }) => body);

/** What the database holds of plans and the audit log: a preview must not change it. */
const written = async () =>
  (
    await db.pool.query(
      `SELECT (SELECT count(*) FROM spatial_plan)::int AS plans,
              (SELECT count(*) FROM plan_zone)::int AS zones,
              (SELECT count(*) FROM plan_reassignment)::int AS steps,
              (SELECT count(*) FROM audit_event)::int AS audit`,
    )
  ).rows[0];

describe('previewing a plan file', () => {
  const twoBad = () => {
    const noSymbol = squareZone(1, { symbol: undefined });
    return collection([squareZone(0), noSymbol, squareZone(2), bowtie(3)]);
  };

  test('a file with two bad features names both, shows the good zones, and writes nothing', async () => {
    const before = await written();
    const { data, errors } = await preview({ features: twoBad() });
    expect(errors).toBeUndefined();
    const result = data?.planImportPreview;
    expect(result?.featureCount).toBe(4);
    expect(result?.importable).toBe(false);
    expect(result?.problems.map((p) => p.index)).toEqual([1, 3]);
    expect(result?.problems[0]?.reason).toBe('symbol is missing');
    expect(result?.problems[1]?.reason).toMatch(/^geometry is invalid: Self-intersection/);
    expect(result?.zones.map((z) => [z.index, z.problems.length])).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
      [3, 1],
    ]);
    expect(await written()).toEqual(before);
  });

  test('the import refuses the same file with the very same faults', async () => {
    const { data } = await preview({ features: twoBad() });
    const { error, stored } = await importAs(twoBad());
    expect(error?.extensions).toMatchObject({
      reason: 'PLAN_FEATURES_INVALID',
      params: { invalid: 2, total: 4 },
    });
    const listed = data?.planImportPreview.problems.map((p) => `features[${p.index}]: ${p.reason}`);
    expect(error?.message).toContain(listed?.join('; '));
    expect(stored).toBe(0);
  });

  test('an EPSG:2180 file, as text, is shown in degrees and is importable', async () => {
    const { data, errors } = await preview({
      crs: 'EPSG_2180',
      text: JSON.stringify(samplePlan(2180)),
    });
    expect(errors).toBeUndefined();
    const result = data?.planImportPreview;
    expect(result).toMatchObject({ featureCount: 9, importable: true, metresOutside: 0 });
    const [polygon] = result?.zones[0]?.geometry.coordinates ?? [];
    const [lon, lat] = polygon?.[0]?.[0] ?? [];
    expect(lon).toBeGreaterThan(20.9);
    expect(lon).toBeLessThan(21.1);
    expect(lat).toBeGreaterThan(52.1);
    expect(lat).toBeLessThan(52.3);
  });

  test('a plan far from the area is shown with the distance, not importable', async () => {
    const { id } = await createConsultation(db, { district: 'mokotow' });
    // A small area in the south of Mokotów, some 4 km from the squares.
    await db.pool.query(
      `UPDATE consultation SET area = ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(21.05, 52.16), 4326), 0.002))
       WHERE id = $1`,
      [id],
    );
    const { data } = await preview({ features: collection([squareZone(0)]) }, id);
    expect(data?.planImportPreview.importable).toBe(false);
    expect(data?.planImportPreview.metresOutside).toBeGreaterThan(1000);
  });

  test.each([
    ['no source', {}],
    ['two sources', { features: collection([squareZone(0)]), text: '{}' }],
  ])('%s is refused PLAN_SOURCE_REQUIRED', async (_, source) => {
    const { errors } = await preview(source);
    expect(errors?.[0]?.extensions).toMatchObject({ reason: 'PLAN_SOURCE_REQUIRED' });
  });

  test('text that is no JSON is refused naming input.text', async () => {
    const { errors } = await preview({ text: '{"type": "FeatureCollection",' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
  });

  test('only the planners of the consultation preview', async () => {
    const { errors } = await preview(
      { features: collection([squareZone(0)]) },
      scene.consultationId,
      people.otherPlanner,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resident = await request(previewQuery, {
      c: scene.consultationId,
      input: { features: collection([squareZone(0)]) },
    });
    expect(resident.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const versionQuery = `query ($id: ID!) { plan(id: $id) {
  id version replacedAt previousVersion { id version } versions { id }
  changes { added removed changed unchanged }
  reassignment { status done total moved } } }`;

type Versioned = {
  plan: {
    id: string;
    version: string;
    replacedAt: string | null;
    previousVersion: { id: string; version: string } | null;
    versions: { id: string }[];
    changes: { added: string[]; removed: string[]; changed: string[]; unchanged: number } | null;
    reassignment: { status: string; done: number; total: number; moved: number } | null;
  };
};

describe('a new version of a plan', () => {
  test('replaces the plan of the same name: the old one kept, remarks moved, the change shown', async () => {
    const { id: c } = await createConsultation(db, { district: 'mokotow', status: 'DRAFT' });
    const author = await createUser(db, 'remarker');
    const at = (i: number) => {
      const [lon, lat] = squareZone(i).geometry.coordinates[0]?.[0] ?? [0, 0];
      const coordinates: [number, number] = [(lon ?? 0) + 0.0004, (lat ?? 0) + 0.0004];
      return { type: 'Point' as const, coordinates };
    };
    const input = { name: 'Plan miejscowy Służewiec' };
    const first = await importAs(collection([squareZone(0), squareZone(1), squareZone(2)]), {
      c,
      input,
    });
    const firstId = first.data?.importPlan.id ?? '';
    const ids = [];
    for (const i of [0, 1, 3, 5]) {
      ids.push(await remark(db, { consultationId: c, authorId: author.id, geometry: at(i) }));
    }
    const changed = squareZone(1, { designationCode: 'U', designationName: 'usługi' });
    const second = await importAs(collection([changed, squareZone(2), squareZone(3)]), {
      c,
      input,
    });
    expect(second.errors).toBeUndefined();
    const secondId = second.data?.importPlan.id ?? '';
    const { body } = await request<Versioned>(
      versionQuery,
      { id: secondId },
      people.planner.headers,
    );
    expect(body.data?.plan).toEqual({
      id: secondId,
      version: '2',
      replacedAt: null,
      previousVersion: { id: firstId, version: '1' },
      versions: [{ id: secondId }, { id: firstId }],
      changes: { added: ['4MW'], removed: ['1MW'], changed: ['2MW'], unchanged: 1 },
      reassignment: { status: 'DONE', done: 4, total: 4, moved: 2 },
    });
    const old = await request<Versioned>(versionQuery, { id: firstId }, people.planner.headers);
    expect(old.body.data?.plan).toMatchObject({
      replacedAt: expect.any(String),
      versions: [{ id: secondId }, { id: firstId }],
    });
    const linked = await db.prisma.consultationPlan.findMany({ where: { consultationId: c } });
    expect(linked.map((l) => l.planId)).toEqual([secondId]);
    const zones = await db.prisma.comment.findMany({
      where: { id: { in: ids } },
      select: { id: true, zone: { select: { symbol: true, planId: true } } },
    });
    expect(ids.map((id) => zones.find((z) => z.id === id)?.zone)).toEqual([
      null,
      { symbol: '2MW', planId: secondId },
      { symbol: '4MW', planId: secondId },
      null,
    ]);
    // A draft's earlier version is as private as the draft.
    const visitor = await request<Versioned>(versionQuery, { id: firstId });
    expect(visitor.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('a plan of another name is added beside it unless replacesPlanId names it', async () => {
    const { id: c } = await createConsultation(db, { district: 'mokotow' });
    const first = await importAs(collection([squareZone(0)]), { c });
    const firstId = first.data?.importPlan.id ?? '';
    await importAs(collection([squareZone(1)]), { c });
    expect(await db.prisma.consultationPlan.count({ where: { consultationId: c } })).toBe(2);
    const third = await importAs(collection([squareZone(2)]), {
      c,
      input: { replacesPlanId: firstId, version: '2026-12' },
    });
    expect(third.data?.importPlan.version).toBe('2026-12');
    const links = await db.prisma.consultationPlan.findMany({ where: { consultationId: c } });
    expect(links.map((l) => l.planId)).not.toContain(firstId);
    expect(links).toHaveLength(2);
  });

  test('replacesPlanId must be a plan of the consultation', async () => {
    const { error, stored } = await importAs(collection([squareZone(0)]), {
      input: { replacesPlanId: '00000000-0000-0000-0000-000000000000' },
    });
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.replacesPlanId' });
    expect(stored).toBe(0);
  });
});
