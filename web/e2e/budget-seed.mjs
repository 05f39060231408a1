// Seeds a fresh embedded database for budget.e2e.ts: Warsaw's reference data, an edition in
// VOTING (Mokotów and Wola pools, a city-wide pool, located projects) and one in RESULTS with
// anonymous ballots tied on votes. The API has no mutation that creates editions or pools, so
// this writes them directly. Run with `node --import tsx` from api/; prints the ids as JSON.
import 'reflect-metadata';
import { loadConfig } from '../../api/src/config.ts';
import { openDatabase } from '../../api/src/db/database.ts';
import { migrateDatabase } from '../../api/src/db/migrations.ts';
import { seedReferenceData } from '../../api/src/seed/seed.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: budget-seed.mjs <dataDir>');
const db = await openDatabase(loadConfig({ ...process.env, PLAC_DATA_DIR: dataDir }));
const q = async (sql, params = []) => (await db.pool.query(sql, params)).rows;
const one = async (sql, params) => (await q(sql, params))[0]?.id;

const point = (lng, lat) => ({ type: 'Point', coordinates: [lng, lat] });

async function edition(year, title, phases, limits) {
  const id = await one(
    `INSERT INTO budget_edition (year, title, min_age, area_max_approvals, citywide_max_approvals,
       area_min_votes, citywide_min_votes) VALUES ($1, $2, 16, $3, $4, 1, 1) RETURNING id`,
    [year, title, limits.area, limits.citywide],
  );
  for (const [phase, fromDays, toDays] of phases) {
    await q(
      `INSERT INTO budget_phase_period (edition_id, phase, starts_at, ends_at)
       VALUES ($1, $2, now() + make_interval(days => $3), now() + make_interval(days => $4))`,
      [id, phase, fromDays, toDays],
    );
  }
  return id;
}

async function pool(editionId, district, name, grosze) {
  return one(
    `INSERT INTO budget_pool (edition_id, kind, area_id, unit_id, name, amount_grosze)
     SELECT $1, CASE WHEN $2::text IS NULL THEN 'CITYWIDE' ELSE 'AREA' END::budget_pool_kind,
            CASE WHEN $2::text IS NULL THEN NULL ELSE u.area_id END, u.id, $3, $4
     FROM organisation_unit u
     WHERE u.slug = COALESCE('urzad-dzielnicy-' || $2,
       (SELECT slug FROM organisation_unit WHERE kind = 'CITY_BUREAU' ORDER BY slug LIMIT 1))
     RETURNING id`,
    [editionId, district, name, grosze],
  );
}

async function project(poolId, title, grosze, options = {}) {
  const id = await one(
    `INSERT INTO budget_project (pool_id, title, description, cost_grosze, status, categories,
       target_groups, cost_lines, rejection_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      poolId,
      title,
      options.description ?? `${title}: opis projektu.`,
      grosze,
      options.status ?? 'ACCEPTED',
      options.categories ?? ['zieleń'],
      options.targetGroups ?? ['mieszkańcy'],
      JSON.stringify(options.costLines ?? []),
      options.status === 'REJECTED' ? 'Poza kompetencjami dzielnicy.' : null,
    ],
  );
  for (const geometry of options.locations ?? []) {
    await q(
      `INSERT INTO budget_project_location (project_id, geometry)
       VALUES ($1, ST_SetSRID(ST_GeomFromGeoJSON($2), 4326))`,
      [id, JSON.stringify(geometry)],
    );
  }
  return id;
}

try {
  await migrateDatabase(db.pool);
  await seedReferenceData(db.pool);

  const voting = await edition(
    2026,
    'Budżet obywatelski 2026 (e2e)',
    [
      ['SUBMISSION', -90, -60],
      ['VERIFICATION', -60, -20],
      ['VOTING', -1, 14],
      ['RESULTS', 15, 60],
    ],
    { area: 2, citywide: 2 },
  );
  const mokotow = await pool(voting, 'mokotow', 'Mokotów', '100000000');
  const wola = await pool(voting, 'wola', 'Wola', '80000000');
  const city = await pool(voting, null, 'Cała Warszawa', '300000000');
  const ids = {
    voting,
    park: await project(mokotow, 'Ławki w Parku Dreszera', '4500000', {
      categories: ['zieleń', 'sport'],
      targetGroups: ['seniorzy', 'rodziny z dziećmi'],
      costLines: [
        { item: 'Ławki (10 szt.)', grosze: '3000000' },
        { item: 'Montaż', grosze: '1500000' },
      ],
      locations: [point(21.0115, 52.1985)],
    }),
    bikeLane: await project(mokotow, 'Kontrapas rowerowy na Puławskiej', '35000000', {
      categories: ['transport'],
      locations: [
        {
          type: 'LineString',
          coordinates: [
            [21.0205, 52.2045],
            [21.0195, 52.1955],
          ],
        },
      ],
    }),
    meadow: await project(mokotow, 'Łąka kwietna w Parku Arkadia', '12000000', {
      categories: ['zieleń'],
      locations: [
        {
          type: 'Polygon',
          coordinates: [
            [
              [21.03, 52.183],
              [21.038, 52.183],
              [21.038, 52.188],
              [21.03, 52.188],
              [21.03, 52.183],
            ],
          ],
        },
      ],
    }),
    rejected: await project(mokotow, 'Fontanna na Morskim Oku', '90000000', {
      status: 'REJECTED',
      categories: ['zieleń'],
      locations: [point(21.0275, 52.2035)],
    }),
    wolaPark: await project(wola, 'Siłownia plenerowa na Moczydle', '20000000', {
      categories: ['sport'],
      locations: [point(20.958, 52.24)],
    }),
    library: await project(city, 'Nocna biblioteka w Pałacu Kultury', '50000000', {
      categories: ['edukacja', 'kultura'],
      locations: [point(21.0067, 52.2319)],
    }),
    trees: await project(city, 'Tysiąc drzew dla Warszawy', '150000000', {
      categories: ['zieleń'],
    }),
  };

  const results = await edition(
    2025,
    'Budżet obywatelski 2025 (e2e)',
    [
      ['VOTING', -60, -30],
      ['RESULTS', -29, 60],
    ],
    { area: 3, citywide: 3 },
  );
  const resultsPool = await pool(results, 'mokotow', 'Mokotów', '50000000');
  const votes = [
    [
      await project(resultsPool, 'Plac zabaw na Sielcach', '30000000', {
        locations: [point(21.035, 52.195)],
      }),
      3,
    ],
    [
      await project(resultsPool, 'Zielone podwórko', '20000000', {
        locations: [point(21.02, 52.19)],
      }),
      2,
    ],
    [
      await project(resultsPool, 'Stojaki rowerowe', '20000000', {
        locations: [point(21.01, 52.2)],
      }),
      2,
    ],
  ];
  let voter = 0;
  for (const [projectId, count] of votes) {
    for (let i = 0; i < count; i += 1) {
      voter += 1;
      const ballot = await one(
        `INSERT INTO budget_ballot (edition_id, district_pool_id, external_voter_id)
         VALUES ($1, $2, $3) RETURNING id`,
        [results, resultsPool, `e2e-${voter}`],
      );
      await q('INSERT INTO budget_ballot_approval (ballot_id, project_id) VALUES ($1, $2)', [
        ballot,
        projectId,
      ]);
    }
  }
  console.log(JSON.stringify({ ...ids, results }));
} finally {
  await db.close();
}
