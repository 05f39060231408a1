import type { ErrorCode } from './error-code.js';

/** A module's refusal reasons, each with the code it travels under. Names are SCREAMING_SNAKE. */
export type ReasonCatalog = Readonly<Record<string, ErrorCode>>;

/** Declares a module's reasons in its `<module>.errors.ts`; the one list gathers them. */
export const defineReasons = <const T extends ReasonCatalog>(reasons: T): T => reasons;

/**
 * Merges the modules' catalogs into one, refusing a reason declared twice: two modules that
 * mean different things by one name would otherwise reach the client as one.
 */
export function mergeReasons<const T extends readonly ReasonCatalog[]>(...catalogs: T) {
  const merged: Record<string, ErrorCode> = {};
  for (const catalog of catalogs) {
    for (const [reason, code] of Object.entries(catalog)) {
      if (reason in merged) throw new Error(`The refusal reason ${reason} is declared twice`);
      merged[reason] = code;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (
  k: infer I,
) => void
  ? I
  : never;
