import { parseArgs } from 'node:util';
import { writeGrosze } from '../pabulib/amounts.js';
import { parsePabulib } from '../pabulib/pabulib.parse.js';
import type { PabulibFile } from '../pabulib/pabulib.types.js';
import { countApprovals, instanceFromPabulib } from '../tally/instance.js';
import { ruleNameOf, runRule } from '../tally/rules.js';
import type { CliIo } from './cli.io.js';
import { UsageError } from './usage-error.js';

export const tallyUsage =
  'tally <file.pb> --rule greedy|mes [--completion add1|add1u] [--json]\n' +
  '  prints the funded project ids, one per line; --json adds cost (PLN), votes and agreement\n' +
  "  with the file's own `selected`. mes is Equal Shares with Add1 unless --completion add1u.";

/** `tally <file.pb> --rule greedy|mes [--completion add1|add1u] [--json]` */
export function tallyCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      rule: { type: 'string' },
      completion: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const [path, ...extra] = positionals;
  if (!path) throw new UsageError('tally needs a .pb file');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const rule = values.rule;
  if (rule !== 'greedy' && rule !== 'mes') throw new UsageError('--rule must be greedy or mes');
  const completion = values.completion?.toUpperCase() ?? 'ADD1';
  if (completion !== 'ADD1' && completion !== 'ADD1U') {
    throw new UsageError('--completion must be add1 or add1u');
  }
  if (rule === 'greedy' && values.completion)
    throw new UsageError('--completion applies to mes only');
  const name = rule === 'greedy' ? 'greedy' : ruleNameOf('EQUAL_SHARES', completion);
  const file = parsePabulib(readOrRefuse(io, path));
  const instance = instanceFromPabulib(file);
  const outcome = runRule(name, instance);
  if (!values.json) {
    for (const id of outcome.selected) io.out(`${id}\n`);
    return 0;
  }
  const votes = countApprovals(instance);
  const costs = new Map(file.projects.map((p) => [p.id, p.costGrosze]));
  const cost = outcome.selected.reduce((sum, id) => sum + (costs.get(id) ?? 0n), 0n);
  const report = {
    file: path,
    rule: name,
    budget: writeGrosze(file.budgetGrosze),
    cost: writeGrosze(cost),
    selected: outcome.selected.map((id) => ({
      id,
      cost: writeGrosze(costs.get(id) ?? 0n),
      votes: votes.get(id),
    })),
    ...(outcome.ties && { ties: outcome.ties }),
    official: agreement(file, outcome.selected),
  };
  io.out(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

function readOrRefuse(io: CliIo, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** How the tally compares with the file's `selected`, or null when the file has none. */
function agreement(file: PabulibFile, selected: string[]) {
  if (!file.projectColumns.includes('selected')) return null;
  const official = file.projects.filter((p) => p.selected).map((p) => p.id);
  const onlyInTally = selected.filter((id) => !official.includes(id));
  const onlyInOfficial = official.filter((id) => !selected.includes(id));
  return {
    selected: official,
    agrees: onlyInTally.length + onlyInOfficial.length === 0,
    onlyInTally,
    onlyInOfficial,
  };
}
