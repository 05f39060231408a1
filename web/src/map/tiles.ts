/** The API's tile layers (`GET /tiles/{layer}/{z}/{x}/{y}.mvt`); each names its source layer. */
export type TileLayerName = 'comments' | 'projects' | 'zones' | 'areas' | 'consultations';

/** A tile parameter: a value, a list (sent comma-separated), or nothing (left out). */
export type TileParam = string | boolean | readonly string[] | null | undefined;

/**
 * The tile URL template of a layer with its filters, as MapLibre's vector source takes it:
 * absolute (the source's worker resolves nothing), parameters in name order and lists sorted
 * and deduplicated, so that equal filters give equal URLs and the browser's cache serves them.
 * An empty list is left out like a missing value: the API takes no empty lists.
 */
export function tileUrl(
  layer: TileLayerName,
  params: Readonly<Record<string, TileParam>>,
  origin: string = window.location.origin,
): string {
  const query = new URLSearchParams();
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'boolean') {
      query.set(name, String(value));
    } else if (value.length > 0) {
      query.set(name, [...new Set(value)].sort().join(','));
    }
  }
  const search = query.toString();
  return `${origin}/tiles/${layer}/{z}/{x}/{y}.mvt${search ? `?${search}` : ''}`;
}
