import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import type { ErrorReason } from '../errors/domain-error.js';
import { show } from './coordinates.js';

/** A GeoJSON object as the scalar lets it through: only its string `type` is checked. */
export type GeoJSONObject = Record<string, unknown> & { type: string };

/**
 * The `GeoJSON` scalar. It checks only that a value is an object with a string `type`; the
 * field-specific checks (allowed types, vertex limit, ranges) run in `parseGeometry` at each
 * argument, because the allowed types differ per field.
 */
export const GeoJSONScalar = new GraphQLScalarType<GeoJSONObject, GeoJSONObject>({
  name: 'GeoJSON',
  description:
    'A GeoJSON geometry object (RFC 7946) in EPSG:4326, longitude first, ' +
    'e.g. {"type": "Point", "coordinates": [21.0122, 52.2297]}. Positions are flat: ' +
    'an altitude (a third number) is refused, except in a plan file, where it is dropped.',

  serialize(value) {
    // PostGIS's ST_AsGeoJSON gives text unless the query casts it to json.
    const object = typeof value === 'string' ? parseJSON(value) : value;
    if (!hasStringType(object)) {
      throw new GraphQLError(`GeoJSON cannot represent ${show(object)}`);
    }
    return object;
  },

  parseValue(value) {
    if (!hasStringType(value)) throw badGeoJSON(value);
    return value;
  },

  parseLiteral(ast, variables) {
    if (ast.kind !== Kind.OBJECT) throw badGeoJSON(valueFromASTUntyped(ast, variables));
    const typeField = ast.fields.find((f) => f.name.value === 'type');
    // Validation passes no variables, so a `type` given by a variable is judged later.
    if (typeField?.value.kind === Kind.VARIABLE && !variables) {
      return valueFromASTUntyped(ast) as GeoJSONObject;
    }
    const value = valueFromASTUntyped(ast, variables);
    if (!hasStringType(value)) throw badGeoJSON(value);
    return value;
  },
});

function hasStringType(value: unknown): value is GeoJSONObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

function badGeoJSON(value: unknown) {
  return new GraphQLError(`GeoJSON must be an object with a string "type", not ${show(value)}`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'GEOMETRY_MALFORMED' satisfies ErrorReason },
  });
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
