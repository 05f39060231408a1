const limits = { longitude: 180, latitude: 90 } as const;

/**
 * Why `value` cannot be a longitude or latitude in degrees, or undefined when it can.
 * The message calls it `name`, the axis unless told (e.g. `west`).
 */
export function axisProblem(
  axis: keyof typeof limits,
  value: unknown,
  name: string = axis,
): string | undefined {
  const limit = limits[axis];
  return (
    finiteProblem(name, value) ??
    (Math.abs(value as number) > limit
      ? `${name} ${value} is out of range -${limit}..${limit}`
      : undefined)
  );
}

/** Why `value` cannot be a finite number, or undefined when it can; NaN and Infinity cannot. */
export function finiteProblem(name: string, value: unknown): string | undefined {
  return Number.isFinite(value) ? undefined : `${name} ${show(value)} is not a finite number`;
}

/** A short description of an unchecked input value, for error messages. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}
