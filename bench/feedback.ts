/**
 * feedbackByArea by district, plan zone and 250 m grid over GraphQL against the SQL it runs
 * (feedbackSql) sent raw through `pg`, one request at a time, in turns; the medians of at least
 * 3 runs each, more for fast ones (up to 50, or 5 s a side). Goals: ≤ 1.2× raw; by district under 300 ms.
 *   DATABASE_URL=postgresql://…/plac_perf npx tsx --tsconfig api/tsconfig.json bench/feedback.ts
 * on a database filled by bench/seed.ts (its largest consultation is used).
 */
import 'reflect-metadata';
import pg from 'pg';
import { toFeedbackQuery } from '../api/src/modules/feedback/feedback.input.js';
import { feedbackSql } from '../api/src/modules/feedback/feedback.sql.js';
import { FeedbackGrouping } from '../api/src/modules/feedback/feedback.type.js';
import { benchDatabaseUrl, ratio, startPlac } from './kit.js';

const minRuns = 3;
const maxRuns = 50;
const msPerSide = 5_000;
const maxGridCells = 50_000; // Plac's default PLAC_MAX_GRID_CELLS
const groupings = [
  { by: FeedbackGrouping.DISTRICT, cellMeters: null },
  { by: FeedbackGrouping.PLAN_ZONE, cellMeters: null },
  { by: FeedbackGrouping.GRID, cellMeters: 250 },
];

const query = `query ($id: ID!, $by: FeedbackGrouping!, $cell: Int) {
  feedbackByArea(consultationId: $id, by: $by, cellMeters: $cell) {
    key name geometry total stances { support objection proposal question }
    topics { topic { name } count } answeredShare } }`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

async function timed(work: () => Promise<number>) {
  const start = performance.now();
  const cells = await work();
  return { ms: performance.now() - start, cells };
}

async function main() {
  const url = benchDatabaseUrl();
  const client = new pg.Client({ connectionString: url, options: '-c jit=off' });
  await client.connect();
  const plac = await startPlac(url, { PLAC_STATEMENT_TIMEOUT_MS: '600000' });
  try {
    const { rows } = await client.query<{ id: string; n: number }>(
      `SELECT consultation_id AS id, count(*)::int AS n FROM comment
       GROUP BY consultation_id ORDER BY n DESC LIMIT 1`,
    );
    const consultation = rows[0];
    if (!consultation) throw new Error('No remarks: run bench/seed.ts first.');
    console.log(
      `consultation with ${consultation.n.toLocaleString('en')} remarks; median of ${minRuns}–${maxRuns} runs each, in turns`,
    );
    for (const { by, cellMeters } of groupings) {
      const statement = feedbackSql(
        toFeedbackQuery(consultation.id, by, cellMeters, {}),
        maxGridCells,
      );
      const raw = () => client.query(statement).then((r) => r.rowCount ?? 0);
      const api = async () => {
        const res = await fetch(`${plac.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { id: consultation.id, by, cell: cellMeters } }),
        });
        const body = (await res.json()) as {
          data?: { feedbackByArea: unknown[] };
          errors?: unknown;
        };
        if (!body.data) throw new Error(JSON.stringify(body.errors));
        return body.data.feedbackByArea.length;
      };
      await raw();
      await api();
      const times = { raw: [] as number[], api: [] as number[] };
      let cells = { raw: 0, api: 0 };
      const spent = () => times.raw.reduce((a, b) => a + b, 0);
      while (times.raw.length < minRuns || (times.raw.length < maxRuns && spent() < msPerSide)) {
        const r = await timed(raw);
        const a = await timed(api);
        times.raw.push(r.ms);
        times.api.push(a.ms);
        cells = { raw: r.cells, api: a.cells };
      }
      if (cells.raw !== cells.api) throw new Error(`${by}: ${cells.api} cells, raw ${cells.raw}`);
      const [r, a] = [median(times.raw), median(times.api)];
      const name = cellMeters ? `${by} ${cellMeters} m` : by;
      console.log(
        `  ${name.padEnd(12)} ${String(cells.api).padStart(6)} cells  ${String(times.raw.length).padStart(2)} runs  raw ${r.toFixed(0).padStart(6)} ms  Plac ${a.toFixed(0).padStart(6)} ms  ratio ${ratio(a, r)} (goal ≤ 1.2×)`,
      );
    }
  } finally {
    await plac.stop();
    await client.end();
  }
}

await main();
