import { describe, expect, it } from 'vitest';
import { designationGroups, type PreviewZone, zoneFeatures } from './previewZones';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [21, 52],
      [21.1, 52],
      [21.1, 52.1],
      [21, 52],
    ],
  ],
} as const;
const zone = (symbol: string, code: string, name = code): PreviewZone => ({
  symbol,
  designationCode: code,
  designationName: name,
  geometry: square as never,
});

describe('designationGroups', () => {
  it('lists each designation once, in file order, with its zones', () => {
    const groups = designationGroups([
      zone('1MW', 'MW', 'zabudowa wielorodzinna'),
      zone('1ZP', 'ZP'),
      zone('2MW', 'MW'),
    ]);
    expect(groups.map((g) => [g.code, g.name, g.symbols])).toEqual([
      ['MW', 'zabudowa wielorodzinna', ['1MW', '2MW']],
      ['ZP', 'ZP', ['1ZP']],
    ]);
  });

  it('colours by the designation family, as the consultation page does', () => {
    const [housing, green, road] = designationGroups([
      zone('1MW', 'MW'),
      zone('1Z', 'ZP'),
      zone('1KD', 'KD-Z'),
    ]);
    expect(housing?.color).toBe('#E69F00');
    expect(green?.color).toBe('#009E73');
    expect(road?.color).toBe('#999999');
  });
});

describe('zoneFeatures', () => {
  it('gives every zone a feature with its colour and symbol', () => {
    const features = zoneFeatures([zone('1MW', 'MW'), zone('1U', 'U')]).features;
    expect(features.map((f) => f.properties)).toEqual([
      { id: 0, symbol: '1MW', color: '#E69F00' },
      { id: 1, symbol: '1U', color: '#CC79A7' },
    ]);
  });
});
