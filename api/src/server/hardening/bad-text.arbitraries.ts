import fc from 'fast-check';

/**
 * The characters every text argument is refused for (see graphql/text-guard.ts), by reason:
 * the test's own list, so that a character the guard forgets fails the properties.
 */
const refusedRanges = {
  INPUT_CONTROL_CHARACTER: [
    [0x00, 0x08],
    [0x0b, 0x0c],
    [0x0e, 0x1f],
    [0x7f, 0x7f],
  ],
  INPUT_MALFORMED_UNICODE: [[0xd800, 0xdfff]],
  INPUT_BIDI_CONTROL: [
    [0x202a, 0x202e],
    [0x2066, 0x2069],
  ],
} as const;

export type TextReason = keyof typeof refusedRanges;

const inRanges = (code: number, ranges: readonly (readonly [number, number])[]) =>
  ranges.some(([from, to]) => code >= from && code <= to);

/** One refused character (a lone surrogate, for malformed Unicode) and why it is refused. */
export const refusedCharacter = fc.oneof(
  ...Object.entries(refusedRanges).map(([reason, ranges]) =>
    fc
      .oneof(...ranges.map(([min, max]) => fc.integer({ min, max })))
      .map((code) => ({ character: String.fromCharCode(code), reason: reason as TextReason })),
  ),
);

// Text people do write, and text that breaks naive code: accents, emoji sequences, combining
// marks, every kind of space, direction marks (allowed), quotes, SQL and markup.
const awkwardUnits = [
  'a',
  'ą',
  'Ż',
  'ß',
  'İ',
  '😀',
  '👩‍👩‍👧',
  '🇵🇱',
  'e\u0301',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u200e',
  '\u200f',
  '\ufffd',
  '\uffff',
  "'",
  '"',
  '\\',
  '%',
  '_',
  '$1',
  "'; DROP TABLE comment; --",
  '<script>alert(1)</script>',
  '{{x}}',
  '**',
];

const isRefusedCodePoint = (code: number) =>
  Object.values(refusedRanges).some((ranges) => inRanges(code, ranges));

/** Drops the refused characters (the `binary` unit gives no lone surrogates anyway). */
const withoutRefused = (text: string) =>
  Array.from(text)
    .filter((c) => !isRefusedCodePoint(c.codePointAt(0) ?? 0))
    .join('');

/** Text the guard lets through: printable, awkward, or any code point but the refused. */
export const cleanText = (maxLength = 40) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.constantFrom(...awkwardUnits), maxLength }),
    fc.string({ unit: 'binary', maxLength }).map(withoutRefused),
  );

/**
 * The fuzzed server's PLAC_MAX_TEXT_LENGTH, above its default so that texts reach the fields'
 * own limits (50,000 for a description): the longest text the guard lets through.
 */
export const guardedLength = 60_000;

/** Code-point lengths around a limit, and the same in UTF-16 units when a unit is astral. */
const lengthsAround = (min: number, max: number) =>
  [...new Set([0, 1, min - 1, min, min + 1, max - 1, max, max + 1, max * 2])].filter((n) => n >= 0);

/**
 * Text of a length at or just past `min` and `max` (PostgreSQL counts code points, JavaScript
 * UTF-16 units, so astral units sit on both sides of each limit), padded with spaces or not.
 */
export const textAround = (min: number, max: number) =>
  fc
    .tuple(
      fc.constantFrom(...lengthsAround(min, max)),
      fc.constantFrom('a', '😀', 'ż', 'e\u0301', ' ', '\u00a0'),
      fc.constantFrom('', ' ', '  \t'),
    )
    .map(([length, unit, padding]) => `${padding}${unit.repeat(length)}${padding}`)
    // Past the server's limit on any text the guard refuses first, whatever else is wrong.
    .filter((text) => text.length <= guardedLength);

/** Clean text with one refused character inserted between two code points. */
export const poisonedText: fc.Arbitrary<{ text: string; reason: TextReason }> = fc
  .tuple(cleanText(30), refusedCharacter, fc.nat())
  .map(([text, { character, reason }, at]) => {
    const points = Array.from(text);
    points.splice(at % (points.length + 1), 0, character);
    return { text: points.join(''), reason };
  });

/** Text for a field of `min` to `max` characters, clean or near the limits: never refused by the guard. */
export const unpoisonedText = (min: number, max: number) =>
  fc.oneof(cleanText(), textAround(min, max));

export type HostileTexts<K extends string> = {
  texts: Record<K, string>;
  refusal?: { key: K; reason: TextReason };
};

/** A text every field of `min` to `max` characters takes: letters, digits and an emoji. */
const validText = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom('a', 'ą', 'Ż', 'ß', '1', '😀'),
    minLength: Math.max(min, 1),
    maxLength: Math.max(min, Math.min(max, 30)),
  });

/**
 * Texts for some fields, each with its `[min, max]`: mostly one field hostile and the others
 * valid (a format of `formats`, or plain text of a fitting length), so that cases get past
 * the other checks to that field's; at most one poisoned, so that its refusal is known.
 */
export function hostileTexts<K extends string>(
  limits: Record<K, readonly [number, number]>,
  formats: Partial<Record<K, fc.Arbitrary<string>>> = {},
): fc.Arbitrary<HostileTexts<K>> {
  const keys = Object.keys(limits) as K[];
  const each = (text: (k: K, min: number, max: number) => fc.Arbitrary<string>) =>
    fc.record(
      Object.fromEntries(keys.map((k) => [k, text(k, limits[k][0], limits[k][1])])) as Record<
        K,
        fc.Arbitrary<string>
      >,
    ) as fc.Arbitrary<Record<K, string>>;
  const valid = each((k, min, max) => formats[k] ?? validText(min, max));
  const hostile = each((_, min, max) => unpoisonedText(min, max));
  const focus = fc.option(fc.constantFrom(...keys), { nil: undefined });
  const poison = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: fc.tuple(fc.constantFrom(...keys), poisonedText), weight: 1 },
  );
  return fc.tuple(valid, hostile, focus, poison).map(([good, bad, key, poisoned]) => {
    const texts: Record<K, string> = key === undefined ? bad : { ...good, [key]: bad[key] };
    if (!poisoned) return { texts };
    const [at, { text, reason }] = poisoned;
    return { texts: { ...texts, [at]: text }, refusal: { key: at, reason } };
  });
}
