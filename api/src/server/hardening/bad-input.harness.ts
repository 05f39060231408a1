import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GraphQLResponse, useTestServer } from '../../../test/server.js';
import { casesPer } from './bad-input.cases.js';
import { guardedLength } from './bad-text.arbitraries.js';

/**
 * The seed of every property, fixed so that a failure reproduces. Another seed explores other
 * inputs: `PLAC_FUZZ_SEED=7 npx vitest run src/server/hardening/` (a failure prints its seed
 * and path too, for fast-check's `seed` and `path` options).
 */
export const fuzzSeed = Number(process.env.PLAC_FUZZ_SEED ?? 20261211);

/**
 * The server's settings: allowances high enough that inputs reach their checks, not a rate
 * limit, and texts as long as the longest a field takes.
 */
export const fuzzServerEnv = {
  PLAC_RATE_LIMIT_FACTOR: '10000',
  PLAC_MAX_TEXT_LENGTH: String(guardedLength),
};

/** Long enough for the embedded database, which runs one statement at a time. */
export const propertyTimeout = 180_000;

/** One generated input: its variables, and the refusal it must get when the test knows it. */
export type Case = {
  variables: Record<string, unknown>;
  refusal?: { reason: string; field: string };
  /** Who sends it, when not the target's sender. */
  headers?: Record<string, string>;
};

/** The refusal a poisoned text must get: its reason, at the path `pathOf(key)`. */
export const refusalOf = <K extends string>(
  poisoned: { key: K; reason: string } | undefined,
  pathOf: (key: K) => string = (key) => key,
) => poisoned && { reason: poisoned.reason, field: pathOf(poisoned.key) };

/** A field called with generated variables, one request per case. */
export type Target = {
  operation: 'query' | 'mutation';
  /** The field with its selection, variables as `$name`: `addComment(input: $input) { id }`. */
  field: string;
  /** Each variable's type, e.g. `{ input: 'AddCommentInput!' }`. */
  variables: Record<string, string>;
  headers?: Record<string, string>;
  /** Rows each success writes one of, counted before and after each batch. */
  rows?: (batch: Case[]) => Promise<number>;
  /** What no refusal may change: compared around each batch that nothing succeeded in. */
  state?: () => Promise<unknown>;
};

type Request = ReturnType<typeof useTestServer>['request'];
type GraphQLError = NonNullable<GraphQLResponse['errors']>[number] & { path?: unknown[] };

const operation = (target: Target) => {
  const definitions = Object.entries(target.variables).map(([name, type]) => `$${name}: ${type}`);
  const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  return `${target.operation} ${head} { ${target.field} }`;
};

// Long texts shortened, so that a failure shows every field of the case.
const show = (value: unknown) =>
  JSON.stringify(value, (_, v) =>
    typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}… (${v.length} units)` : v,
  );

/**
 * One case's answer: no server error, a BAD_USER_INPUT naming its field (or, refused before
 * execution, its variable or the limit passed), the refusal as expected when known. Returns
 * whether it succeeded.
 */
function succeeded(status: number, body: GraphQLResponse, c: Case): boolean {
  const about = `${show(c.variables)} got ${show(body)}`;
  expect(status, about).toBeLessThan(500);
  const errors = (body.errors ?? []) as GraphQLError[];
  for (const error of errors) {
    const { code, field } = error.extensions ?? {};
    expect(code, about).not.toBe('INTERNAL_SERVER_ERROR');
    expect(code, about).toEqual(expect.any(String));
    if (!error.path) {
      // Refused before execution: a value its variable's type does not take (named), or an
      // operation past a limit (its reason and the limit).
      expect(error.extensions, about).toMatchObject({ code: 'BAD_USER_INPUT' });
      const { reason } = error.extensions ?? {};
      if (!String(reason).startsWith('QUERY_')) {
        expect(error.message, about).toMatch(
          /^Variable "\$\w+" (got invalid value|of non-null type)/,
        );
      }
    } else if (code === 'BAD_USER_INPUT') {
      expect(field, `no field named: ${about}`).toEqual(expect.any(String));
    }
  }
  if (c.refusal) {
    expect(errors[0]?.extensions, about).toMatchObject({ code: 'BAD_USER_INPUT', ...c.refusal });
  }
  return errors.length === 0;
}

/**
 * Sends `total` generated cases to the target, `size` requests at a time, and checks each
 * answer: never a server error, known refusals as expected, and a refusal writes nothing.
 * Returns how many cases were sent.
 */
export async function fuzz(
  request: Request,
  target: Target,
  cases: fc.Arbitrary<Case>,
  { total, size = 10 }: { total: number; size?: number },
) {
  let sent = 0;
  const query = operation(target);
  const property = fc.asyncProperty(
    fc.array(cases, { minLength: size, maxLength: size }),
    async (batch) => {
      sent += batch.length;
      const rowsBefore = await target.rows?.(batch);
      const stateBefore = await target.state?.();
      const answers = await Promise.all(
        batch.map((c) => request(query, c.variables, c.headers ?? target.headers)),
      );
      const successes = answers.filter(({ res, body }, i) =>
        succeeded(res.status, body, batch[i] as Case),
      ).length;
      if (rowsBefore !== undefined) {
        expect(await target.rows?.(batch), 'rows written = successes').toBe(rowsBefore + successes);
      }
      if (target.state && successes === 0) expect(await target.state()).toEqual(stateBefore);
    },
  );
  await fc.assert(property, {
    numRuns: Math.ceil(total / size),
    seed: fuzzSeed,
    endOnFailure: true,
  });
  return sent;
}

/** One argument's property: what it calls, the cases it generates, how many go at once. */
export type Property = {
  name: keyof typeof casesPer;
  target: () => Target;
  cases: () => fc.Arbitrary<Case>;
  size?: number;
};

/** A describe block that sends each property its share of the cases (bad-input.cases.ts). */
export function fuzzEach(title: string, request: Request, properties: Property[]) {
  describe(title, () => {
    test.each(properties)(
      '$name',
      async ({ name, target, cases, size }) => {
        const total = casesPer[name];
        expect(await fuzz(request, target(), cases(), { total, size })).toBe(total);
      },
      propertyTimeout,
    );
  });
}
