import { GraphQLError, parseValue as parseAST } from 'graphql';
import { describe, expect, test } from 'vitest';
import { GeoJSONScalar } from './geojson.scalar.js';

const point = { type: 'Point', coordinates: [21.0122, 52.2297] };
const literal = (source: string, variables?: Record<string, unknown>) =>
  GeoJSONScalar.parseLiteral(parseAST(source), variables);

function badInput(fn: () => unknown) {
  expect(fn).toThrow(GraphQLError);
  try {
    fn();
  } catch (err) {
    expect((err as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  }
}

describe('the GeoJSON scalar', () => {
  test('is named and described', () => {
    expect(GeoJSONScalar.name).toBe('GeoJSON');
    expect(GeoJSONScalar.description).toMatch(/EPSG:4326, longitude first/);
  });

  test('serializes an object as it is, and a JSON string as its object', () => {
    expect(GeoJSONScalar.serialize(point)).toBe(point);
    expect(GeoJSONScalar.serialize(JSON.stringify(point))).toEqual(point);
  });

  test.each([[42], ['not json'], ['[1, 2]'], [{ coordinates: [] }]])(
    'refuses to serialize %j',
    (value) => {
      expect(() => GeoJSONScalar.serialize(value)).toThrow(/GeoJSON cannot represent/);
    },
  );

  test('parses a variable value that is an object with a string type, unchecked beyond that', () => {
    expect(GeoJSONScalar.parseValue(point)).toBe(point);
    const unchecked = { type: 'Polygon', coords: [] };
    expect(GeoJSONScalar.parseValue(unchecked)).toBe(unchecked);
  });

  test.each([[null], ['{"type":"Point"}'], [[21, 52]], [{ type: 5 }], [{ coordinates: [21, 52] }]])(
    'refuses the variable value %j as BAD_USER_INPUT',
    (value) => badInput(() => GeoJSONScalar.parseValue(value)),
  );

  test('converts an inline object literal into a plain value', () => {
    expect(literal('{ type: "Point", coordinates: [21.0122, 52.2297] }')).toEqual(point);
    expect(literal('{ type: "LineString", coordinates: [[21, 52], [-21.5, 0]] }')).toEqual({
      type: 'LineString',
      coordinates: [
        [21, 52],
        [-21.5, 0],
      ],
    });
  });

  test('reads variables inside a literal', () => {
    const source = '{ type: $type, coordinates: [$lon, $lat] }';
    expect(literal(source, { type: 'Point', lon: 21.0122, lat: 52.2297 })).toEqual(point);
  });

  test('lets a variable type through validation, which passes no variables', () => {
    expect(literal('{ type: $type, coordinates: [21, 52] }')).toMatchObject({
      coordinates: [21, 52],
    });
  });

  test.each([
    ['"{\\"type\\":\\"Point\\"}"', undefined],
    ['[21, 52]', undefined],
    ['{ coordinates: [21, 52] }', undefined],
    ['{ type: 5, coordinates: [21, 52] }', undefined],
    ['{ type: $type }', { type: 5 }],
  ])('refuses the literal %s as BAD_USER_INPUT', (source, variables) => {
    badInput(() => literal(source, variables));
  });
});
