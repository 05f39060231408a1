import { randomUUID } from 'node:crypto';
import { type AccessRow, everyone, signedIn } from '../../../test/access-matrix.js';
import { verificationOf } from './identity.scenario.js';

const resident = (f: { newUserId(): Promise<string> }) => f.newUserId();

/** Who may call each identity mutation; the access-matrix test runs every cell. */
export const identityAccess: Record<string, AccessRow> = {
  signUp: {
    allowed: everyone,
    call: async () => ({
      query:
        'mutation { signUp(input: { email: "x@y.pl", password: "short", displayName: "X" }) { id } }',
    }),
  },
  signIn: {
    allowed: everyone,
    call: async () => ({
      query: 'mutation { signIn(email: "not an email", password: "whatever") { id } }',
    }),
  },
  signOut: { allowed: everyone, call: async () => ({ query: 'mutation { signOut }' }) },
  signOutEverywhere: {
    allowed: signedIn,
    call: async () => ({ query: 'mutation { signOutEverywhere }' }),
  },
  updateProfile: {
    allowed: signedIn,
    call: async () => ({ query: 'mutation { updateProfile(input: { birthYear: 1800 }) { id } }' }),
  },
  deleteMyAccount: {
    allowed: signedIn,
    call: async () => ({ query: 'mutation { deleteMyAccount(password: "wrong password!") }' }),
  },
  createAccessToken: {
    allowed: signedIn,
    call: async () => ({
      query: 'mutation { createAccessToken(name: "", scopes: [READ]) { token } }',
    }),
  },
  revokeAccessToken: {
    allowed: signedIn,
    call: async () => ({
      query: 'mutation { revokeAccessToken(id: "00000000-0000-0000-0000-000000000000") }',
    }),
  },
  grantRole: {
    allowed: ['admin'],
    call: async (f) => ({
      query: 'mutation ($u: ID!) { grantRole(input: { userId: $u, role: MODERATOR }) { id } }',
      variables: { u: await resident(f) },
    }),
  },
  revokeRole: {
    allowed: ['admin'],
    call: async (f) => ({
      query: 'mutation ($u: ID!) { revokeRole(input: { userId: $u, role: MODERATOR }) { id } }',
      variables: { u: await resident(f) },
    }),
  },
  verifyResident: {
    allowed: ['admin', 'plannerOfOwningUnit'],
    call: async (f) => ({
      query: `mutation ($input: VerificationInput!) { verifyResident(input: $input) { verified } }`,
      variables: verificationOf(await resident(f), f.owningUnitId),
    }),
  },
  revokeVerification: {
    allowed: ['admin', 'plannerOfOwningUnit'],
    call: async (f) => ({
      query: 'mutation ($u: ID!) { revokeVerification(userId: $u, reason: "mistake") { id } }',
      variables: { u: await resident(f) },
    }),
  },
  requestVerification: {
    allowed: signedIn,
    call: async () => ({
      query: `mutation { requestVerification(unitId: "${randomUUID()}") { id } }`,
    }),
  },
  withdrawVerificationRequest: {
    allowed: signedIn,
    call: async () => ({ query: 'mutation { withdrawVerificationRequest }' }),
  },
  createUnit: {
    allowed: ['admin'],
    call: async () => ({
      query: 'mutation { createUnit(input: { kind: DISTRICT_OFFICE, name: "Urząd" }) { id } }',
    }),
  },
};
