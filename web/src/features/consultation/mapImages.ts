import type { Map as MapLibreMap } from 'maplibre-gl';
import { addCanvas, canvas, drawCount, drawLabel } from '../../map/labelImages';
import { type Stance, stanceStyle, stances } from './stancePalette';

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

/** Draws an image the consultation's layers name; false when the name is not one of ours. */
function drawImage(map: MapLibreMap, id: string): boolean {
  const stance = stances.find((name) => id === `plac-stance-${name}`);
  if (stance) drawStance(map, id, stance);
  else if (id.startsWith('plac-zone-')) drawLabel(map, id, id.slice('plac-zone-'.length), false);
  else return drawCount(map, id);
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
