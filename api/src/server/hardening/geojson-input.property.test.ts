import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll } from 'vitest';
import { organisers, signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import type { GeometryType } from '../../geo/geojson.js';
import { createBudgetEdition } from '../../modules/budget/budget.scenario.js';
import { insideMokotow, remark } from '../../modules/comments/comments.scenario.js';
import {
  anyGeometry,
  geometriesNear,
  notGeoJSON,
  withAltitude,
} from './bad-geojson.arbitraries.js';
import {
  type Case,
  fuzzEach,
  fuzzServerEnv,
  type Property,
  type Target,
} from './bad-input.harness.js';

const { db, services, request } = useTestServer(fuzzServerEnv);

const scene = {
  consultationId: '',
  ownRemark: '',
  unitId: '',
  poolId: '',
  author: {} as Record<string, string>,
  planner: {} as Record<string, string>,
  unitPlanner: {} as Record<string, string>,
};

beforeAll(async () => {
  const consultation = await createConsultation(db);
  scene.consultationId = consultation.id;
  const author = await signedInUser(db, services, 'fuzzed author');
  scene.author = author.headers;
  scene.ownRemark = await remark(db, { consultationId: consultation.id, authorId: author.user.id });
  scene.planner = (await organisers(db, services)).planner.headers;
  scene.poolId = (await createBudgetEdition(db, { phase: 'SUBMISSION' })).mokotow.id;
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO organisation_unit (kind, name, slug, area_id)
     SELECT 'DISTRICT_OFFICE', 'Fuzz office ' || $1, 'fuzz-' || $1, area_id
     FROM organisation_unit WHERE slug = 'urzad-dzielnicy-mokotow' RETURNING id`,
    [randomUUID()],
  );
  scene.unitId = rows[0]?.id ?? '';
  const roles = [{ role: 'PLANNER' as const, unitId: scene.unitId }];
  scene.unitPlanner = (await signedInUser(db, services, 'unit planner', { roles })).headers;
});

const all = Object.keys(geometriesNear(insideMokotow)) as GeometryType[];

/**
 * Geometries for an argument taking `allowed`: well-formed ones near Mokotów (some valid, some
 * PostGIS-invalid), the same with an altitude (refused GEOMETRY_3D_NOT_ALLOWED), a type the
 * argument does not take (GEOMETRY_TYPE_NOT_ALLOWED), any GeoJSON-looking object, and values
 * that are no GeoJSON at all. `send` puts the geometry into the case's variables.
 */
function geometryCases(
  allowed: readonly GeometryType[],
  field: string,
  send: (geometry: unknown) => Record<string, unknown>,
): fc.Arbitrary<Case> {
  const near = geometriesNear(insideMokotow);
  const taken = fc.oneof(...allowed.map((type) => near[type]));
  const refusedTypes = all.filter((type) => !allowed.includes(type));
  const as = (refusal?: Case['refusal']) => (geometry: unknown) => ({
    variables: send(geometry),
    refusal,
  });
  return fc.oneof(
    { weight: 3, arbitrary: taken.map(as()) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(taken, fc.nat(), fc.constantFrom([110], [0, 7]))
        .map(([g, i, extra]) => withAltitude(g, i, extra).geometry)
        .map(as({ reason: 'GEOMETRY_3D_NOT_ALLOWED', field })),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(...refusedTypes.map((type) => near[type]))
        .map(as({ reason: 'GEOMETRY_TYPE_NOT_ALLOWED', field })),
    },
    { weight: 3, arbitrary: anyGeometry.map(as()) },
    { weight: 1, arbitrary: notGeoJSON.map(as()) },
  );
}

const count = (table: string, column: string, id: () => string) => async () =>
  (
    await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
      [id()],
    )
  ).rows[0]?.n ?? 0;

const radius = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1, 500),
);
const remarkAt = (geometry: unknown) => ({
  input: { consultationId: scene.consultationId, body: 'Uwaga', stance: 'PROPOSAL', geometry },
});
const pointAndLine = ['Point', 'LineString', 'Polygon'] as const;
const intersecting = ['Point', 'LineString', 'Polygon', 'MultiPolygon'] as const;
const mutation = (
  field: string,
  variables: Record<string, string>,
  headers: () => Record<string, string>,
) => ({ operation: 'mutation', field, variables, headers: headers() }) as const;
const query = (field: string, variables: Record<string, string>): Target => ({
  operation: 'query',
  field,
  variables,
});

const properties: Property[] = [
  {
    name: 'addComment.geometry',
    target: () => ({
      ...mutation(
        'addComment(input: $input) { id }',
        { input: 'AddCommentInput!' },
        () => scene.author,
      ),
      rows: count('comment', 'consultation_id', () => scene.consultationId),
    }),
    cases: () => geometryCases(pointAndLine, 'input.geometry', remarkAt),
  },
  {
    name: 'editComment.geometry',
    target: () => ({
      ...mutation(
        'editComment(id: $id, input: $input) { id }',
        { id: 'ID!', input: 'EditCommentInput!' },
        () => scene.author,
      ),
      rows: count('comment_version', 'comment_id', () => scene.ownRemark),
    }),
    cases: () =>
      geometryCases(pointAndLine, 'input.geometry', (geometry) => ({
        id: scene.ownRemark,
        input: { geometry },
      })),
  },
  {
    name: 'createConsultation.area',
    target: () => ({
      ...mutation(
        'createConsultation(unitId: $unitId, input: $input) { id }',
        { unitId: 'ID!', input: 'ConsultationInput!' },
        () => scene.unitPlanner,
      ),
      rows: count('consultation', 'unit_id', () => scene.unitId),
    }),
    cases: () =>
      geometryCases(['Polygon', 'MultiPolygon'], 'input.area', (area) => ({
        unitId: scene.unitId,
        input: { title: 'Konsultacje', area },
      })),
  },
  {
    name: 'addMeeting.place',
    target: () => ({
      ...mutation(
        'addMeeting(consultationId: $id, input: $input) { id }',
        { id: 'ID!', input: 'MeetingInput!' },
        () => scene.planner,
      ),
      rows: count('meeting', 'consultation_id', () => scene.consultationId),
    }),
    cases: () =>
      geometryCases(['Point'], 'input.place', (place) => ({
        id: scene.consultationId,
        input: {
          title: 'Spacer',
          kind: 'STUDY_WALK',
          startsAt: '2030-05-01T16:00:00.000Z',
          endsAt: '2030-05-01T18:00:00.000Z',
          place,
        },
      })),
  },
  {
    name: 'createBudgetProject.locations',
    target: () => ({
      ...mutation(
        'createBudgetProject(poolId: $poolId, input: $input) { id }',
        { poolId: 'ID!', input: 'BudgetProjectInput!' },
        () => scene.planner,
      ),
      rows: count('budget_project', 'pool_id', () => scene.poolId),
    }),
    cases: () =>
      geometryCases(pointAndLine, 'input.locations[0]', (location) => ({
        poolId: scene.poolId,
        input: { title: 'Ławki', costGrosze: '100000', locations: [location] },
      })),
  },
  {
    name: 'importPlan.geometry',
    target: () => ({
      ...mutation(
        'importPlan(consultationId: $id, input: $input) { id }',
        { id: 'ID!', input: 'PlanImportInput!' },
        () => scene.planner,
      ),
      // One re-assignment step per import: a plan of the same name replaces its link.
      rows: count('plan_reassignment', 'consultation_id', () => scene.consultationId),
    }),
    // A plan's faults are listed together (PLAN_FEATURES_INVALID), and its altitudes dropped.
    cases: () =>
      geometryCases(['Polygon', 'MultiPolygon'], 'input.features', (geometry) => ({
        id: scene.consultationId,
        input: {
          kind: 'LOCAL_PLAN',
          name: 'Plan',
          stage: 'DRAFT_FOR_CONSULTATION',
          features: {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                properties: { symbol: '1MW', designationCode: 'MW', designationName: 'Zabudowa' },
                geometry,
              },
            ],
          },
        },
      })).map((c) => ({ variables: c.variables })),
  },
  {
    name: 'areaAt',
    target: () => query('areaAt(point: $point) { id }', { point: 'GeoJSON!' }),
    cases: () => geometryCases(['Point'], 'point', (point) => ({ point })),
  },
  {
    name: 'areas.intersecting',
    target: () => query('areas(intersecting: $g) { id }', { g: 'GeoJSON' }),
    cases: () => geometryCases(intersecting, 'intersecting', (g) => ({ g })),
  },
  {
    name: 'consultations.intersecting',
    target: () =>
      query('consultations(filter: { intersecting: $g }) { edges { node { id } } }', {
        g: 'GeoJSON',
      }),
    cases: () => geometryCases(intersecting, 'filter.intersecting', (g) => ({ g })),
  },
  {
    name: 'consultations.near',
    target: () =>
      query('consultations(filter: { near: $g, radiusMeters: $r }) { edges { node { id } } }', {
        g: 'GeoJSON',
        r: 'Float',
      }),
    cases: () =>
      fc
        .tuple(
          geometryCases(['Point'], 'filter.near', (g) => ({ g })),
          fc.constantFrom(1, 500),
        )
        .map(([c, r]) => ({ ...c, variables: { ...c.variables, r } })),
  },
  {
    name: 'comments.intersecting',
    target: () =>
      query(
        'comments(consultationId: $c, filter: { intersecting: $g }) { edges { node { id } } }',
        {
          c: 'ID!',
          g: 'GeoJSON',
        },
      ),
    cases: () =>
      geometryCases(intersecting, 'filter.intersecting', (g) => ({ c: scene.consultationId, g })),
  },
  {
    name: 'commentsNear',
    target: () =>
      query('commentsNear(point: $p, radiusMeters: $r) { id }', { p: 'GeoJSON!', r: 'Float!' }),
    cases: () =>
      fc
        .tuple(
          geometryCases(['Point'], 'point', (p) => ({ p })),
          radius,
        )
        .map(([c, r]) => ({ ...c, variables: { ...c.variables, r } })),
    // Two such queries at once per address (REQUESTS_TOO_MANY_AT_ONCE), so two at a time.
    size: 2,
  },
  {
    name: 'projects.intersecting',
    target: () =>
      query('projects(filter: { intersecting: $g }) { edges { node { id } } }', { g: 'GeoJSON' }),
    cases: () => geometryCases(intersecting, 'filter.intersecting', (g) => ({ g })),
  },
];

fuzzEach(
  'geometry arguments: no generated geometry gets a server error, nor writes when refused',
  request,
  properties,
);
