import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { useTestServer } from '../../../test/server.js';
import { signedUpResident } from '../../modules/identity/identity.scenario.js';
import { casesPer } from './bad-input.cases.js';
import { type Case, fuzz, fuzzServerEnv, propertyTimeout, refusalOf } from './bad-input.harness.js';
import { hostileTexts } from './bad-text.arbitraries.js';

const { db, services, request } = useTestServer(fuzzServerEnv);

const thisYear = new Date().getFullYear();
const birthYear = fc.option(
  fc.oneof(
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    fc.constantFrom(1899, 1900, 2100, 2101, thisYear, thisYear + 1),
  ),
  { nil: null },
);

/** Generated texts for the fields of `input`, valid ones an address in `email`. */
const withAddress = <K extends string>(limits: Record<K | 'email', readonly [number, number]>) =>
  hostileTexts(limits, {
    email: fc.emailAddress().map((address) => ` ${address} `),
  } as Partial<Record<K | 'email', fc.Arbitrary<string>>>);

/** The address a sign-up would store; PostgreSQL cannot even compare with a NUL. */
const emailOf = (c: Case) =>
  String((c.variables.input as { email: string }).email)
    .trim()
    .toLowerCase()
    .replaceAll('\u0000', '');

let resident = { id: '', headers: {} as Record<string, string> };
let admin: Record<string, string> = {};
let signedUp = { userId: '', cookie: '' };

beforeAll(async () => {
  const user = await signedInUser(db, services, 'fuzzed resident');
  resident = { id: user.user.id, headers: user.headers };
  admin = (await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] })).headers;
  signedUp = await signedUpResident(request);
});

const userRow = (id: string) =>
  db.prisma.user.findUniqueOrThrow({
    where: { id },
    select: {
      displayName: true,
      birthYear: true,
      verifiedAt: true,
      verificationMethod: true,
      deletedAt: true,
    },
  });

describe('identity: no generated text gets a server error, and a refusal writes nothing', () => {
  test(
    'signUp',
    async () => {
      const limits = { email: [3, 254], password: [12, 256], displayName: [1, 80] } as const;
      const cases = fc.tuple(withAddress(limits), birthYear).map(
        ([{ texts, refusal }, year]): Case => ({
          variables: { input: { ...texts, birthYear: year } },
          refusal: refusalOf(refusal, (key) => `input.${key}`),
        }),
      );
      const target = {
        operation: 'mutation' as const,
        field: 'signUp(input: $input) { id }',
        variables: { input: 'SignUpInput!' },
        rows: async (batch: Case[]) =>
          db.prisma.user.count({ where: { email: { in: batch.map(emailOf) } } }),
      };
      expect(await fuzz(request, target, cases, { total: casesPer.signUp })).toBe(casesPer.signUp);
    },
    propertyTimeout,
  );

  test(
    'signIn',
    async () => {
      const cases = withAddress({ email: [3, 254], password: [1, 256] }).map(
        ({ texts, refusal }): Case => ({
          variables: texts,
          refusal: refusalOf(refusal),
        }),
      );
      const target = {
        operation: 'mutation' as const,
        field: 'signIn(email: $email, password: $password) { id }',
        variables: { email: 'String!', password: 'String!' },
      };
      expect(await fuzz(request, target, cases, { total: casesPer.signIn })).toBe(casesPer.signIn);
    },
    propertyTimeout,
  );

  test(
    'updateProfile',
    async () => {
      const cases = fc.tuple(hostileTexts({ displayName: [1, 80] }), birthYear).map(
        ([{ texts, refusal }, year]): Case => ({
          variables: { input: { ...texts, birthYear: year } },
          refusal: refusalOf(refusal, (key) => `input.${key}`),
        }),
      );
      const target = {
        operation: 'mutation' as const,
        field: 'updateProfile(input: $input) { id }',
        variables: { input: 'ProfileInput!' },
        headers: resident.headers,
        state: () => userRow(resident.id),
      };
      const total = casesPer.updateProfile;
      expect(await fuzz(request, target, cases, { total, size: 1 })).toBe(total);
    },
    propertyTimeout,
  );

  test(
    'revokeVerification',
    async () => {
      const cases = hostileTexts({ reason: [3, 500] }).map(
        ({ texts, refusal }): Case => ({
          variables: { userId: resident.id, reason: texts.reason },
          refusal: refusalOf(refusal),
        }),
      );
      const target = {
        operation: 'mutation' as const,
        field: 'revokeVerification(userId: $userId, reason: $reason) { id }',
        variables: { userId: 'ID!', reason: 'String!' },
        headers: admin,
        state: () => userRow(resident.id),
      };
      const total = casesPer.revokeVerification;
      expect(await fuzz(request, target, cases, { total, size: 1 })).toBe(total);
    },
    propertyTimeout,
  );

  test(
    'createAccessToken',
    async () => {
      const cases = hostileTexts({ name: [1, 80] }).map(
        ({ texts, refusal }): Case => ({ variables: texts, refusal: refusalOf(refusal) }),
      );
      const target = {
        operation: 'mutation' as const,
        field: 'createAccessToken(name: $name, scopes: [READ]) { token }',
        variables: { name: 'String!' },
        headers: resident.headers,
        rows: () => db.prisma.accessToken.count({ where: { userId: resident.id } }),
      };
      const total = casesPer.createAccessToken;
      expect(await fuzz(request, target, cases, { total })).toBe(total);
    },
    propertyTimeout,
  );

  test(
    'deleteMyAccount with a wrong password',
    async () => {
      const cases = hostileTexts({ password: [12, 256] }).map(
        ({ texts, refusal }): Case => ({
          variables: texts,
          refusal: refusalOf(refusal),
        }),
      );
      const target = {
        operation: 'mutation' as const,
        field: 'deleteMyAccount(password: $password)',
        variables: { password: 'String!' },
        headers: { cookie: signedUp.cookie },
        state: () => userRow(signedUp.userId),
      };
      const total = casesPer.deleteMyAccount;
      expect(await fuzz(request, target, cases, { total })).toBe(total);
    },
    propertyTimeout,
  );
});
