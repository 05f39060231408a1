import { describe, expect, it } from 'vitest';
import { checkPabulib, parsePabulib } from './pabulib.parse.js';
import { PabulibError } from './pabulib-error.js';

const valid = [
  'META',
  'key;value',
  'budget;100',
  'max_length;2',
  'PROJECTS',
  'project_id;cost;category;votes;name;target;selected',
  '1;60;culture,sport;2;"Park ""Stok""; phase 1";children,seniors;1',
  '2;50;;1;Library;;0',
  'VOTES',
  'voter_id;age;sex;voting_method;vote',
  'v1;30;F;internet;1,2',
  'v2;;M;paper;1',
].join('\r\n');

function lines(replace: Record<number, string | null>): string {
  return valid
    .split('\r\n')
    .flatMap((line, i) =>
      i + 1 in replace ? (replace[i + 1] === null ? [] : [replace[i + 1]]) : [line],
    )
    .join('\n');
}

function refusal(text: string): PabulibError {
  try {
    parsePabulib(text);
  } catch (error) {
    if (error instanceof PabulibError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('parsePabulib', () => {
  it('reads META, PROJECTS and VOTES with quoting and lists', () => {
    const file = parsePabulib(valid);
    expect(file.budgetGrosze).toBe(10000n);
    expect(file.meta).toEqual({ budget: '100', max_length: '2' });
    expect(file.projects[0]).toEqual({
      id: '1',
      costGrosze: 6000n,
      votes: 2,
      name: 'Park "Stok"; phase 1',
      category: ['culture', 'sport'],
      target: ['children', 'seniors'],
      selected: true,
      fields: {},
    });
    expect(file.projects[1]).toMatchObject({ category: [], target: [], selected: false });
    expect(file.ballots).toEqual([
      {
        voterId: 'v1',
        vote: ['1', '2'],
        fields: { age: '30', sex: 'F', voting_method: 'internet' },
      },
      { voterId: 'v2', vote: ['1'], fields: { age: '', sex: 'M', voting_method: 'paper' } },
    ]);
  });

  it('reads a quoted field running over two lines', () => {
    const file = parsePabulib(lines({ 8: '2;50;;1;"Library\nand reading room";;0' }));
    expect(file.projects[1]?.name).toBe('Library\nand reading room');
    expect(file.ballots).toHaveLength(2);
  });

  it('keeps columns it has no type for', () => {
    const file = parsePabulib(
      lines({
        6: 'project_id;cost;category;votes;name;target;selected;area',
        7: '1;60;;2;A;;1;north',
        8: '2;50;;1;B;;0;south',
      }),
    );
    expect(file.projects.map((p) => p.fields)).toEqual([{ area: 'north' }, { area: 'south' }]);
    expect(file.projectColumns.at(-1)).toBe('area');
  });

  it.each([
    [
      'a missing META section',
      { 1: null, 2: null, 3: null, 4: null },
      1,
      'missing META section before PROJECTS',
    ],
    [
      'a missing PROJECTS section',
      { 5: null, 6: null, 7: null, 8: null },
      5,
      'missing PROJECTS section before VOTES',
    ],
    [
      'a missing VOTES section',
      { 9: null, 10: null, 11: null, 12: null },
      8,
      'missing VOTES section',
    ],
    [
      'a section without a header',
      { 10: null, 11: null, 12: null },
      9,
      'the VOTES section has no header row',
    ],
    ['a second section of a kind', { 12: 'PROJECTS' }, 12, 'a second PROJECTS section'],
    ['rows before META', { 1: 'budget;100' }, 1, 'expected the META section to open the file'],
    ['a row with too few fields', { 8: '2;50;;1;Library;0' }, 8, 'expected 7 fields'],
    ['a row with too many fields', { 11: 'v1;30;F;internet;1;2' }, 11, 'expected 5 fields'],
    [
      'a non-numeric cost',
      { 8: '2;fifty;;1;Library;;0' },
      8,
      'cost of project 2 "fifty" is not an amount in PLN',
    ],
    [
      'a cost with three decimals',
      { 8: '2;50,505;;1;Library;;0' },
      8,
      'cost of project 2 "50,505" is not an amount in PLN (at most 2 decimals)',
    ],
    ['a zero cost', { 8: '2;0,00;;1;Library;;0' }, 8, 'cost of project 2 0 is below 0.01'],
    ['a non-numeric budget', { 3: 'budget;lots' }, 3, 'budget "lots" is not an amount in PLN'],
    ['no budget', { 3: 'pool;100' }, 2, 'META has no budget'],
    ['a repeated META key', { 4: 'budget;200' }, 4, 'META key "budget" appears twice'],
    [
      'a header without cost',
      { 6: 'project_id;price;category;votes;name;target;selected' },
      6,
      'the PROJECTS header has no "cost" column',
    ],
    ['a repeated project', { 8: '1;50;;1;Library;;0' }, 8, 'project 1 appears twice'],
    [
      'a bad selected flag',
      { 8: '2;50;;1;Library;;yes' },
      8,
      'selected of project 2 must be 0 or 1',
    ],
    [
      'a vote for an unknown project',
      { 12: 'v2;;M;paper;1,7' },
      12,
      'voter v2 votes for unknown project "7"',
    ],
    [
      'a project approved twice',
      { 12: 'v2;;M;paper;1,1' },
      12,
      'voter v2 approves project 1 twice',
    ],
    ['a repeated voter id', { 12: 'v1;;M;paper;1' }, 12, 'voter v1 appears twice'],
    [
      'a ballot beyond max_length',
      { 4: 'max_length;1' },
      11,
      'voter v1 approves 2 projects, more than max_length 1',
    ],
    [
      'a ballot below min_length',
      { 4: 'min_length;2' },
      12,
      'voter v2 approves 1 projects, fewer than min_length 2',
    ],
    ['a quote never closed', { 8: '2;50;;1;"Library;;0' }, 8, 'a quoted field is never closed'],
  ])('refuses %s, naming the line', (_, replace, line, problem) => {
    const error = refusal(lines(replace));
    expect(error.code).toBe('BAD_PABULIB_FILE');
    expect(error.reason).toBe('PABULIB_FILE_INVALID');
    expect(error.line).toBe(line);
    expect(error.message).toContain(`line ${line}: ${problem}`);
  });

  it.each([
    ['969245,38', 96924538n],
    ['707607,00', 70760700n],
    ['707607.5', 70760750n],
    ['707607', 70760700n],
  ])('reads the amount %s exactly as %d grosze', (amount, grosze) => {
    const file = parsePabulib(lines({ 3: `budget;${amount}`, 8: `2;${amount};;1;Library;;0` }));
    expect(file.budgetGrosze).toBe(grosze);
    expect(file.projects[1]?.costGrosze).toBe(grosze);
  });

  it('refuses an amount too large for the database, naming the line', () => {
    const error = refusal(lines({ 8: '2;9223372036854775808;;1;Library;;0' }));
    expect(error.reason).toBe('PABULIB_FILE_INVALID');
    expect(error.message).toContain(
      'line 8: cost of project 2 "9223372036854775808" is larger than',
    );
  });

  it.each([
    ['num_projects', 3, 'META num_projects is 3 but the section has 2 projects'],
    ['num_votes', 5, 'META num_votes is 5 but the section has 2 ballots'],
  ])('refuses a META %s that disagrees with its section, naming both numbers', (key, n, text) => {
    const error = refusal(lines({ 4: `${key};${n}`, 5: 'max_length;2\nPROJECTS' }));
    expect(error.reason).toBe('PABULIB_COUNT_MISMATCH');
    expect(error.params).toMatchObject({ key, claimed: n, found: 2 });
    expect(error.message).toBe(`line 4: ${text}`);
  });

  it('accepts META counts that agree with the sections', () => {
    const file = parsePabulib(lines({ 4: 'num_projects;2\nnum_votes;2\nmax_length;2' }));
    expect(file.meta).toMatchObject({ num_projects: '2', num_votes: '2' });
  });

  it('says so when the VOTES section has no ballots', () => {
    const error = refusal(lines({ 11: null, 12: null }));
    expect(error.reason).toBe('PABULIB_NO_BALLOTS');
    expect(error.message).toBe('line 10: the VOTES section has no ballots');
  });

  it('finds every bad row, in line order, and reads the good ones', () => {
    const { file, problems, problemCount } = checkPabulib(
      lines({ 7: '1;sixty;;2;A;;1', 8: '2;50;;1;Library;;maybe', 12: 'v2;;M;paper;2' }),
    );
    expect(problems.map((p) => p.line)).toEqual([7, 8, 11, 12]);
    expect(problemCount).toBe(4);
    expect(file?.projects).toEqual([]);
    expect(file?.ballots).toEqual([]);
  });
});
