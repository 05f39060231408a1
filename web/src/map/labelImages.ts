import type { Map as MapLibreMap } from 'maplibre-gl';

// The offline style has no glyphs, so counts and symbols on the map are drawn as images on a
// canvas.
const ratio = 2;

/** A canvas of `width` × `height` CSS pixels at twice the resolution. */
export function canvas(width: number, height: number) {
  const element = document.createElement('canvas');
  element.width = width * ratio;
  element.height = height * ratio;
  const context = element.getContext('2d');
  context?.scale(ratio, ratio);
  return { element, context };
}

/** Adds the drawn canvas to the map as image `id`, once. */
export function addCanvas(map: MapLibreMap, id: string, element: HTMLCanvasElement) {
  const context = element.getContext('2d');
  if (!context || map.hasImage(id)) return;
  map.addImage(id, context.getImageData(0, 0, element.width, element.height), {
    pixelRatio: ratio,
  });
}

/**
 * A text on a label as image `id`: round and dark for a count (a cell of remarks or
 * projects), a white tag for a zone's symbol.
 */
export function drawLabel(map: MapLibreMap, id: string, text: string, round: boolean) {
  const measure = canvas(1, 1).context;
  const font = 'bold 12px system-ui, sans-serif';
  if (measure) measure.font = font;
  const width = Math.ceil((measure?.measureText(text).width ?? text.length * 8) + 12);
  const height = round ? Math.max(width, 28) : 20;
  const { element, context: c } = canvas(round ? height : width, height);
  if (!c) return;
  c.beginPath();
  if (round) c.arc(height / 2, height / 2, height / 2 - 1, 0, Math.PI * 2);
  else c.roundRect(1, 1, width - 2, height - 2, 4);
  c.fillStyle = round ? '#1f2933' : '#ffffff';
  c.fill();
  c.strokeStyle = round ? '#ffffff' : '#1f2933';
  c.lineWidth = 1.5;
  c.stroke();
  c.fillStyle = round ? '#ffffff' : '#1f2933';
  c.font = font;
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillText(text, (round ? height : width) / 2, height / 2 + 1);
  addCanvas(map, id, element);
}

export const countPrefix = 'plac-cluster-';

const count = ['get', 'count'];
const roundedTo = (step: number) => ['*', ['round', ['/', count, step]], step];

/**
 * The image name of a cell's count, as layers name it: `plac-cluster-<count>`, a count of a
 * thousand or more rounded to two significant digits. Each name is an image drawn on the main
 * thread, so a city's map asks for a few dozen of them rather than one per cell; the cell's
 * exact count stays in its properties.
 */
export const countImage: unknown[] = [
  'concat',
  countPrefix,
  [
    'to-string',
    [
      'case',
      ['<', count, 1_000],
      count,
      ['<', count, 9_950],
      roundedTo(100),
      ['<', count, 99_500],
      roundedTo(1_000),
      ['<', count, 995_000],
      roundedTo(10_000),
      roundedTo(100_000),
    ],
  ],
];

/** A count as a cell shows it: whole below a thousand, else short ("15 tys.", "1.2K"). */
export function countLabel(n: number, locale: string): string {
  if (n < 1_000) return String(n);
  return new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumSignificantDigits: 2,
  }).format(n);
}

/** Draws image `id` when it is a count's; false when it is not. */
export function drawCount(map: MapLibreMap, id: string): boolean {
  if (!id.startsWith(countPrefix)) return false;
  const n = Number(id.slice(countPrefix.length));
  drawLabel(map, id, countLabel(n, document.documentElement.lang || 'pl'), true);
  return true;
}

/**
 * Supplies the counts' images as the map asks for them, from the resolver MapLibre 6 awaits
 * (images added from a `styleimagemissing` listener come too late for the asking tile).
 */
export function provideCountImages(map: MapLibreMap): () => void {
  map.setMissingStyleImageResolver((id) => {
    drawCount(map, id);
  });
  return () => {
    map.setMissingStyleImageResolver(null);
  };
}
