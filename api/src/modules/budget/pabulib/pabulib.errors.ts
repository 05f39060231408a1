/** A `.pb` file that cannot be read as Pabulib; `line` is 1-based in the file's text. */
export class PabulibError extends Error {
  override name = 'PabulibError';
  readonly code = 'BAD_PABULIB_FILE';

  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}
