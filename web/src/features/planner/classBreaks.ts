/** One class of the choropleth: counts from `min` to `max`, inclusive. */
export type CountClass = { min: number; max: number; color: string };

/**
 * A sequential palette, light to dark (viridis, reversed): ordered in lightness, so it reads
 * the same with every common colour-vision deficiency and in greyscale.
 */
export const sequentialPalette = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/**
 * Classes of whole counts by quantiles, at most one per palette colour: each count falls in
 * exactly one class, classes never overlap and none is empty of possible values.
 */
export function countClasses(
  counts: readonly number[],
  palette: readonly string[] = sequentialPalette,
): CountClass[] {
  const sorted = [...new Set(counts.filter((c) => Number.isFinite(c) && c > 0))].sort(
    (a, b) => a - b,
  );
  if (sorted.length === 0) return [];
  const classes = Math.min(palette.length, sorted.length);
  const upper: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const value = sorted[Math.ceil((i * sorted.length) / classes) - 1] as number;
    if (upper.at(-1) !== value) upper.push(value);
  }
  // Spread the colours over the whole palette, so few classes still span light to dark.
  const colorAt = (i: number) =>
    palette[
      upper.length === 1
        ? palette.length - 1
        : Math.round((i * (palette.length - 1)) / (upper.length - 1))
    ] as string;
  return upper.map((max, i) => ({
    min: i === 0 ? (sorted[0] as number) : (upper[i - 1] as number) + 1,
    max,
    color: colorAt(i),
  }));
}

/** The class a count falls in; counts past the ends go to the first or last class. */
export function classOf(count: number, classes: readonly CountClass[]): CountClass | undefined {
  return classes.find((c) => count <= c.max) ?? classes.at(-1);
}
