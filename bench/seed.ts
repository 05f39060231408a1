/**
 * Bench data: one city-wide consultation with `--size` remarks over Warsaw (default 1,000,000),
 * clustered around the city's busy centres (9 in 10 points, the rest short lines and small
 * areas), with a linked plan of 1 km zones, and one budget edition of `--projects` located
 * projects (default 20,000). The same `--seed` gives the same places, stances and dates.
 * Remarks go through `insertComments`, the one insert, in batches, so their zone, districts
 * and plane point are what the API would store. Prints rows per second.
 *   DATABASE_URL=postgresql://…/plac_perf npx tsx bench/seed.ts [--size N] [--projects N] [--seed N]
 * Without DATABASE_URL it fills the embedded database in PLAC_DATA_DIR (default ./data).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { migrateDatabase } from '../api/src/db/migrations.js';
import type { Geometry, Position } from '../api/src/geo/geojson.js';
import { insertComments, type NewComment } from '../api/src/modules/comments/comment.sql.js';
import { PlanCrs } from '../api/src/modules/plans/plan.crs.js';
import { PlanService } from '../api/src/modules/plans/plan.service.js';
import { seedReferenceData } from '../api/src/seed/seed.js';

/** Where Warsaw's remarks gather: centre, share of the remarks, spread (degrees). */
const centres: { at: Position; share: number; spread: number }[] = [
  { at: [21.012, 52.231], share: 0.2, spread: 0.012 }, // Śródmieście
  { at: [21.005, 52.193], share: 0.12, spread: 0.012 }, // Mokotów
  { at: [20.975, 52.235], share: 0.1, spread: 0.01 }, // Wola
  { at: [20.982, 52.212], share: 0.06, spread: 0.008 }, // Ochota
  { at: [21.035, 52.255], share: 0.07, spread: 0.009 }, // Praga-Północ
  { at: [21.08, 52.238], share: 0.06, spread: 0.012 }, // Praga-Południe
  { at: [21.04, 52.145], share: 0.07, spread: 0.012 }, // Ursynów
  { at: [20.985, 52.268], share: 0.05, spread: 0.008 }, // Żoliborz
  { at: [20.95, 52.288], share: 0.06, spread: 0.012 }, // Bielany
  { at: [20.91, 52.24], share: 0.05, spread: 0.01 }, // Bemowo
  { at: [21.05, 52.29], share: 0.05, spread: 0.01 }, // Targówek
  { at: [21.09, 52.165], share: 0.04, spread: 0.01 }, // Wilanów
  { at: [20.99, 52.32], share: 0.04, spread: 0.012 }, // Białołęka
  { at: [20.94, 52.2], share: 0.03, spread: 0.01 }, // Włochy
];
const stances = ['SUPPORT', 'OBJECTION', 'PROPOSAL', 'QUESTION'] as const;
const stanceShares = [0.3, 0.35, 0.25, 0.1];

/** mulberry32: a small, seeded, well-spread generator; the same seed, the same data. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof generator>;

const pick = <T>(random: Random, items: readonly T[], shares: readonly number[]): T => {
  let r = random() * shares.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    r -= shares[i] ?? 0;
    if (r <= 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
};

/** A normally spread position around one of the centres (Box–Muller). */
function place(random: Random): Position {
  const centre = pick(
    random,
    centres,
    centres.map((c) => c.share),
  );
  const r = Math.sqrt(-2 * Math.log(1 - random())) * centre.spread;
  const angle = 2 * Math.PI * random();
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return [
    round((centre.at[0] ?? 0) + r * Math.cos(angle) * 1.6),
    round((centre.at[1] ?? 0) + r * Math.sin(angle)),
  ];
}

/** Mostly points; some lines of 2–4 vertices and small squares, up to ~150 m across. */
function geometryAt(random: Random, [x = 0, y = 0]: Position): Geometry {
  const kind = random();
  if (kind < 0.9) return { type: 'Point', coordinates: [x, y] };
  const step = 0.0003 + random() * 0.0012;
  if (kind < 0.97) {
    const coordinates: Position[] = [[x, y]];
    const vertices = 2 + Math.floor(random() * 3);
    for (let i = 1; i < vertices; i++) {
      coordinates.push([x + i * step * 1.6, y + (random() - 0.5) * step]);
    }
    return { type: 'LineString', coordinates };
  }
  const d = step / 2;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + d * 1.6, y],
        [x + d * 1.6, y + d],
        [x, y + d],
        [x, y],
      ],
    ],
  };
}

async function one<T>(db: Database, text: string, values: unknown[] = []) {
  const { rows } = await db.pool.query(text, values);
  return rows[0] as T;
}

/** A city-wide OPEN consultation by a city bureau, with topics and a plan of 1 km zones. */
async function benchConsultation(db: Database, size: number, seed: number) {
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO consultation (title, unit_id, status, opens_at, closes_at, area)
     SELECT $1, u.id, 'OPEN', now() - interval '60 days', now() + interval '30 days', a.geometry
     FROM organisation_unit u, area a
     WHERE u.kind = 'CITY_BUREAU' AND a.kind = 'CITY' ORDER BY u.slug LIMIT 1 RETURNING id`,
    [`Bench: ${size.toLocaleString('en')} remarks over Warsaw (seed ${seed})`],
  );
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO consultation_topic (consultation_id, name)
     SELECT $1, unnest(ARRAY['zieleń', 'ruch', 'zabudowa', 'usługi', 'woda']) RETURNING id`,
    [id],
  );
  const features = [];
  for (let i = 0; i < 10; i++) {
    for (let j = 0; j < 10; j++) {
      const [x, y] = [20.94 + i * 0.0146, 52.185 + j * 0.009];
      const ring = [
        [x, y],
        [x + 0.0146, y],
        [x + 0.0146, y + 0.009],
        [x, y + 0.009],
        [x, y],
      ];
      features.push({
        type: 'Feature',
        properties: {
          symbol: `${i * 10 + j + 1}MW`,
          designationCode: 'MW',
          designationName: 'zabudowa wielorodzinna',
        },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  await PlanService.forSystem(db, 100_000).importPlan('system', id, {
    kind: 'LOCAL_PLAN',
    name: `Bench plan ${id}`,
    stage: 'DRAFT_FOR_CONSULTATION',
    crs: PlanCrs.EPSG_4326,
    features: { type: 'FeatureCollection', features },
  });
  return { id, topicIds: rows.map((r) => r.id) };
}

/** `count` authors with demo-free addresses, in one statement. */
async function authors(db: Database, count: number, seed: number) {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, birth_year)
     SELECT 'bench-' || $2 || '-' || i || '-' || gen_random_uuid() || '@bench.plac.local',
            'not-a-real-hash', 'Mieszkaniec ' || i, 1950 + i % 50
     FROM generate_series(1, $1::int) i RETURNING id`,
    [count, seed],
  );
  return rows.map((r) => r.id);
}

/** Inserts the remarks in batches; returns how many per second went in. */
export async function seedRemarks(
  db: Database,
  options: { size: number; seed: number; batch?: number; log?: (line: string) => void },
) {
  const { size, seed } = options;
  const random = generator(seed);
  const consultation = await benchConsultation(db, size, seed);
  const authorIds = await authors(db, Math.min(5000, Math.max(10, Math.ceil(size / 200))), seed);
  const batch = options.batch ?? 5000;
  const start = performance.now();
  const day = 86_400_000;
  const since = Date.UTC(2026, 9, 1);
  for (let done = 0; done < size; ) {
    const rows: NewComment[] = [];
    for (; rows.length < batch && done < size; done++) {
      const topic = random() < 0.6 ? consultation.topicIds[Math.floor(random() * 5)] : null;
      rows.push({
        consultationId: consultation.id,
        authorId: authorIds[Math.floor(random() * authorIds.length)] ?? '',
        parentId: null,
        body: `Uwaga ${done + 1}`,
        geometry: geometryAt(random, place(random)),
        stance: pick(random, stances, stanceShares),
        topicId: topic ?? null,
        formal: null,
        createdAt: new Date(since + Math.floor(random() * 60 * day)),
      });
    }
    await insertComments(db.pool, rows);
    if (done % 100_000 < batch) options.log?.(`  ${done.toLocaleString('en')} remarks`);
  }
  const seconds = (performance.now() - start) / 1000;
  return { consultationId: consultation.id, seconds, perSecond: size / seconds };
}

/** One edition in VOTING, a pool per district office and a city-wide one, `count` projects. */
export async function seedProjects(db: Database, options: { count: number; seed: number }) {
  const random = generator(options.seed + 1);
  const { id: editionId } = await one<{ id: string }>(
    db,
    `INSERT INTO budget_edition (year, title, rule, area_max_approvals, citywide_max_approvals,
       area_min_votes, citywide_min_votes, min_age, ballot_changeable)
     VALUES (2026, $1, 'GREEDY', 15, 10, 1, 1, 0, false) RETURNING id`,
    [`Bench edition ${options.count} projects (seed ${options.seed})`],
  );
  await db.pool.query(
    `INSERT INTO budget_phase_period (edition_id, phase, starts_at, ends_at)
     VALUES ($1, 'VOTING', now() - interval '1 day', now() + interval '30 days')`,
    [editionId],
  );
  const { rows: pools } = await db.pool.query<{ id: string }>(
    `INSERT INTO budget_pool (edition_id, kind, area_id, unit_id, name, amount_grosze)
     SELECT $1, CASE WHEN u.area_id IS NULL THEN 'CITYWIDE' ELSE 'AREA' END::budget_pool_kind,
            u.area_id, u.id, u.name, 5000000000
     FROM organisation_unit u WHERE u.slug LIKE 'urzad-dzielnicy-%'
        OR u.id = (SELECT id FROM organisation_unit WHERE kind = 'CITY_BUREAU' ORDER BY slug LIMIT 1)
     RETURNING id`,
    [editionId],
  );
  const start = performance.now();
  const projects = Array.from({ length: options.count }, (_, i) => ({
    pool_id: pools[Math.floor(random() * pools.length)]?.id,
    title: `Projekt ${i + 1}`,
    cost_grosze: 1_000_000 + Math.floor(random() * 200_000_000),
    created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    geometry: JSON.stringify({ type: 'Point', coordinates: place(random) }),
  }));
  for (let i = 0; i < projects.length; i += 5000) {
    await db.pool.query(
      `WITH n AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS n(pool_id uuid, title text,
           cost_grosze bigint, created_at timestamptz, geometry text)),
       p AS (
         INSERT INTO budget_project (pool_id, title, categories, cost_grosze, status, created_at)
         SELECT pool_id, title, ARRAY['zieleń'], cost_grosze, 'ACCEPTED', created_at FROM n
         RETURNING id, pool_id, title)
       INSERT INTO budget_project_location (project_id, geometry)
       SELECT p.id, ST_SetSRID(ST_GeomFromGeoJSON(n.geometry), 4326)
       FROM p JOIN n USING (pool_id, title)`,
      [JSON.stringify(projects.slice(i, i + 5000))],
    );
  }
  const seconds = (performance.now() - start) / 1000;
  return { editionId, seconds, perSecond: options.count / seconds };
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000000' },
      projects: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
    },
  });
  const [size, projects, seed] = [values.size, values.projects, values.seed].map(Number);
  const db = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.PLAC_DATA_DIR ?? 'data',
    poolSize: 2,
    statementTimeoutMs: 600_000,
  });
  try {
    await migrateDatabase(db.pool);
    await seedReferenceData(db.pool);
    const remarks = await seedRemarks(db, {
      size: size ?? 0,
      seed: seed ?? 1,
      log: (line) => console.log(line),
    });
    const budget = await seedProjects(db, { count: projects ?? 0, seed: seed ?? 1 });
    await db.pool.query('ANALYZE');
    console.log(`database: ${db.mode}`);
    console.log(
      `remarks: ${size?.toLocaleString('en')} in ${remarks.seconds.toFixed(1)} s, ${Math.round(remarks.perSecond).toLocaleString('en')} rows/s (consultation ${remarks.consultationId})`,
    );
    console.log(
      `projects: ${projects?.toLocaleString('en')} in ${budget.seconds.toFixed(1)} s, ${Math.round(budget.perSecond).toLocaleString('en')} rows/s (edition ${budget.editionId})`,
    );
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
