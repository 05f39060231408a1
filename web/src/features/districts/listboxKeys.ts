/**
 * Where a single-select listbox's active option moves for a key, or `null` when the key is
 * not a navigation key. Arrows stop at the ends (no wrap-around), as the WAI-ARIA listbox
 * pattern recommends; Home/End jump; PageUp/PageDown move by `page` options.
 * With nothing active yet (`current` -1), Down and Up start at the first and last option.
 */
export function nextActiveIndex(
  key: string,
  current: number,
  count: number,
  page = 5,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current < 0 ? last : clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(Math.max(current, 0) + page);
    case 'PageUp':
      return clamp(current - page);
    default:
      return null;
  }
}
