/**
 * Writes data/warsaw-2021-budget.json, the demo's Warsaw 2021 edition, from Pabulib's 18
 * district files: per district its pool, ballot count and projects with their official vote
 * counts and selection. A clone has no ../shared, so the derived file is committed.
 * Run from the repository root (it formats the file with the repository's Biome).
 *
 *   npx tsx api/src/seed/warsaw-2021-budget.cli.ts [folder of poland_warszawa_2021_*.pb]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePabulib } from '../modules/budget/pabulib/pabulib.parse.js';
import { countApprovals, instanceFromPabulib } from '../modules/budget/tally/instance.js';
import type { Warsaw2021Budget } from './demo/warsaw-2021-budget.js';
import { slugify } from './slugify.js';

const folder =
  process.argv[2] ??
  fileURLToPath(new URL('../../../../shared/data/pabulib/warszawa-2021/', import.meta.url));
const output = fileURLToPath(new URL('./data/warsaw-2021-budget.json', import.meta.url));

const files = readdirSync(folder).filter((name) => /^poland_warszawa_2021_.*\.pb$/.test(name));
const data: Warsaw2021Budget = {
  source: 'Pabulib, poland_warszawa_2021_*.pb (https://pabulib.org)',
  districts: files.sort().map((name) => {
    const file = parsePabulib(readFileSync(join(folder, name), 'utf8'));
    const votes = countApprovals(instanceFromPabulib(file));
    const district = file.meta.district ?? '';
    return {
      file: name,
      slug: slugify(district),
      budget: Number(file.budgetGrosze / 100n),
      ballots: file.ballots.length,
      projects: file.projects.map((p) => ({
        id: p.id,
        title: (p.name ?? '').trim() || `Projekt ${p.id}`,
        cost: Number(p.costGrosze / 100n),
        votes: votes.get(p.id) ?? 0,
        categories: p.category ?? [],
        targets: p.target ?? [],
        selected: p.selected ?? false,
      })),
    };
  }),
};
writeFileSync(output, JSON.stringify(data));
// Formatted as Biome would, so that the lint passes on the committed file.
execFileSync('npx', ['biome', 'format', '--write', output], { stdio: 'inherit' });
console.log(`${output}: ${data.districts.length} districts`);
