const letters: Record<string, string> = { ł: 'l', Ł: 'l' };

/** "Praga-Południe" → "praga-poludnie": lower case ASCII words joined by hyphens. */
export function slugify(name: string): string {
  return name
    .replace(/[łŁ]/g, (c) => letters[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
