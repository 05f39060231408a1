import { describe, expect, it } from 'vitest';
import { designationColor, designations } from './planPalette';
import { stanceStyle, stances } from './stancePalette';

describe('stance palette', () => {
  it('gives every stance its own colour, shape and sign', () => {
    const all = stances.map(stanceStyle);
    for (const key of ['color', 'shape', 'sign'] as const) {
      expect(new Set(all.map((style) => style[key])).size).toBe(stances.length);
    }
  });

  it('draws a reply (no stance) in grey', () => {
    expect(stanceStyle(null).color).toBe('#6b7280');
  });
});

describe('plan palette', () => {
  it('colours designations by family, services for education apart', () => {
    expect(designationColor('MW')).not.toBe(designationColor('MN'));
    expect(designationColor('KD-Z')).toBe(designationColor('KD-D'));
    expect(designationColor('UO')).not.toBe(designationColor('U'));
    expect(designationColor('zp')).toBe(designationColor('ZP'));
    expect(designationColor('R')).toBe('#0072B2');
  });

  it('lists each designation once, in zone order', () => {
    const zone = (symbol: string, code: string) => ({
      id: symbol,
      symbol,
      designationCode: code,
      designationName: `${code} name`,
      geometry: { type: 'Point' as const, coordinates: [0, 0] },
      parameters: [],
    });
    const list = designations([zone('1MW', 'MW'), zone('1U', 'U'), zone('2MW', 'MW')]);
    expect(list.map((designation) => designation.code)).toEqual(['MW', 'U']);
    expect(list[0]?.name).toBe('MW name');
  });
});
