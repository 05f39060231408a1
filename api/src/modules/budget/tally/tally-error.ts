/** Why no rule can tally: the instance is malformed, or it names no rule Plac has. */
export type TallyProblem = 'TALLY_INSTANCE_INVALID' | 'TALLY_RULE_UNKNOWN';

/** An instance no rule can tally: the message names the project, ballot or rule at fault. */
export class TallyError extends Error {
  override name = 'TallyError';

  constructor(
    message: string,
    readonly reason: TallyProblem = 'TALLY_INSTANCE_INVALID',
  ) {
    super(message);
  }
}
