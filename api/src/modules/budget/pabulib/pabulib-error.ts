/** Why a file cannot be imported: unreadable, no unit to own its pool, or a rule Plac lacks. */
export type PabulibProblem =
  | 'PABULIB_FILE_INVALID'
  | 'PABULIB_UNIT_REQUIRED'
  | 'PABULIB_COUNT_MISMATCH'
  | 'PABULIB_NO_BALLOTS'
  | 'TALLY_RULE_UNKNOWN';

/** A `.pb` file that cannot be read as Pabulib; `line` is 1-based in the file's text. */
export class PabulibError extends Error {
  override name = 'PabulibError';
  readonly code = 'BAD_PABULIB_FILE';

  constructor(
    readonly line: number,
    readonly problem: string,
    readonly reason: PabulibProblem = 'PABULIB_FILE_INVALID',
    /** What the reason's message needs besides the line. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(`line ${line}: ${problem}`);
  }
}
