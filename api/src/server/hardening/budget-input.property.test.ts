import fc from 'fast-check';
import { beforeAll } from 'vitest';
import { plannerOf, signedInUser } from '../../../test/personas.js';
import { createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { createBudgetEdition } from '../../modules/budget/budget.scenario.js';
import { insideMokotow, point } from '../../modules/comments/comments.scenario.js';
import {
  type Case,
  fuzzEach,
  fuzzServerEnv,
  type Property,
  refusalOf,
} from './bad-input.harness.js';
import { cleanText, hostileTexts } from './bad-text.arbitraries.js';

const { db, services, request } = useTestServer(fuzzServerEnv);

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
const scene = {
  submission: {} as Edition,
  voting: {} as Edition,
  adminId: '',
  unitId: '',
  areaIds: [] as string[],
  admin: {} as Record<string, string>,
  planner: {} as Record<string, string>,
  /** Whom the paper ballots are entered for: after the first, each is refused as a second. */
  paperVoter: '',
};

beforeAll(async () => {
  scene.submission = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  scene.voting = await createBudgetEdition(db, { phase: 'VOTING' });
  const admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
  scene.admin = admin.headers;
  scene.adminId = admin.user.id;
  scene.planner = (await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'planner')).headers;
  scene.paperVoter = (await createUser(db, 'paper-voter', { verified: true })).email ?? '';
  const areas = await db.prisma.area.findMany({ select: { id: true } });
  scene.areaIds = areas.map((a) => a.id);
  scene.unitId = (await db.prisma.organisationUnit.findFirstOrThrow({ select: { id: true } })).id;
});

const count = (table: string, column: string, id: () => string) => async () =>
  (
    await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
      [id()],
    )
  ).rows[0]?.n ?? 0;
const audited = (action: string) => () =>
  db.prisma.auditEvent.count({ where: { action, actorId: scene.adminId } });

/** Whole numbers as text: valid, zero, negative, past bigint, not numbers at all. */
const digits = fc.oneof(
  fc.bigInt({ min: 1n, max: 10n ** 18n }).map(String),
  fc.constantFrom('0', '-1', '1', ' 100 ', '1e3', '1.5', '9223372036854775808', '', 'zł'),
  cleanText(),
);
/** Ints the schema takes, around each limit a field may have. */
const int = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(-1, 0, 1, 120, 121, 1000, 1001, 1999, 2000, 2200, 2201, 2_000_000_001),
);

/** Mostly `valid`, else any of `hostile`, so that cases get past this field to the others. */
const mostly = <T>(valid: T, hostile: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(valid), weight: 3 }, { arbitrary: hostile, weight: 1 });

/** A one-project, one-ballot Pabulib file with generated META values and project name. */
const pabulib = fc
  .tuple(
    hostileTexts({ description: [3, 200], unit: [1, 200], subunit: [1, 200], name: [1, 300] }),
    fc.tuple(
      mostly('2021', digits),
      mostly('100000', digits),
      mostly('1', digits),
      mostly('50000', digits),
    ),
    fc.constantFrom('urzad-dzielnicy-mokotow', 'nie-ma-takiej', null),
  )
  .map(([{ texts, refusal }, [instance, budget, max, cost], unitSlug]): Case => {
    const file = [
      'META',
      'key;value',
      `description;${texts.description}`,
      `unit;${texts.unit}`,
      `subunit;${texts.subunit}`,
      `instance;${instance}`,
      `budget;${budget}`,
      `max_length;${max}`,
      'vote_type;approval',
      'PROJECTS',
      'project_id;cost;name',
      `1;${cost};${texts.name}`,
      'VOTES',
      'voter_id;vote',
      'v1;1',
    ].join('\n');
    return { variables: { file, unitSlug }, refusal: refusalOf(refusal, () => 'file') };
  });

const phases = fc.constantFrom(
  [],
  [{ phase: 'SUBMISSION', startsAt: '2031-01-01T00:00:00Z', endsAt: '2031-02-01T00:00:00Z' }],
);

const properties: Property[] = [
  {
    name: 'createBudgetEdition',
    target: () => ({
      operation: 'mutation',
      field: 'createBudgetEdition(input: $input) { id }',
      variables: { input: 'BudgetEditionInput!' },
      headers: scene.admin,
      rows: audited('budget.createEdition'),
    }),
    cases: () =>
      fc
        .tuple(
          hostileTexts({ title: [3, 200] }),
          fc.tuple(mostly(2030, int), mostly(3, int), mostly(2, int), mostly(10, int)),
          fc.tuple(mostly(5, int), mostly(16, int)),
          phases,
        )
        .map(([{ texts, refusal }, [year, a, b, c], [d, minAge], p]) => ({
          variables: {
            input: {
              title: texts.title,
              year,
              areaMaxApprovals: a,
              citywideMaxApprovals: b,
              areaMinVotes: c,
              citywideMinVotes: d,
              minAge,
              phases: p,
            },
          },
          refusal: refusalOf(refusal, () => 'input.title'),
        })),
  },
  {
    name: 'createBudgetPool',
    target: () => ({
      operation: 'mutation',
      field: 'createBudgetPool(input: $input) { id }',
      variables: { input: 'BudgetPoolInput!' },
      headers: scene.admin,
      rows: count('budget_pool', 'edition_id', () => scene.submission.editionId),
    }),
    // The first pool of each area is created, the next ones conflict.
    cases: () =>
      fc
        .tuple(
          hostileTexts({ name: [1, 200] }),
          mostly('100000000', digits),
          fc.constantFrom(...scene.areaIds),
        )
        .map(([{ texts, refusal }, amount, areaId]) => ({
          variables: {
            input: {
              editionId: scene.submission.editionId,
              name: texts.name,
              kind: 'AREA',
              areaId,
              unitId: scene.unitId,
              amountGrosze: amount,
            },
          },
          refusal: refusalOf(refusal, () => 'input.name'),
        })),
  },
  {
    name: 'createBudgetProject',
    target: () => ({
      operation: 'mutation',
      field: 'createBudgetProject(poolId: $poolId, input: $input) { id }',
      variables: { poolId: 'ID!', input: 'BudgetProjectInput!' },
      headers: scene.planner,
      rows: count('budget_project', 'pool_id', () => scene.submission.mokotow.id),
    }),
    cases: () => projectCases,
  },
  {
    name: 'enterPaperBallot',
    target: () => ({
      operation: 'mutation',
      field:
        'enterPaperBallot(editionId: $e, districtPoolId: $d, projectIds: $p, voterReference: $ref, voterEmail: $v) { id }',
      variables: { e: 'ID!', d: 'ID', p: '[ID!]!', ref: 'String!', v: 'String!' },
      headers: scene.planner,
      rows: count('budget_ballot', 'edition_id', () => scene.voting.editionId),
    }),
    cases: () =>
      hostileTexts({ ref: [1, 100] }).map(({ texts, refusal }) => ({
        variables: {
          e: scene.voting.editionId,
          d: scene.voting.mokotow.id,
          p: scene.voting.mokotow.projects.slice(0, 1),
          ref: texts.ref,
          v: scene.paperVoter,
        },
        refusal: refusalOf(refusal, () => 'voterReference'),
      })),
  },
  {
    name: 'importPabulibEdition',
    target: () => ({
      operation: 'mutation',
      field: 'importPabulibEdition(file: $file, unitSlug: $unitSlug) { id }',
      variables: { file: 'String!', unitSlug: 'String' },
      headers: scene.admin,
      rows: audited('budget.import'),
    }),
    cases: () => pabulib,
  },
];

const projectCases = fc
  .tuple(
    hostileTexts({ title: [1, 300], description: [0, 50_000], item: [1, 300], category: [0, 100] }),
    mostly('1200000', digits),
    fc.boolean(),
  )
  .map(([{ texts, refusal }, cost, itemised]): Case => {
    const { title, description, item, category } = texts;
    const costLines = itemised || refusal?.key === 'item' ? [{ item, amountGrosze: cost }] : null;
    const input = { title, description, costGrosze: cost, costLines, categories: [category] };
    return {
      variables: {
        poolId: scene.submission.mokotow.id,
        input: { ...input, locations: [point(insideMokotow)] },
      },
      refusal: refusalOf(refusal, (key) =>
        key === 'item'
          ? 'input.costLines[0].item'
          : key === 'category'
            ? 'input.categories[0]'
            : `input.${key}`,
      ),
    };
  });

fuzzEach(
  'the budget: no generated text or number gets a server error, nor writes when refused',
  request,
  properties,
);
