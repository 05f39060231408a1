import { beforeAll, describe, expect, test } from 'vitest';
import { plannerOf } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { endVoting } from '../editions/edition.scenario.js';

const { db, services, request } = useTestServer({ PLAC_MAX_VERTICES: '50' });

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
let e: Edition;
let planner: Record<string, string>;
let outsider: Record<string, string>;
const first = (ids: string[]) => ids[0] ?? '';

// Near Królikarnia in Mokotów; a point in Wola; one south of the city, past Konstancin.
const mokotow = { type: 'Point', coordinates: [21.025, 52.186] };
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [21.03, 52.18],
      [21.032, 52.18],
      [21.032, 52.181],
      [21.03, 52.18],
    ],
  ],
};
const wola = { type: 'Point', coordinates: [20.96, 52.235] };
const pastTheCity = { type: 'Point', coordinates: [21.1, 52.0] };

beforeAll(async () => {
  e = await createBudgetEdition(db);
  planner = (await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'locating-planner')).headers;
  outsider = (await plannerOf(db, services, 'urzad-dzielnicy-wola', 'locating-outsider')).headers;
});

const set = `mutation ($p: ID!, $l: [ProjectLocationInput!]!) {
  setBudgetProjectLocations(projectId: $p, locations: $l) {
    id locations { geometry illustrative } } }`;

type Placed = {
  setBudgetProjectLocations: { locations: { geometry: unknown; illustrative: boolean }[] };
};

const written = async (projectId: string) => {
  const { rows } = await db.pool.query<{ locations: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM budget_project_location WHERE project_id = $1) AS locations,
            (SELECT count(*)::int FROM audit_event WHERE target_id = $1::text
               AND action = 'budget.project.locations') AS audits`,
    [projectId],
  );
  return rows[0];
};

/** Metres from the area to the point, rounded up, as PostGIS measures them. */
const metresFrom = async (areaSql: string, point: { coordinates: number[] }) => {
  const { rows } = await db.pool.query<{ meters: number }>(
    `SELECT ceil(ST_Distance(a.geometry::geography,
              ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography))::int AS meters
     FROM area a WHERE ${areaSql}`,
    point.coordinates,
  );
  return rows[0]?.meters;
};

test('a planner of the pool places a project, then corrects it; each change audited', async () => {
  const p = first(e.mokotow.projects);
  const placed = await request<Placed>(
    set,
    { p, l: [{ geometry: mokotow }, { geometry: square, illustrative: true }] },
    planner,
  );
  expect(placed.body.errors).toBeUndefined();
  const locations = placed.body.data?.setBudgetProjectLocations.locations ?? [];
  expect(locations).toHaveLength(2);
  expect(locations).toContainEqual({ geometry: mokotow, illustrative: false });
  expect(locations.find((l) => l.illustrative)?.geometry).toMatchObject({ type: 'Polygon' });

  const corrected = await request<Placed>(set, { p, l: [{ geometry: square }] }, planner);
  expect(corrected.body.data?.setBudgetProjectLocations.locations).toEqual([
    { geometry: square, illustrative: false },
  ]);
  const { rows } = await db.pool.query(
    `SELECT before, after FROM audit_event
     WHERE target_id = $1 AND action = 'budget.project.locations' ORDER BY id`,
    [p],
  );
  expect(rows).toHaveLength(2);
  expect(rows[1]?.after).toEqual({ locations: [{ geometry: square, illustrative: false }] });
  const before = (rows[1]?.before.locations ?? []) as { illustrative: boolean }[];
  expect(before.map((l) => l.illustrative).sort()).toEqual([false, true]);
});

describe('refused, naming the field, and nothing written', () => {
  const refused = async (
    p: string,
    locations: unknown[],
    headers: Record<string, string>,
    expected: { code: string; field?: string; reason?: string },
  ) => {
    const before = await written(p);
    const { body } = await request(set, { p, l: locations }, headers);
    expect(body.errors?.[0]?.extensions).toMatchObject(expected);
    expect(body.errors?.[0]?.extensions?.field).toBe(expected.field);
    expect(await written(p)).toEqual(before);
    return body.errors?.[0]?.extensions?.params;
  };

  test('outside the pool area, with the distance', async () => {
    const params = await refused(
      e.mokotow.projects[1] ?? '',
      [{ geometry: mokotow }, { geometry: wola }],
      planner,
      {
        code: 'BAD_USER_INPUT',
        field: 'locations[1].geometry',
        reason: 'PROJECT_OUTSIDE_POOL_AREA',
      },
    );
    const meters = await metresFrom(`slug = 'mokotow'`, wola);
    expect(meters).toBeGreaterThan(1000);
    expect(params).toEqual({ pool: 'Mokotów', meters });
  });

  test('a city-wide project outside Warsaw, with the distance', async () => {
    const params = await refused(
      first(e.citywide.projects),
      [{ geometry: pastTheCity }],
      {
        ...(await plannerOfCitywide()),
      },
      { code: 'BAD_USER_INPUT', field: 'locations[0].geometry', reason: 'PROJECT_OUTSIDE_CITY' },
    );
    expect(params).toEqual({ meters: await metresFrom(`kind = 'CITY'`, pastTheCity) });
  });

  test('too many locations, too many vertices, or not a point, line or area', async () => {
    const p = e.mokotow.projects[2] ?? '';
    const many = Array.from({ length: 21 }, () => ({ geometry: mokotow }));
    const params = await refused(p, many, planner, {
      code: 'BAD_USER_INPUT',
      field: 'locations',
      reason: 'PROJECT_LOCATIONS_TOO_MANY',
    });
    expect(params).toEqual({ max: 20 });
    const long = {
      type: 'LineString',
      coordinates: Array.from({ length: 51 }, (_, i) => [21.02 + i * 0.0001, 52.186]),
    };
    await refused(p, [{ geometry: long }], planner, {
      code: 'BAD_USER_INPUT',
      field: 'locations[0].geometry',
      reason: 'GEOMETRY_TOO_MANY_VERTICES',
    });
    const multi = { type: 'MultiPoint', coordinates: [[21.025, 52.186]] };
    await refused(p, [{ geometry: multi }], planner, {
      code: 'BAD_USER_INPUT',
      field: 'locations[0].geometry',
    });
  });

  test('a planner of another unit, or once VOTING has ended', async () => {
    await refused(first(e.mokotow.projects), [{ geometry: mokotow }], outsider, {
      code: 'FORBIDDEN',
    });
    const late = await createBudgetEdition(db);
    await endVoting(db, late.editionId);
    await refused(first(late.mokotow.projects), [{ geometry: mokotow }], planner, {
      code: 'BAD_USER_INPUT',
      field: 'projectId',
      reason: 'PHASE_VOTING_ENDED',
    });
  });
});

async function plannerOfCitywide() {
  const { rows } = await db.pool.query<{ slug: string }>(
    `SELECT u.slug FROM budget_pool pl JOIN organisation_unit u ON u.id = pl.unit_id WHERE pl.id = $1`,
    [e.citywide.id],
  );
  return (await plannerOf(db, services, rows[0]?.slug ?? '', 'locating-citywide')).headers;
}

test('projects filter by whether they have a location yet', async () => {
  const ids = async (located: boolean) => {
    const { body } = await request<{ projects: { edges: { node: { id: string } }[] } }>(
      'query ($e: ID!, $l: Boolean) { projects(filter: { editionId: $e, located: $l }) { edges { node { id } } } }',
      { e: e.editionId, l: located },
    );
    return (body.data?.projects.edges ?? []).map((edge) => edge.node.id);
  };
  await request(set, { p: first(e.wola.projects), l: [{ geometry: wola }] }, outsider);
  const located = await ids(true);
  expect(located).toContain(first(e.wola.projects));
  const unlocated = await ids(false);
  expect(unlocated).toContain(e.wola.projects[1]);
  expect(unlocated).not.toContain(first(e.wola.projects));
  expect(located.length + unlocated.length).toBe(9);
});
