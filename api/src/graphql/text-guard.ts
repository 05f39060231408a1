import type { GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors/domain-error.js';

// C0 controls but tab, line feed and carriage return; PostgreSQL cannot store NUL at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Embeddings, overrides and isolates reorder how text shows, so a remark can be made to read
// other than it is written ("Trojan Source"). Marks (U+200E, U+200F) stay allowed.
const bidiControl = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Every text a request sends — in arguments, input objects, lists and GeoJSON values, their
 * keys too — is refused before any resolver runs when it holds a control character, malformed
 * UTF-16 (a lone surrogate) or a bidirectional override, or when it is longer than the limit:
 * the server's (PLAC_MAX_TEXT_LENGTH), or a larger one a field declares with
 * `@Extensions({ maxTextLength })` for a file it takes as text. Each refusal names the
 * argument's path.
 */
export const textGuard: MiddlewareFn<Context> = ({ args, info, context }, next) => {
  const max = maxTextLength(info) ?? context.config.maxTextLength;
  for (const [name, value] of Object.entries(args)) checkTexts(value, name, max);
  return next();
};

function maxTextLength(info: GraphQLResolveInfo): number | undefined {
  const declared = info.parentType.getFields()[info.fieldName]?.extensions?.maxTextLength;
  return typeof declared === 'number' ? declared : undefined;
}

/** The same checks for texts a request carries in a file, such as a plan to import. */
export function checkTexts(value: unknown, path: string, max: number): void {
  if (typeof value === 'string') checkText(value, path, max);
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkTexts(item, `${path}[${i}]`, max);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A key of a JSON value (a plan zone's parameters) is text stored too; it names its object.
      checkText(key, path, max);
      checkTexts(item, `${path}.${key}`, max);
    }
  }
}

function checkText(text: string, path: string, max: number): void {
  if (text.length > max) {
    throw badInput(path, `is longer than ${max} characters`, 'INPUT_TOO_LONG', { max });
  }
  if (controlCharacter.test(text)) {
    throw badInput(path, 'holds a control character', 'INPUT_CONTROL_CHARACTER');
  }
  if (loneSurrogate.test(text)) {
    throw badInput(path, 'is not well-formed Unicode', 'INPUT_MALFORMED_UNICODE');
  }
  if (bidiControl.test(text)) {
    throw badInput(path, 'holds a bidirectional override', 'INPUT_BIDI_CONTROL');
  }
}
