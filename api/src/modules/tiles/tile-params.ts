import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';

/**
 * A tile's query string, read once per name: each value checked, names the layer does not
 * take refused, so that a cache key holds nothing but what decides the tile.
 */
export class TileParams {
  private readonly read = new Set<string>();

  constructor(private readonly params: URLSearchParams) {}

  private one(name: string) {
    this.read.add(name);
    const all = this.params.getAll(name);
    if (all.length > 1) throw badInput(name, 'must be given once');
    return all[0] ?? null;
  }

  /** A required id. */
  id(name: string): string {
    const value = this.one(name);
    if (value === null || value === '') throw badInput(name, 'is required', 'INPUT_REQUIRED');
    if (!isUuid(value)) throw badInput(name, `"${value.slice(0, 40)}" is not an id`);
    return value.toLowerCase();
  }

  optionalId(name: string): string | null {
    this.read.add(name);
    return this.params.has(name) ? this.id(name) : null;
  }

  /** A comma-separated list of `allowed` values, or null when absent. */
  list<T extends string>(name: string, allowed: readonly T[]): T[] | null {
    const value = this.one(name);
    if (value === null) return null;
    const items = value.split(',');
    const bad = items.find((item) => !(allowed as readonly string[]).includes(item));
    if (bad !== undefined) {
      throw badInput(name, `"${bad.slice(0, 40)}" is not one of ${allowed.join(', ')}`);
    }
    return [...new Set(items as T[])].sort();
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const [value] = this.list(name, allowed) ?? [fallback];
    if (this.params.get(name)?.includes(',')) throw badInput(name, 'must be one value');
    return value ?? fallback;
  }

  boolean(name: string): boolean | null {
    const value = this.one(name);
    if (value === null) return null;
    if (value !== 'true' && value !== 'false') throw badInput(name, 'must be true or false');
    return value === 'true';
  }

  /** A text of at most `max` characters, or null when absent. */
  text(name: string, max: number): string | null {
    const value = this.one(name)?.trim() ?? null;
    if (value !== null && [...value].length > max) {
      throw badInput(name, `must be at most ${max} characters`, 'INPUT_TOO_LONG', { max });
    }
    return value || null;
  }

  /** Refuses any name the layer did not read. */
  done() {
    const unknown = [...this.params.keys()].find((name) => !this.read.has(name));
    if (unknown !== undefined)
      throw badInput(unknown.slice(0, 40), 'is not a parameter of this layer');
  }
}
