import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { useTestServer } from '../../../test/server.js';
import { places } from '../../modules/comments/comments.scenario.js';
import { squareZone } from '../../modules/plans/plan.test-data.js';
import {
  type Case,
  fuzzEach,
  fuzzServerEnv,
  type Property,
  refusalOf,
} from './bad-input.harness.js';
import { cleanText, hostileTexts } from './bad-text.arbitraries.js';

const { db, services, request } = useTestServer(fuzzServerEnv);

const scene = { unitId: '', draftId: '', openId: '', adminId: '', planner: {}, admin: {} } as {
  unitId: string;
  draftId: string;
  openId: string;
  adminId: string;
  planner: Record<string, string>;
  admin: Record<string, string>;
};

/** An office of the run's own over Mokotów, so that counting its consultations counts ours. */
async function fuzzOffice() {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO organisation_unit (kind, name, slug, area_id)
     SELECT 'DISTRICT_OFFICE', 'Fuzz office ' || $1, 'fuzz-' || $1, area_id
     FROM organisation_unit WHERE slug = 'urzad-dzielnicy-mokotow' RETURNING id`,
    [randomUUID()],
  );
  return rows[0]?.id ?? '';
}

const consultationOf = async (unitId: string, status: string) => {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO consultation (title, unit_id, status, opens_at, closes_at, area)
     SELECT 'Fuzzed consultation', u.id, $2, now() - interval '1 day', now() + interval '9 days',
            a.geometry
     FROM organisation_unit u JOIN area a ON a.id = u.area_id WHERE u.id = $1 RETURNING id`,
    [unitId, status],
  );
  return rows[0]?.id ?? '';
};

beforeAll(async () => {
  scene.unitId = await fuzzOffice();
  scene.draftId = await consultationOf(scene.unitId, 'DRAFT');
  scene.openId = await consultationOf(scene.unitId, 'OPEN');
  const roles = [{ role: 'PLANNER' as const, unitId: scene.unitId }];
  scene.planner = (await signedInUser(db, services, 'fuzz planner', { roles })).headers;
  const admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
  scene.admin = admin.headers;
  scene.adminId = admin.user.id;
});

const rowsOf = (table: string, column: string, id: () => string) => async () =>
  (
    await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
      [id()],
    )
  ).rows[0]?.n ?? 0;

const consultationLimits = {
  title: [3, 200],
  summary: [0, 1000],
  description: [0, 50_000],
  topic: [1, 80],
} as const;
const consultationInput = hostileTexts(consultationLimits).map(({ texts, refusal }) => {
  const { topic, ...fields } = texts;
  return {
    variables: { input: { ...fields, topics: ['Zieleń', topic] } },
    refusal: refusalOf(refusal, (key) => (key === 'topic' ? 'input.topics[1]' : `input.${key}`)),
  };
});

const url = fc.oneof(
  cleanText(),
  cleanText().map((path) => `https://plac.example/${path}`),
  fc.webUrl(),
);

const planTexts = hostileTexts(
  {
    name: [3, 300],
    version: [1, 50],
    symbol: [1, 40],
    designationCode: [1, 16],
    designationName: [1, 300],
    parameterKey: [1, 80],
    parameterUnit: [0, 30],
  },
  { designationCode: fc.constantFrom('MW', 'U/MW', 'KD-Z') },
);
const plan = fc
  .tuple(planTexts, fc.constantFrom('EPSG_4326', undefined), fc.boolean())
  .map(([{ texts, refusal }, crs, listed]): Case => {
    const { name, version, parameterKey: key, parameterUnit: unit, ...properties } = texts;
    // Parameters come as a list of {key, value, unit}, or as an object of key → value.
    const parameters = listed ? [{ key, value: 1, unit }] : { [key]: unit };
    const zone = squareZone(0, { ...properties, parameters });
    const collection = { type: 'FeatureCollection', features: [zone] };
    const input = { kind: 'LOCAL_PLAN', stage: 'DRAFT_FOR_CONSULTATION', crs, name, version };
    const at = 'input.features.features[0].properties';
    const parameterPath = (list: boolean, isKey: boolean, key: string) =>
      list
        ? `${at}.parameters[0].${isKey ? 'key' : 'unit'}`
        : `${at}.parameters${isKey ? '' : `.${key}`}`;
    const path = (k: string) =>
      k === 'name' || k === 'version'
        ? `input.${k}`
        : k.startsWith('parameter')
          ? parameterPath(listed, k === 'parameterKey', key)
          : `${at}.${k}`;
    return {
      variables: { id: scene.openId, input: { ...input, features: collection } },
      refusal: refusalOf(refusal, path),
    };
  });

const properties: Property[] = [
  {
    name: 'createConsultation',
    target: () => ({
      operation: 'mutation',
      field: 'createConsultation(unitId: $unitId, input: $input) { id }',
      variables: { unitId: 'ID!', input: 'ConsultationInput!' },
      headers: scene.planner,
      rows: rowsOf('consultation', 'unit_id', () => scene.unitId),
    }),
    cases: () =>
      consultationInput.map((c) => ({ ...c, variables: { ...c.variables, unitId: scene.unitId } })),
  },
  {
    name: 'updateConsultation',
    target: () => ({
      operation: 'mutation',
      field: 'updateConsultation(id: $id, input: $input) { id }',
      variables: { id: 'ID!', input: 'ConsultationInput!' },
      headers: scene.planner,
      state: () =>
        db.pool
          .query('SELECT title, summary, description FROM consultation WHERE id = $1', [
            scene.draftId,
          ])
          .then((r) => r.rows[0]),
    }),
    cases: () =>
      consultationInput.map((c) => ({ ...c, variables: { ...c.variables, id: scene.draftId } })),
    size: 1,
  },
  {
    name: 'addConsultationDocument',
    target: () => ({
      operation: 'mutation',
      field: 'addConsultationDocument(consultationId: $id, input: $input) { id }',
      variables: { id: 'ID!', input: 'DocumentInput!' },
      headers: scene.planner,
      rows: rowsOf('consultation_document', 'consultation_id', () => scene.openId),
    }),
    cases: () =>
      fc.tuple(hostileTexts({ title: [1, 200] }), url).map(([{ texts, refusal }, link]) => ({
        variables: { id: scene.openId, input: { title: texts.title, url: link, kind: 'OTHER' } },
        refusal: refusalOf(refusal, () => 'input.title'),
      })),
  },
  {
    name: 'addMeeting',
    target: () => ({
      operation: 'mutation',
      field: 'addMeeting(consultationId: $id, input: $input) { id }',
      variables: { id: 'ID!', input: 'MeetingInput!' },
      headers: scene.planner,
      rows: rowsOf('meeting', 'consultation_id', () => scene.openId),
    }),
    cases: () =>
      fc
        .tuple(hostileTexts({ title: [1, 200], address: [0, 500] }), fc.option(url), fc.boolean())
        .map(([{ texts, refusal }, onlineUrl, placed]) => ({
          variables: {
            id: scene.openId,
            input: {
              ...texts,
              kind: 'WORKSHOP',
              startsAt: '2030-05-01T16:00:00.000Z',
              endsAt: '2030-05-01T18:00:00.000Z',
              place: placed ? places.mokotow : null,
              onlineUrl,
            },
          },
          refusal: refusalOf(refusal, (key) => `input.${key}`),
        })),
  },
  {
    name: 'importPlan',
    target: () => ({
      operation: 'mutation',
      field: 'importPlan(consultationId: $id, input: $input) { id }',
      variables: { id: 'ID!', input: 'PlanImportInput!' },
      headers: scene.planner,
      rows: rowsOf('consultation_plan', 'consultation_id', () => scene.openId),
    }),
    cases: () => plan,
  },
  {
    name: 'createUnit',
    target: () => ({
      operation: 'mutation',
      field: 'createUnit(input: $input) { id }',
      variables: { input: 'UnitInput!' },
      headers: scene.admin,
      rows: () =>
        db.prisma.auditEvent.count({ where: { action: 'unit.create', actorId: scene.adminId } }),
    }),
    cases: () =>
      hostileTexts({ name: [2, 160] }).map(({ texts, refusal }) => ({
        variables: { input: { kind: 'CITY_BUREAU', name: texts.name } },
        refusal: refusalOf(refusal, () => 'input.name'),
      })),
  },
];

fuzzEach(
  'consultations, plans and units: no generated text gets a server error, nor writes when refused',
  request,
  properties,
);
