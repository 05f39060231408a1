import { describe, expect, it } from 'vitest';
import { tileUrl } from './tiles';

const origin = 'https://plac.example';

describe('tileUrl', () => {
  it('keeps the address template for MapLibre and starts from the origin', () => {
    expect(tileUrl('areas', { kind: 'DISTRICT' }, origin)).toBe(
      'https://plac.example/tiles/areas/{z}/{x}/{y}.mvt?kind=DISTRICT',
    );
  });

  it('gives equal filters equal URLs: names in order, lists sorted once each', () => {
    const a = tileUrl('comments', { stance: ['SUPPORT', 'OBJECTION'], consultation: 'c1' }, origin);
    const b = tileUrl(
      'comments',
      { consultation: 'c1', stance: ['OBJECTION', 'SUPPORT', 'OBJECTION'] },
      origin,
    );
    expect(a).toBe(b);
    expect(a).toBe(
      'https://plac.example/tiles/comments/{z}/{x}/{y}.mvt?consultation=c1&stance=OBJECTION%2CSUPPORT',
    );
  });

  it('leaves out what is not given, and an empty list, which the API would refuse', () => {
    expect(
      tileUrl('projects', { edition: 'e1', pool: null, status: [], category: undefined }, origin),
    ).toBe('https://plac.example/tiles/projects/{z}/{x}/{y}.mvt?edition=e1');
    expect(tileUrl('consultations', {}, origin)).toBe(
      'https://plac.example/tiles/consultations/{z}/{x}/{y}.mvt',
    );
  });

  it('writes booleans as the API reads them and encodes what a query must', () => {
    expect(tileUrl('comments', { consultation: 'c 1&x', answered: false }, origin)).toBe(
      'https://plac.example/tiles/comments/{z}/{x}/{y}.mvt?answered=false&consultation=c+1%26x',
    );
  });
});
