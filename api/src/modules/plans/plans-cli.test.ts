import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation } from '../../../test/scenario.js';
import { bowtie, collection, samplePlanPath, squareZone } from './plan.test-data.js';
import { runPlansCli } from './plans-cli.js';

const db = useTestDatabase();
const apiDir = fileURLToPath(new URL('../../..', import.meta.url));
const consultation = '00000000-0000-0000-0000-000000000000';

/** Runs the CLI in memory; argument faults must never reach the database. */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runPlansCli(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readFile: (path) => readFileSync(path, 'utf8'),
    connect: () => Promise.reject(new Error('the database was opened')),
  });
  return { code, out, err };
}

/** Runs `npm run plans` as a process against the run's database. */
function spawnCli(...args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/modules/plans/plans.cli.ts', ...args],
    {
      cwd: apiDir,
      env: { PATH: process.env.PATH, DATABASE_URL: inject('databaseUrl') },
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, out, err })),
  );
}

function tempFile(name: string, content: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'plac-plans-')), name);
  writeFileSync(path, content);
  return path;
}

const sample2180 = samplePlanPath(2180);

describe('plans import: arguments', () => {
  test.each([
    [[], 'no command given'],
    [['export'], 'unknown command "export"'],
    [['import'], 'import needs a .geojson file'],
    [['import', sample2180], '--consultation <id> is needed'],
    [
      ['import', sample2180, 'more.geojson', '--consultation', consultation],
      'unexpected argument "more.geojson"',
    ],
    [
      ['import', sample2180, '--consultation', consultation, '--crs', '3857'],
      '--crs must be 4326 or 2180, not "3857"',
    ],
    [
      ['import', sample2180, '--consultation', consultation, '--kind', 'MPZP'],
      '--kind must be one of LOCAL_PLAN, GENERAL_PLAN, OTHER',
    ],
    [
      ['import', sample2180, '--consultation', consultation, '--stage', 'FINAL'],
      '--stage must be one of',
    ],
    [
      ['import', sample2180, '--consultation', consultation, '--verbose'],
      "Unknown option '--verbose'",
    ],
    [
      ['import', sample2180, '--consultation', consultation, '--crs', '4326'],
      `--crs is EPSG_4326, but ${sample2180} declares EPSG_2180`,
    ],
    [
      ['import', '/no/such/plan.geojson', '--consultation', consultation],
      'cannot read /no/such/plan.geojson',
    ],
  ])('refuses %j with exit code 2 and usage on stderr', async (args, message) => {
    const { code, out, err } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('usage: npm run plans');
  });

  test.each([
    ['not JSON', '{ "type": ', 'is not JSON'],
    [
      'not a FeatureCollection',
      JSON.stringify(squareZone(0)),
      'is not a GeoJSON FeatureCollection',
    ],
    [
      'in another CRS',
      JSON.stringify({ ...collection([]), crs: { properties: { name: 'EPSG:3857' } } }),
      'declares the CRS "EPSG:3857"',
    ],
  ])('refuses a file %s with exit code 2', async (_, content, message) => {
    const { code, err } = await run(
      'import',
      tempFile('plan.geojson', content),
      '--consultation',
      consultation,
    );
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('plans import: the process', { timeout: 60_000 }, () => {
  test('imports the EPSG:2180 sample as the system and prints the plan id and zone count', async () => {
    const { id } = await createConsultation(db, { district: 'mokotow' });
    const { code, out, err } = await spawnCli(
      'import',
      sample2180,
      '--consultation',
      id,
      '--stage',
      'ADOPTED',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const planId =
      out.match(/^Imported plan ([0-9a-f-]{36}) with 9 zones for consultation /)?.[1] ?? '';
    const plan = await db.prisma.spatialPlan.findUnique({
      where: { id: planId },
      include: { consultations: true },
    });
    expect(plan).toMatchObject({
      kind: 'LOCAL_PLAN',
      stage: 'ADOPTED',
      name: 'Miejscowy plan zagospodarowania przestrzennego rejonu ulicy Racławickiej (fragment, przykład)',
      consultations: [{ consultationId: id }],
    });
    const audit = await db.prisma.auditEvent.findFirst({
      where: { targetId: planId, action: 'plan.import' },
    });
    expect(audit).toMatchObject({
      actorId: null,
      after: expect.objectContaining({ crs: 'EPSG_2180' }),
    });
  });

  test('an invalid plan exits 1, listing every faulty feature, and imports nothing', async () => {
    const { id } = await createConsultation(db, { district: 'mokotow' });
    const features = Array.from({ length: 20 }, (_, i) => (i === 7 ? bowtie(7) : squareZone(i)));
    features[12] = squareZone(12, { symbol: '1MW' });
    const path = tempFile(
      'bad.geojson',
      JSON.stringify({ ...collection(features), name: 'Zły plan' }),
    );
    const { code, out, err } = await spawnCli('import', path, '--consultation', id);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      'plans: the plan is invalid; nothing was imported.',
      expect.stringMatching(/^ {2}features\[7\]: geometry is invalid: Self-intersection/),
      '  features[12]: symbol "1MW" repeats features[0]',
      '',
    ]);
    expect(await db.prisma.consultationPlan.count({ where: { consultationId: id } })).toBe(0);
  });

  test('an unknown consultation exits 2, naming the option', async () => {
    const { code, err } = await spawnCli('import', sample2180, '--consultation', consultation);
    expect(code).toBe(2);
    expect(err).toBe(`plans: --consultation: No consultation has id "${consultation}".\n`);
  });
});
