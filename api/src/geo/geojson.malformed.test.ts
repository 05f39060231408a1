import { expect, test } from 'vitest';
import { parseGeometry } from './geojson.js';

const parse = (value: unknown) =>
  parseGeometry(value, {
    field: 'point',
    allowed: ['Point', 'LineString', 'Polygon', 'MultiPolygon'],
  });
const pt = (coordinates: unknown) => ({ type: 'Point', coordinates });
const line = (coordinates: unknown) => ({ type: 'LineString', coordinates });
const poly = (coordinates: unknown) => ({ type: 'Polygon', coordinates });
const ring = [
  [21, 52],
  [21.1, 52],
  [21.1, 52.1],
  [21, 52.1],
  [21, 52],
];
const sparse = [[21, 52]];
sparse[2] = [21, 53];

test.each([
  ['not an object', 'Point', 'must be a GeoJSON geometry object, not "Point"'],
  ['null', null, 'must be a GeoJSON geometry object, not null'],
  ['an array', [21, 52], 'must be a GeoJSON geometry object, not an array of 2'],
  ['no type', { coordinates: [21, 52] }, 'type undefined is not a GeoJSON geometry type'],
  ['an unknown type', { type: 'Circle' }, 'type "Circle" is not a GeoJSON geometry type'],
  ['a lowercase type', { type: 'point' }, 'type "point" is not a GeoJSON geometry type'],
  ['a Feature', { type: 'Feature' }, 'type Feature is not a geometry; send the geometry itself'],
  ['missing coordinates', { type: 'Polygon', coords: [] }, 'coordinates is missing'],
  ['coordinates as a string', line('21,52'), 'coordinates must be an array, not "21,52"'],
  [
    'a point one level too deep',
    pt([[21, 52]]),
    /^point: coordinates must be \[longitude, latitude\].* not an array of 1$/,
  ],
  [
    'a polygon one level too shallow',
    poly(ring),
    /^point: coordinates\[0\]\[0\] must be .* not 21$/,
  ],
  [
    'a position of 4 numbers',
    pt([21, 52, 0, 0]),
    'coordinates has 4 coordinates; give [longitude, latitude] only',
  ],
  ['a position of 1 number', pt([21]), /not an array of 1$/],
  [
    'a latitude out of range',
    poly([[...ring.slice(0, 3), [21, 95], [21, 52]]]),
    'coordinates[0][3] latitude 95 is out of range -90..90',
  ],
  [
    'a longitude out of range',
    pt([180.0001, 0]),
    'coordinates longitude 180.0001 is out of range -180..180',
  ],
  [
    'a negative longitude out of range',
    pt([-181, 0]),
    'coordinates longitude -181 is out of range -180..180',
  ],
  ['NaN', pt([Number.NaN, 52]), 'coordinates longitude NaN is not a finite number'],
  [
    'Infinity',
    line([
      [21, 52],
      [21, -Infinity],
    ]),
    'coordinates[1] latitude -Infinity is not a finite number',
  ],
  ['a numeric string', pt(['21', 52]), 'coordinates longitude "21" is not a finite number'],
  ['a null latitude', pt([21, null]), 'coordinates latitude null is not a finite number'],
  [
    'an altitude, even NaN',
    pt([21, 52, Number.NaN]),
    'coordinates has 3 coordinates; give [longitude, latitude] only',
  ],
  ['a hole in a sparse array', line(sparse), /^point: coordinates\[1\] must be .* not undefined$/],
  [
    'a one-position line',
    line([[21, 52]]),
    'coordinates has 1 position(s); a line needs at least 2',
  ],
  [
    'an unclosed ring',
    poly([ring.slice(0, 4)]),
    'coordinates[0] is not closed: its first position [21,52] differs from its last [21,52.1]',
  ],
  [
    'a ring of 3 positions',
    poly([
      [
        [21, 52],
        [21.1, 52],
        [21, 52],
      ],
    ]),
    /^point: coordinates\[0\] has 3 position\(s\); a polygon ring needs at least 4/,
  ],
  [
    'an altitude closing a ring',
    poly([[...ring.slice(0, 4), [21, 52, 10]]]),
    'coordinates[0][4] has 3 coordinates; give [longitude, latitude] only',
  ],
  ['a polygon without rings', poly([]), 'coordinates is empty; it needs at least one ring'],
  [
    'an empty multipolygon',
    { type: 'MultiPolygon', coordinates: [] },
    'coordinates is empty; it needs at least one polygon',
  ],
  [
    'a bad hole in a multipolygon',
    { type: 'MultiPolygon', coordinates: [[ring], [ring, ring.slice(1)]] },
    /^point: coordinates\[1\]\[1\] is not closed/,
  ],
])('rejects %s as BAD_USER_INPUT naming the field and the place', (_, value, message) => {
  expect(() => parse(value)).toThrow(
    expect.objectContaining({
      code: 'BAD_USER_INPUT',
      field: 'point',
      message: typeof message === 'string' ? `point: ${message}` : expect.stringMatching(message),
    }),
  );
});
