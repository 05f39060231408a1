/** What a kept tile costs besides its bytes (its key and the map's entry), so empty ones count. */
const entryBytes = 128;
const costOf = (tile: Uint8Array) => tile.byteLength + entryBytes;

/**
 * Public tiles already built, by ETag (which names the layer's version, so a write makes new
 * keys and no kept tile goes stale), up to a byte budget: the least recently used go first.
 * A tile being built is shared: a second request for it waits for the first build instead of
 * running the same statement again — many residents opening one large consultation at once
 * cost one build per tile.
 */
export class TileCache {
  private readonly built = new Map<string, Uint8Array>();
  private readonly building = new Map<string, Promise<Uint8Array>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The tile kept or being built under `key`, else `build`'s; with no budget, always built. */
  get(key: string, build: () => Promise<Uint8Array>): Promise<Uint8Array> {
    if (this.maxBytes === 0) return build();
    const kept = this.built.get(key);
    if (kept) {
      // Map keeps insertion order: moved to the end, it is the most recently used.
      this.built.delete(key);
      this.built.set(key, kept);
      return Promise.resolve(kept);
    }
    const pending = this.building.get(key);
    if (pending) return pending;
    const started = build()
      .then((tile) => {
        this.keep(key, tile);
        return tile;
      })
      .finally(() => this.building.delete(key));
    this.building.set(key, started);
    return started;
  }

  private keep(key: string, tile: Uint8Array) {
    if (costOf(tile) > this.maxBytes) return;
    this.built.set(key, tile);
    this.bytes += costOf(tile);
    for (const [oldest, old] of this.built) {
      if (this.bytes <= this.maxBytes) break;
      this.built.delete(oldest);
      this.bytes -= costOf(old);
    }
  }
}
