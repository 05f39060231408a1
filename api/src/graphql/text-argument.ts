import { badInput } from '../errors/domain-error.js';

/**
 * Characters as PostgreSQL's length() counts them, and its CHECK constraints with it: code
 * points, so that an emoji (two UTF-16 units) is one.
 */
export const characterCount = (text: string) => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

/**
 * A text argument, trimmed, of `min` to `max` characters (code points); refused naming `field`
 * when blank (INPUT_REQUIRED), shorter (INPUT_TOO_SHORT, `{ min }`) or longer (INPUT_TOO_LONG,
 * `{ max }`).
 */
export function checkLength(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  const length = characterCount(trimmed);
  const problem = `must be ${min} to ${max} characters`;
  if (length === 0) throw badInput(field, problem, 'INPUT_REQUIRED');
  if (length < min) throw badInput(field, problem, 'INPUT_TOO_SHORT', { min });
  if (length > max) throw badInput(field, problem, 'INPUT_TOO_LONG', { max });
  return trimmed;
}

/** The longest words a text search takes: a title's worth, not a document. */
export const maxSearchLength = 200;

/** Search words, trimmed; null when blank; INPUT_TOO_LONG (`{ max }`) past `maxSearchLength`. */
export function checkSearchText(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > maxSearchLength) {
    const problem = `must be at most ${maxSearchLength} characters`;
    throw badInput(field, problem, 'INPUT_TOO_LONG', { max: maxSearchLength });
  }
  return trimmed || null;
}

/** A text that may be empty, of at most `max` characters (code points); else INPUT_TOO_LONG. */
export function checkMaxLength(value: string, field: string, max: number): string {
  if (characterCount(value) > max) {
    throw badInput(field, `must be at most ${max} characters`, 'INPUT_TOO_LONG', { max });
  }
  return value;
}
