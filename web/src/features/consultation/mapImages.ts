import type { Map as MapLibreMap } from 'maplibre-gl';
import { addCanvas, canvas } from '../../map/labels';
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

/** Draws the stance signs the remarks' markers name, once per map. */
export function addStanceImages(map: MapLibreMap) {
  for (const stance of stances) drawStance(map, `plac-stance-${stance}`, stance);
}
