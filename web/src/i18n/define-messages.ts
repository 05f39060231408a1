/**
 * A feature's messages in both languages. English must have exactly Polish's keys, so a
 * message added in one language and forgotten in the other fails the typecheck.
 */
export function defineMessages<const Polish extends Record<string, string>>(
  pl: Polish,
  en: { [Key in keyof Polish]: string },
): { pl: Polish; en: { [Key in keyof Polish]: string } } {
  return { pl, en };
}
