import fc from 'fast-check';
import { beforeAll } from 'vitest';
import { organisers, signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { createBudgetEdition } from '../../modules/budget/budget.scenario.js';
import { remark } from '../../modules/comments/comments.scenario.js';
import type { casesPer } from './bad-input.cases.js';
import { type Case, fuzzEach, fuzzServerEnv, type Property } from './bad-input.harness.js';
import { cleanText, poisonedText } from './bad-text.arbitraries.js';

const { db, services, request } = useTestServer(fuzzServerEnv);

const scene = {
  ids: [] as string[],
  consultationId: '',
  editionId: '',
  projectId: '',
  neighbourId: '',
  adminId: '',
  resident: {} as Record<string, string>,
  neighbour: {} as Record<string, string>,
  moderator: {} as Record<string, string>,
  planner: {} as Record<string, string>,
  admin: {} as Record<string, string>,
};

beforeAll(async () => {
  const consultation = await createConsultation(db);
  const resident = await signedInUser(db, services, 'resident');
  const edition = await createBudgetEdition(db, { phase: 'VOTING' });
  const { admin, planner } = await organisers(db, services);
  const neighbour = await signedInUser(db, services, 'neighbour');
  scene.neighbour = neighbour.headers;
  scene.neighbourId = neighbour.user.id;
  scene.planner = planner.headers;
  scene.adminId = admin.user.id;
  scene.consultationId = consultation.id;
  scene.editionId = edition.editionId;
  scene.projectId = edition.mokotow.projects[0] ?? '';
  scene.resident = resident.headers;
  scene.admin = admin.headers;
  const roles = [{ role: 'MODERATOR' as const }];
  scene.moderator = (await signedInUser(db, services, 'moderator', { roles })).headers;
  const commentId = await remark(db, {
    consultationId: consultation.id,
    authorId: resident.user.id,
  });
  scene.ids = [
    consultation.id,
    commentId,
    edition.editionId,
    edition.mokotow.id,
    ...edition.mokotow.projects,
    resident.user.id,
  ];
});

/** Ids: real ones, UUIDs of nothing, near-UUIDs (upper case, one character more), any text. */
const plainId = () =>
  fc.oneof(
    fc.constantFrom(...scene.ids),
    fc.uuid(),
    fc
      .tuple(fc.uuid(), fc.constantFrom(' ', '{', 'x', '\n', '0'))
      .map(([uuid, extra]) => `${uuid.toUpperCase()}${extra}`),
    cleanText(80),
  );

/** An id for the argument `field`, sometimes poisoned, with the refusal that must get. */
const id = (field: string): fc.Arbitrary<{ value: string; refusal?: Case['refusal'] }> =>
  fc.oneof(
    { weight: 4, arbitrary: plainId().map((value) => ({ value })) },
    {
      weight: 1,
      arbitrary: poisonedText.map(({ text, reason }) => ({
        value: text,
        refusal: { reason, field },
      })),
    },
  );

const int = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(-1, 0, 1, 50, 100, 101, 1000),
);
const float = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 5e-324, 0.1, 1, 50, 5000, 5001, 100_000, 1e308),
);
const cursor = fc.oneof(
  fc.base64String({ maxLength: 60 }),
  cleanText(60),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? '').toString('base64url')),
);
const bbox = fc.array(float, { maxLength: 6 });
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2024-02-30T00:00:00Z',
    'wczoraj',
  ),
);

/** The query `name` by the id argument `arg`, selecting `selection`. */
const byId = (name: keyof typeof casesPer, selection: string, arg = 'id'): Property => ({
  name,
  target: () => ({
    operation: 'query',
    field: `${name}(${arg}: $${arg}) ${selection}`,
    variables: { [arg]: 'ID!' },
  }),
  cases: () => id(arg).map(({ value, refusal }) => ({ variables: { [arg]: value }, refusal })),
});

const properties: Property[] = [
  byId('consultation', '{ id }'),
  byId('comment', '{ id }'),
  byId('plan', '{ id }'),
  byId('zone', '{ id }'),
  byId('project', '{ id }'),
  byId('unit', '{ id }'),
  byId('edition', '{ id }'),
  byId('results', '{ poolId }', 'editionId'),
  byId('consultationReport', '{ totalRemarks }', 'consultationId'),
  {
    name: 'area',
    target: () => ({
      operation: 'query',
      field: 'area(id: $id, slug: $slug) { id geometry(simplify: $s) }',
      variables: { id: 'ID', slug: 'String', s: 'Float' },
    }),
    cases: () =>
      fc
        .tuple(
          fc.option(id('id')),
          fc.option(fc.oneof(cleanText(), fc.constant('mokotow'))),
          fc.option(float),
        )
        .map(([i, slug, s]) => ({
          variables: { id: i?.value ?? null, slug, s },
          refusal: i?.refusal,
        })),
  },
  {
    name: 'consultations.page',
    target: () => ({
      operation: 'query',
      field:
        'consultations(first: $first, after: $after, filter: { text: $text, unitId: $unit, bbox: $bbox }) { edges { node { id } } }',
      variables: { first: 'Int!', after: 'String', text: 'String', unit: 'ID', bbox: '[Float!]' },
    }),
    cases: () =>
      fc
        .tuple(
          int,
          fc.option(cursor),
          fc.option(cleanText(250)),
          fc.option(plainId()),
          fc.option(bbox),
        )
        .map(([first, after, text, unit, box]) => ({
          variables: { first, after, text, unit, bbox: box },
        })),
  },
  {
    name: 'comments.page',
    target: () => ({
      operation: 'query',
      field:
        'comments(consultationId: $c, first: $first, after: $after, filter: { bbox: $bbox, areaId: $area, zoneId: $zone, topicId: $topic, since: $since, until: $until }) { edges { node { id } } }',
      variables: {
        c: 'ID!',
        first: 'Int!',
        after: 'String',
        bbox: '[Float!]',
        area: 'ID',
        zone: 'ID',
        topic: 'ID',
        since: 'DateTimeISO',
        until: 'DateTimeISO',
      },
    }),
    cases: () =>
      fc
        .tuple(
          fc.tuple(int, fc.option(cursor), fc.option(bbox)),
          fc.tuple(fc.option(plainId()), fc.option(plainId()), fc.option(plainId())),
          fc.tuple(fc.option(date), fc.option(date)),
        )
        .map(([[first, after, box], [area, zone, topic], [since, until]]) => ({
          variables: {
            c: scene.consultationId,
            first,
            after,
            bbox: box,
            area,
            zone,
            topic,
            since,
            until,
          },
        })),
  },
  {
    name: 'projects.page',
    target: () => ({
      operation: 'query',
      field:
        'projects(first: $first, after: $after, filter: { category: $category, bbox: $bbox, editionId: $e, near: $near, radiusMeters: $r }) { edges { node { id } } }',
      variables: {
        first: 'Int!',
        after: 'String',
        category: 'String',
        bbox: '[Float!]',
        e: 'ID',
        near: 'GeoJSON',
        r: 'Float',
      },
    }),
    cases: () =>
      fc
        .tuple(
          int,
          fc.option(cursor),
          fc.option(cleanText()),
          fc.option(bbox),
          fc.option(plainId()),
          fc.option(float),
        )
        .map(([first, after, category, box, e, r]) => ({
          variables: {
            first,
            after,
            category,
            bbox: box,
            e,
            near: r === null ? null : { type: 'Point', coordinates: [21.0064, 52.2101] },
            r,
          },
        })),
  },
  {
    name: 'auditLog',
    target: () => ({
      operation: 'query',
      field:
        'auditLog(first: $first, after: $after, filter: { action: $action, targetType: $type, targetId: $target, actorId: $actor, since: $since }) { edges { node { id } } }',
      variables: {
        first: 'Int!',
        after: 'String',
        action: 'String',
        type: 'String',
        target: 'String',
        actor: 'ID',
        since: 'DateTimeISO',
      },
      headers: scene.admin,
    }),
    cases: () =>
      fc
        .tuple(
          fc.tuple(int, fc.option(cursor), fc.option(date)),
          fc.tuple(
            fc.option(cleanText()),
            fc.option(cleanText()),
            fc.option(cleanText()),
            fc.option(plainId()),
          ),
        )
        .map(([[first, after, since], [action, type, target, actor]]) => ({
          variables: { first, after, since, action, type, target, actor },
        })),
  },
  {
    name: 'moderationQueue',
    target: () => ({
      operation: 'query',
      field: 'moderationQueue(first: $first, after: $after) { totalCount }',
      variables: { first: 'Int!', after: 'String' },
      headers: scene.moderator,
    }),
    cases: () =>
      fc.tuple(int, fc.option(cursor)).map(([first, after]) => ({ variables: { first, after } })),
  },
  {
    name: 'feedbackByArea',
    target: () => ({
      operation: 'query',
      field: 'feedbackByArea(consultationId: $c, by: $by, cellMeters: $cell) { key total }',
      variables: { c: 'ID!', by: 'FeedbackGrouping!', cell: 'Int' },
    }),
    cases: () =>
      fc
        .tuple(
          id('consultationId'),
          fc.constantFrom('DISTRICT', 'GRID', 'PLAN_ZONE'),
          fc.option(int),
        )
        .map(([c, by, cell]) => ({ variables: { c: c.value, by, cell }, refusal: c.refusal })),
    size: 2,
  },
  {
    name: 'projectsNear',
    target: () => ({
      operation: 'query',
      field: 'projectsNear(projectId: $p, meters: $m) { distanceMeters }',
      variables: { p: 'ID!', m: 'Float!' },
    }),
    cases: () =>
      fc
        .tuple(id('projectId'), float)
        .map(([p, m]) => ({ variables: { p: p.value, m }, refusal: p.refusal })),
    size: 2,
  },
  {
    name: 'castBallot',
    target: () => ({
      operation: 'mutation',
      field: 'castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { id }',
      variables: { e: 'ID!', d: 'ID', p: '[ID!]!' },
      headers: scene.resident,
      rows: () => db.prisma.budgetBallot.count({ where: { editionId: scene.editionId } }),
    }),
    // At most one id poisoned, so that the refusal is known.
    cases: () =>
      fc
        .tuple(id('editionId'), fc.array(plainId(), { maxLength: 4 }), fc.option(plainId()))
        .map(([e, p, d]) => ({ variables: { e: e.value, d, p }, refusal: e.refusal })),
  },
  ...idMutations(),
];

/** Mutations taking ids alone: any id, never a server error, nothing written when refused. */
function idMutations(): Property[] {
  const mutation = (
    field: string,
    variables: Record<string, string>,
    headers: () => Record<string, string>,
  ) => ({ operation: 'mutation', field, variables, headers: headers() }) as const;
  const rows = (sql: string, value: () => unknown) => async () =>
    (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, [value()])).rows[0]
      ?.n ?? 0;
  return [
    {
      name: 'supportComment',
      target: () => ({
        ...mutation('supportComment(id: $id) { id }', { id: 'ID!' }, () => scene.neighbour),
        rows: rows('comment_support WHERE user_id = $1', () => scene.neighbourId),
      }),
      cases: () => id('id').map(({ value, refusal }) => ({ variables: { id: value }, refusal })),
    },
    {
      name: 'setConsultationCoordinators',
      target: () => ({
        ...mutation(
          'setConsultationCoordinators(consultationId: $c, userIds: $u) { id }',
          { c: 'ID!', u: '[ID!]!' },
          () => scene.planner,
        ),
        state: () =>
          db.prisma.consultationCoordinator.findMany({
            where: { consultationId: scene.consultationId },
          }),
      }),
      cases: () =>
        fc
          .tuple(id('consultationId'), fc.array(plainId(), { maxLength: 3 }))
          .map(([c, u]) => ({ variables: { c: c.value, u }, refusal: c.refusal })),
      size: 1,
    },
    {
      name: 'grantRole',
      target: () => ({
        ...mutation(
          'grantRole(input: $input) { id }',
          { input: 'RoleGrantInput!' },
          () => scene.admin,
        ),
        rows: rows('audit_event WHERE actor_id = $1', () => scene.adminId),
      }),
      cases: () =>
        fc
          .tuple(id('input.userId'), fc.constantFrom('MODERATOR', 'PLANNER'), fc.option(plainId()))
          .map(([u, role, unitId]) => ({
            variables: { input: { userId: u.value, role, unitId } },
            refusal: u.refusal,
          })),
    },
    {
      name: 'markProjectsConflicting',
      target: () => ({
        ...mutation(
          'markProjectsConflicting(projectId: $a, otherProjectId: $b)',
          { a: 'ID!', b: 'ID!' },
          () => scene.planner,
        ),
        rows: rows(
          'budget_project_conflict WHERE project_a_id = ANY($1::uuid[]) OR project_b_id = ANY($1::uuid[])',
          () => scene.ids,
        ),
      }),
      cases: () =>
        fc.tuple(id('projectId'), plainId()).map(([a, b]) => ({
          variables: { a: a.value, b },
          refusal: a.refusal,
        })),
    },
  ];
}

fuzzEach(
  'ids, pages, boxes and numbers: never a server error, nothing written when refused',
  request,
  properties,
);
