import { describe, expect, test } from 'vitest';
import {
  badInput,
  conflict,
  DomainError,
  forbidden,
  notFound,
  toGraphQLError,
  unauthenticated,
} from './domain-error.js';
import { errorReasonEnum } from './error-reason.enum.js';
import { errorReasons } from './error-reasons.js';
import { mergeReasons } from './reason.js';

describe('domain errors', () => {
  test('badInput names the field in the message and on the error', () => {
    const err = badInput('input.geometry', 'type MultiPoint is not allowed here');
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.geometry' });
    expect(err.message).toBe('input.geometry: type MultiPoint is not allowed here');
  });

  test.each([
    [notFound('No area has slug "atlantis"', 'slug'), 'NOT_FOUND', 'slug'],
    [forbidden('Only the author may edit this comment'), 'FORBIDDEN', undefined],
    [unauthenticated(), 'UNAUTHENTICATED', undefined],
    [conflict('The ballot is already cast', 'ballotId'), 'CONFLICT', 'ballotId'],
  ])('%s carries code %s', (err, code, field) => {
    expect(err.code).toBe(code);
    expect(err.field).toBe(field);
    expect(err.message).not.toBe('');
  });
});

describe('toGraphQLError', () => {
  test('puts the code and field in extensions', () => {
    const gqlError = toGraphQLError(badInput('point', 'latitude 95 is out of range -90..90'));
    expect(gqlError.toJSON()).toEqual({
      message: 'point: latitude 95 is out of range -90..90',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT_INVALID', field: 'point' },
    });
  });

  test('leaves the field out when there is none', () => {
    expect(toGraphQLError(unauthenticated()).extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
  });

  test('keeps the domain error as the original error', () => {
    const err = notFound('No area has id "x"', 'id');
    expect(toGraphQLError(err).originalError).toBe(err);
  });
});

describe('refusal reasons', () => {
  test('a reason decides the code it travels under', () => {
    const err = new DomainError('PLAN_FEATURES_INVALID', 'input.features: 2 of 5 are invalid', {
      field: 'input.features',
      params: { invalid: 2, total: 5 },
    });
    expect(toGraphQLError(err).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PLAN_FEATURES_INVALID',
      field: 'input.features',
      params: { invalid: 2, total: 5 },
    });
  });

  test('a reason declared by two modules is refused when the list is gathered', () => {
    expect(() => mergeReasons({ A: 'CONFLICT' }, { A: 'NOT_FOUND' })).toThrow(
      /A is declared twice/,
    );
  });

  test('every reason is a value of the ErrorReason enum in the SDL', () => {
    expect(errorReasonEnum.getValues().map((v) => v.name)).toEqual(Object.keys(errorReasons));
  });
});
