import { describe, expect, test } from 'vitest';
import { readParameters } from './zone-parameters.js';

describe('readParameters', () => {
  test('an object gets the usual units; numbers stay numbers', () => {
    expect(
      readParameters({ maxBuildingHeight: 25, maxIntensity: 2.5, roofForm: ' płaski ' }),
    ).toEqual({
      parameters: [
        { key: 'maxBuildingHeight', value: 25, unit: 'm' },
        { key: 'maxIntensity', value: 2.5, unit: null },
        { key: 'roofForm', value: 'płaski', unit: null },
      ],
      problems: [],
    });
  });

  test('an array gives its own units', () => {
    expect(
      readParameters([{ key: 'maxBuildingHeight', value: 12, unit: 'kondygnacje' }]).parameters,
    ).toEqual([{ key: 'maxBuildingHeight', value: 12, unit: 'kondygnacje' }]);
  });

  test.each([
    ['text', 'parameters must be an object or an array of {key, value, unit}, not "text"'],
    [
      { height: true },
      'parameters.height must be a finite number or text of 1 to 500 characters, not true',
    ],
    [
      { height: null },
      'parameters.height must be a finite number or text of 1 to 500 characters, not null',
    ],
    [[{ value: 1 }], 'parameters[0].key must be text of 1 to 80 characters, not undefined'],
    [
      [{ key: 'h', value: 1, unit: 5 }],
      'parameters[0].unit must be text of up to 30 characters, not 5',
    ],
    [
      [
        { key: 'h', value: 1 },
        { key: 'h', value: 2 },
      ],
      'parameters has "h" twice',
    ],
  ])('%j: %s', (value, problem) => {
    expect(readParameters(value).problems).toEqual([problem]);
  });
});
