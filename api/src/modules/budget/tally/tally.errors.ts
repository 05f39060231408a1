/** An instance no rule can tally: the message names the project or ballot at fault. */
export class TallyError extends Error {
  override name = 'TallyError';
  readonly code = 'BAD_BUDGET_INSTANCE';
}
