import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBudgetCli } from './budget-cli.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
const fixtures: Record<string, URL> = {
  'wesola.pb': fixture('poland_warszawa_2021_wesola.pb'),
  'grosze.pb': fixture('grosze_amounts.pb'),
};

const texts: Record<string, string> = {};

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runBudgetCli(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readFile: (path) => texts[path] ?? readFileSync(fixtures[path] ?? path, 'utf8'),
  });
  return { code, out, err };
}

describe('budget tally', () => {
  it('prints the funded ids one per line and nothing else', async () => {
    const { code, out, err } = await run('tally', 'wesola.pb', '--rule', 'greedy');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n').slice(0, 3)).toEqual(['637', '723', '972']);
    expect(out.endsWith('\n')).toBe(true);
    expect(
      out
        .trim()
        .split('\n')
        .every((line) => /^\d+$/.test(line)),
    ).toBe(true);
  });

  it('reports cost, votes and agreement with the official selection as JSON', async () => {
    const { code, out } = await run('tally', 'wesola.pb', '--rule', 'greedy', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      rule: 'greedy',
      budget: '831114',
      official: { agrees: true, onlyInTally: [] },
    });
    expect(report.selected[0]).toEqual({ id: '637', cost: '166222', votes: 684 });
    expect(Number(report.cost)).toBe(
      report.selected.reduce((sum: number, p: { cost: string }) => sum + Number(p.cost), 0),
    );
  });

  it('reads amounts with grosze exactly: the budget spent to the grosz', async () => {
    const { code, out } = await run('tally', 'grosze.pb', '--rule', 'greedy', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      budget: '969245.38',
      cost: '969245.38',
      selected: [
        { id: '1', cost: '707607', votes: 3 },
        { id: '2', cost: '261638.38', votes: 2 },
      ],
      official: { agrees: true },
    });
  });

  it('says a file without ballots has none, instead of printing nothing', async () => {
    const grosze = readFileSync(fixtures['grosze.pb'] ?? '', 'utf8').replace('num_votes;4\n', '');
    texts['empty.pb'] = `${grosze.slice(0, grosze.indexOf('VOTES'))}VOTES\nvoter_id;vote\n`;
    const { code, out, err } = await run('tally', 'empty.pb', '--rule', 'greedy');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('budget: line 21: the VOTES section has no ballots\n');
  });

  it('tallies with Equal Shares', async () => {
    const { code, out } = await run('tally', 'wesola.pb', '--rule', 'mes', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      rule: 'equalshares/add1',
      official: { agrees: false },
    });
  });

  it.each([
    [[], 'no command given'],
    [['count'], 'unknown command "count"'],
    [['tally'], 'tally needs a .pb file'],
    [['tally', 'wesola.pb'], '--rule must be greedy or mes'],
    [['tally', 'wesola.pb', '--rule', 'borda'], '--rule must be greedy or mes'],
    [
      ['tally', 'wesola.pb', '--rule', 'mes', '--completion', 'add2'],
      '--completion must be add1 or add1u',
    ],
    [['tally', 'wesola.pb', 'more.pb', '--rule', 'mes'], 'unexpected argument "more.pb"'],
    [['tally', 'wesola.pb', '--rule', 'mes', '--verbose'], "Unknown option '--verbose'"],
    [['tally', '/no/such/file.pb', '--rule', 'mes'], 'cannot read /no/such/file.pb'],
  ])('refuses %j with exit code 2 and a message on stderr', async (args, message) => {
    const { code, out, err } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('usage:');
  });

  it('refuses a file that is not Pabulib with exit code 1, naming the line', async () => {
    const { code, err } = await run(
      'tally',
      new URL('./budget-cli.test.ts', import.meta.url).pathname,
      '--rule',
      'greedy',
    );
    expect(code).toBe(1);
    expect(err).toMatch(/^budget: line 1: /);
  });
});
