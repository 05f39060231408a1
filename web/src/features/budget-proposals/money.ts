/** Złoty as a resident types them ("1 234,56", "1234.5", "800") in whole grosze, or null. */
export function groszeOf(text: string): string | null {
  const match = /^(\d{1,16})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const grosze = BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return grosze > 0n ? grosze.toString() : null;
}

/** Grosze as złoty to type again: "1234,56" in Polish, "1234.56" in English. */
export function zlotyText(grosze: string, lang: 'pl' | 'en'): string {
  const value = BigInt(grosze);
  const fraction = (value % 100n).toString().padStart(2, '0');
  return `${value / 100n}${lang === 'pl' ? ',' : '.'}${fraction}`;
}

/** The sum of the amounts that are whole grosze; the others count nothing. */
export function totalGrosze(amounts: readonly (string | null)[]): bigint {
  return amounts.reduce<bigint>((sum, grosze) => sum + (grosze ? BigInt(grosze) : 0n), 0n);
}
