import { describe, expect, test } from 'vitest';
import { parsePabulib } from './pabulib.parse.js';
import { importedFields } from './pabulib-limits.js';

/** A one-project file with these META rows (from line 3) and this project name. */
const file = (meta: string[], name = 'Ławki') =>
  [
    'META',
    'key;value',
    ...meta,
    'budget;100',
    'PROJECTS',
    'project_id;cost;name',
    `1;60;${name}`,
    'VOTES',
    'voter_id;vote',
    'v1;1',
  ].join('\n');

const fieldsOf = (text: string) => importedFields(parsePabulib(text), text);

describe('what an import stores of a file, within the tables’ limits', () => {
  test('a good file: its title, year, ballot length and pool name', () => {
    const text = file(['description;Budżet Rembertowa', 'instance;2021', 'subunit;Rembertów']);
    expect(fieldsOf(text)).toEqual({
      year: 2021,
      title: 'Budżet Rembertowa',
      maxApprovals: 1_000_000,
      poolName: 'Rembertów',
    });
  });

  test.each([
    ['a year before 2000', ['instance;1999', 'unit;Wawa'], 'line 3: META instance "1999"'],
    ['a year with a fraction', ['unit;Wawa', 'instance;2021.5'], 'line 4: META instance'],
    ['a two-character title', ['description;ab'], 'line 3: META description must make a title'],
    ['a title of 201 characters', [`description;${'ż'.repeat(201)}`], 'line 3: META description'],
    [
      'a ballot length past an int',
      ['description;Budżet', 'max_length;3000000000'],
      'line 4: META max_length',
    ],
    ['a pool name of 201 characters', [`subunit;${'a'.repeat(201)}`], 'line 3: META subunit'],
  ])('%s is refused naming its line', (_, meta, message) => {
    expect(() => fieldsOf(file(meta))).toThrow(message);
  });

  test('a budget of 0 and a project name of 301 characters are refused naming their lines', () => {
    expect(() => fieldsOf(file(['description;Budżet']).replace('budget;100', 'budget;0'))).toThrow(
      'line 4: META budget must be more than 0',
    );
    expect(() => fieldsOf(file(['description;Budżet'], '😀'.repeat(301)))).toThrow(
      'line 7: the name of project 1 is longer than 300 characters',
    );
  });
});
