/** At most this many comments are answered at once (the API's limit). */
export const maxSelection = 200;

/** The selection with `id` added or removed; never past the limit. */
export function toggle(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else if (next.size < maxSelection) next.add(id);
  return next;
}

/** Whether every one of the shown comments is selected (false when none are shown). */
export function allSelected(selected: ReadonlySet<string>, shown: readonly string[]): boolean {
  return shown.length > 0 && shown.every((id) => selected.has(id));
}

/** Selects every shown comment (up to the limit), or clears them when all already are. */
export function toggleAll(selected: ReadonlySet<string>, shown: readonly string[]): Set<string> {
  if (allSelected(selected, shown)) {
    const next = new Set(selected);
    for (const id of shown) next.delete(id);
    return next;
  }
  const next = new Set(selected);
  for (const id of shown) {
    if (next.size >= maxSelection) break;
    next.add(id);
  }
  return next;
}

/** Keeps only the selected comments still shown, so hidden ones are never answered by mistake. */
export function keepShown(selected: ReadonlySet<string>, shown: readonly string[]): Set<string> {
  const visible = new Set(shown);
  return new Set([...selected].filter((id) => visible.has(id)));
}
