import { Field, ObjectType } from 'type-graphql';
import { badInput } from '../../errors/domain-error.js';

/**
 * An amount of money, exact: grosze as a decimal string (a GraphQL Int is 32-bit, too small
 * for a city's pool) and the same amount in złoty with two decimals.
 */
@ObjectType({ description: 'Money, exact: integer grosze as a string, and złoty "1234.56".' })
export class Money {
  @Field(() => String, { description: 'Integer grosze, e.g. "123456" for 1 234,56 zł.' })
  grosze!: string;

  @Field(() => String, { description: 'Złoty with two decimals, e.g. "1234.56".' })
  pln!: string;
}

/** Money from grosze as the database gives them (bigint, or pg's decimal string). */
export function money(grosze: bigint | string | number): Money {
  const value = BigInt(grosze);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return {
    grosze: value.toString(),
    pln: `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`,
  };
}

/** A positive whole number of grosze, exactly; `field` names the argument. */
export function parseGrosze(value: string, field: string): bigint {
  if (!/^[1-9]\d{0,17}$/.test(value.trim())) {
    throw badInput(field, `"${value}" is not a positive whole number of grosze`, 'MONEY_INVALID');
  }
  return BigInt(value.trim());
}
