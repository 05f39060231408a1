import { describe, expect, it } from 'vitest';
import { guessCrs, readPlanFile } from './planFile';

const zone = (coordinates: unknown) => ({
  type: 'Feature',
  properties: { symbol: '1MW' },
  geometry: { type: 'Polygon', coordinates },
});
const degrees = [
  [
    [21.004, 52.199],
    [21.01, 52.199],
    [21.01, 52.203],
    [21.004, 52.199],
  ],
];
const metres = [
  [
    [637_000, 482_000],
    [637_400, 482_000],
    [637_400, 482_400],
    [637_000, 482_000],
  ],
];

const read = (value: unknown) => readPlanFile(JSON.stringify(value));

describe('readPlanFile', () => {
  it('takes a FeatureCollection and counts its features', () => {
    const result = read({
      type: 'FeatureCollection',
      name: ' Plan Racławicka ',
      features: [zone(degrees)],
    });
    expect(result).toMatchObject({
      file: {
        featureCount: 1,
        declaredCrs: null,
        guessedCrs: 'EPSG_4326',
        name: 'Plan Racławicka',
      },
    });
  });

  it('reads the CRS a GDAL export declares', () => {
    const crs = (name: string) => ({ type: 'name', properties: { name } });
    const file = (name: string) =>
      read({ type: 'FeatureCollection', crs: crs(name), features: [zone(metres)] });
    expect(file('urn:ogc:def:crs:EPSG::2180')).toMatchObject({
      file: { declaredCrs: 'EPSG_2180' },
    });
    expect(file('urn:ogc:def:crs:OGC:1.3:CRS84')).toMatchObject({
      file: { declaredCrs: 'EPSG_4326' },
    });
    expect(file('EPSG:3857')).toEqual({ problem: 'crsUnsupported' });
  });

  it('names what is wrong with a file that is not a plan', () => {
    expect(readPlanFile('{"type":')).toEqual({ problem: 'notJson' });
    expect(read({ type: 'Feature', geometry: null })).toEqual({ problem: 'notCollection' });
    expect(read({ type: 'FeatureCollection', features: [] })).toEqual({ problem: 'noFeatures' });
  });
});

describe('guessCrs', () => {
  it('tells degrees from PUWG 1992 metres by the first position found', () => {
    expect(guessCrs([zone(degrees)])).toBe('EPSG_4326');
    expect(guessCrs([{ geometry: null }, zone(metres)])).toBe('EPSG_2180');
  });

  it('guesses nothing for numbers that fit neither, or no geometry at all', () => {
    expect(guessCrs([zone([[[5_000_000, 6_000_000]]])])).toBeNull();
    expect(guessCrs([{ type: 'Feature' }])).toBeNull();
  });
});
