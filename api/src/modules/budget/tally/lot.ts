/**
 * A seeded lot: mulberry32, a small deterministic PRNG, so anyone holding the seed can
 * replay a draw. Not for secrets — only for making a public draw reproducible.
 */
export function seededLot(seed: number) {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`lot seed ${seed} must be a whole number from 0 to 4294967295`);
  }
  let state = seed;
  const nextUint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  /** Uniform in [0, n), by rejection so that no index is favoured. */
  const below = (n: number) => {
    const limit = 2 ** 32 - (2 ** 32 % n);
    let draw = nextUint32();
    while (draw >= limit) draw = nextUint32();
    return draw % n;
  };
  return {
    /** A whole number drawn uniformly from 0 … n−1. */
    below,
    /** A Fisher–Yates shuffle of a copy of `items`. */
    shuffle<T>(items: readonly T[]): T[] {
      const shuffled = [...items];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = below(i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
      }
      return shuffled;
    },
  };
}
