/** Arguments the budget CLI cannot act on: exit code 2, with usage on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly code = 'BAD_USER_INPUT';
}
