import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePabulib } from './pabulib.parse.js';
import type { PabulibFile } from './pabulib.types.js';
import { writePabulib } from './pabulib.write.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const small: PabulibFile = {
  meta: { description: 'Tricky; "quoted" text', budget: '0', vote_type: 'approval' },
  budgetGrosze: 15000n,
  projectColumns: ['project_id', 'cost', 'votes', 'name', 'category', 'selected', 'area'],
  projects: [
    {
      id: '1',
      costGrosze: 10000n,
      votes: 1,
      name: 'Two\nlines',
      category: ['a', 'b'],
      selected: true,
      fields: { area: 'x;y' },
    },
    {
      id: '2',
      costGrosze: 5050n,
      votes: 0,
      name: '',
      category: [],
      selected: false,
      fields: { area: '' },
    },
  ],
  voteColumns: ['voter_id', 'vote', 'age'],
  ballots: [{ voterId: 'v1', vote: ['1'], fields: { age: '' } }],
};

describe('writePabulib', () => {
  it('round-trips quoting, lists, empty fields and extra columns', () => {
    const back = parsePabulib(writePabulib(small));
    expect(back).toEqual({ ...small, meta: { ...small.meta, budget: '150' } });
  });

  it.each([
    'poland_wieliczka_2023_green-budget.pb',
    'poland_warszawa_2021_wesola.pb',
    'poland_warszawa_2021_rembertow.pb',
  ])('round-trips %s', (name) => {
    const file = parsePabulib(fixture(name));
    expect(parsePabulib(writePabulib(file))).toEqual(file);
  });

  it('refuses a list item it could not read back', () => {
    const bad = { ...small, ballots: [{ voterId: 'v1', vote: ['1,2'], fields: { age: '' } }] };
    expect(() => writePabulib(bad)).toThrow(/vote item "1,2"/);
  });
});
