import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Stance, stanceStyle, stances } from './stancePalette';

// The offline style has no glyphs, so signs, counts and zone symbols are drawn as images
// on a canvas.
const ratio = 2;

function canvas(width: number, height: number) {
  const element = document.createElement('canvas');
  element.width = width * ratio;
  element.height = height * ratio;
  const context = element.getContext('2d');
  context?.scale(ratio, ratio);
  return { element, context };
}

function addCanvas(map: MapLibreMap, id: string, element: HTMLCanvasElement) {
  const context = element.getContext('2d');
  if (!context || map.hasImage(id)) return;
  map.addImage(id, context.getImageData(0, 0, element.width, element.height), {
    pixelRatio: ratio,
  });
}

const polygons: Partial<Record<string, [number, number][]>> = {
  diamond: [
    [12, 1],
    [23, 12],
    [12, 23],
    [1, 12],
  ],
  triangle: [
    [12, 1],
    [23, 22],
    [1, 22],
  ],
};

function drawStance(map: MapLibreMap, id: string, stance: Stance) {
  const size = 24;
  const { element, context: c } = canvas(size, size);
  if (!c) return;
  const { color, shape, sign } = stanceStyle(stance);
  const mid = size / 2;
  c.beginPath();
  if (shape === 'circle') c.arc(mid, mid, 10, 0, Math.PI * 2);
  if (shape === 'square') c.rect(3, 3, 18, 18);
  const corners = polygons[shape];
  if (corners)
    for (const [index, [x, y]] of corners.entries()) c[index ? 'lineTo' : 'moveTo'](x, y);
  c.closePath();
  c.fillStyle = color;
  c.fill();
  c.lineWidth = 2;
  c.strokeStyle = '#ffffff';
  c.stroke();
  c.fillStyle = stance === 'QUESTION' ? '#000000' : '#ffffff';
  c.font = 'bold 14px system-ui, sans-serif';
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillText(sign, mid, shape === 'triangle' ? 15 : mid + 1);
  addCanvas(map, id, element);
}

function drawLabel(map: MapLibreMap, id: string, text: string, round: boolean) {
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

/** Draws an image the consultation's layers name; false when the name is not one of ours. */
function drawImage(map: MapLibreMap, id: string): boolean {
  const stance = stances.find((name) => id === `plac-stance-${name}`);
  if (stance) drawStance(map, id, stance);
  else if (id.startsWith('plac-zone-')) drawLabel(map, id, id.slice('plac-zone-'.length), false);
  else if (id.startsWith('plac-cluster-'))
    drawLabel(map, id, id.slice('plac-cluster-'.length), true);
  else return false;
  return true;
}

/**
 * Supplies the images the consultation's layers name as the map asks for them. MapLibre 6
 * ignores images added from a `styleimagemissing` listener for the request that raised it
 * (the symbol is then dropped from its tile), so they come from the resolver it awaits;
 * the stance signs are drawn before any layer asks.
 */
export function provideImages(map: MapLibreMap): () => void {
  for (const stance of stances) drawImage(map, `plac-stance-${stance}`);
  map.setMissingStyleImageResolver((id) => {
    drawImage(map, id);
  });
  return () => {
    map.setMissingStyleImageResolver(null);
  };
}
