import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { BBox, parseBBox } from './bbox.js';

describe('BBox', () => {
  test.each([
    [[20.85, 52.09, 21.27, 52.37]],
    [[-180, -90, 180, 90]],
    [[21, 52, 21, 52]],
    [[179, -1, 180, 1]],
  ])('accepts %j', (box) => {
    expect(parseBBox(box, 'bbox').toArray()).toEqual(box);
  });

  test.each([
    ['not an array', { west: 0 }, 'bbox: must be [west, south, east, north], not an object'],
    ['three numbers', [0, 0, 1], 'bbox: must be [west, south, east, north], not an array of 3'],
    ['a string', [0, '0', 1, 1], 'bbox: south "0" is not a finite number'],
    ['NaN', [Number.NaN, 0, 1, 1], 'bbox: west NaN is not a finite number'],
    ['Infinity', [0, 0, 1, Infinity], 'bbox: north Infinity is not a finite number'],
    ['a longitude out of range', [0, 0, 181, 1], 'bbox: east 181 is out of range -180..180'],
    ['a latitude out of range', [0, -90.5, 1, 1], 'bbox: south -90.5 is out of range -90..90'],
    ['south north of north', [0, 60, 1, 50], 'bbox: south 60 is north of north 50'],
    [
      'the antimeridian',
      [170, -10, -170, 10],
      'bbox: west 170 is east of east -170; boxes crossing the antimeridian are not supported, split it in two',
    ],
  ])('rejects %s as BAD_USER_INPUT', (_, value, message) => {
    expect(() => parseBBox(value, 'bbox')).toThrow(DomainError);
    expect(() => parseBBox(value, 'bbox')).toThrow(message);
  });

  test('the constructor checks the same invariants, as a programming error', () => {
    expect(() => new BBox(0, 1, 1, 0)).toThrow(RangeError);
    expect(new BBox(0, 0, 1, 1)).toMatchObject({ west: 0, south: 0, east: 1, north: 1 });
  });
});
