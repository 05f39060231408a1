/** Marks a branch the type checker has proved impossible, e.g. the default of an exhaustive switch. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable: unexpected value ${String(value)}`);
}
