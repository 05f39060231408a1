import { PabulibError } from './pabulib-error.js';

const amount = /^(\d+)(?:[.,](\d{1,2}))?$/;
/** The largest amount a bigint column holds with room to sum a pool's projects: 18 digits of grosze. */
const maxGrosze = 10n ** 18n - 1n;

/**
 * A Pabulib amount in PLN as exact grosze: whole (`707607`) or with one or two decimals after
 * a comma or a dot (`969245,38`, `707607.00`), as Pabulib writes them. Never a float.
 */
export function readGrosze(line: number, field: string, value: string, min: bigint): bigint {
  const match = value.trim().match(amount);
  if (!match) {
    throw new PabulibError(
      line,
      `${field} "${value}" is not an amount in PLN (at most 2 decimals)`,
    );
  }
  const grosze = BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  if (grosze > maxGrosze) {
    throw new PabulibError(line, `${field} "${value}" is larger than ${writeGrosze(maxGrosze)}`);
  }
  if (grosze < min) {
    throw new PabulibError(line, `${field} ${writeGrosze(grosze)} is below ${writeGrosze(min)}`);
  }
  return grosze;
}

/** Grosze as a Pabulib amount: whole PLN when they are, else with a dot and two decimals. */
export function writeGrosze(grosze: bigint): string {
  const pln = grosze / 100n;
  const rest = grosze % 100n;
  return rest === 0n ? pln.toString() : `${pln}.${rest.toString().padStart(2, '0')}`;
}
