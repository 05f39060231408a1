import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { consultationInput, emptyForm, formFieldOf, topicsOf } from './consultationForm';

const drawn: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [21, 52.2],
      [21.01, 52.2],
      [21.01, 52.21],
      [21, 52.2],
    ],
  ],
};

describe('consultationInput', () => {
  it('trims the texts, splits the topics and reads the dates on Warsaw time', () => {
    const form = {
      ...emptyForm('u1'),
      title: '  Park Dreszera ',
      summary: ' Zieleń ',
      description: '# Opis\n',
      topics: 'Zieleń\n\n Ruch \nZieleń',
      opensAt: '2026-12-01T09:00',
      closesAt: '2027-01-15T16:00',
    };
    expect(consultationInput(form)).toEqual({
      input: {
        title: 'Park Dreszera',
        summary: 'Zieleń',
        description: '# Opis\n',
        topics: ['Zieleń', 'Ruch'],
        opensAt: '2026-12-01T08:00:00.000Z',
        closesAt: '2027-01-15T15:00:00.000Z',
      },
    });
  });

  it("leaves the area out for the unit's own district and when kept", () => {
    const result = consultationInput(emptyForm('u1'));
    expect('input' in result && 'area' in result.input).toBe(false);
    const kept = consultationInput({ ...emptyForm('u1'), area: { kind: 'keep' } });
    expect('input' in kept && 'area' in kept.input).toBe(false);
  });

  it('sends a drawn area or a chosen district as it is', () => {
    const result = consultationInput({
      ...emptyForm('u1'),
      area: { kind: 'drawn', geometry: drawn, problem: null },
    });
    expect(result).toMatchObject({ input: { area: drawn } });
  });

  it('refuses an area chosen but not there yet, naming the area', () => {
    const result = consultationInput({
      ...emptyForm('u1'),
      area: { kind: 'drawn', geometry: null, problem: null },
    });
    expect(result).toEqual({ problem: { field: 'area', problem: 'areaMissing' } });
    const loading = consultationInput({
      ...emptyForm('u1'),
      area: { kind: 'district', areaId: 'a1', geometry: null },
    });
    expect(loading).toEqual({ problem: { field: 'area', problem: 'areaMissing' } });
  });

  it('refuses a drawn area the live check found wrong', () => {
    const result = consultationInput({
      ...emptyForm('u1'),
      area: { kind: 'drawn', geometry: drawn, problem: { problem: 'selfIntersecting' } },
    });
    expect(result).toEqual({ problem: { field: 'area', problem: 'areaInvalid' } });
  });

  it('refuses a date that is not one, naming its field', () => {
    const result = consultationInput({ ...emptyForm('u1'), closesAt: '15.01.2027' });
    expect(result).toEqual({ problem: { field: 'closesAt', problem: 'dateInvalid' } });
  });
});

describe('topicsOf', () => {
  it('keeps the order of first mention', () => {
    expect(topicsOf('b\na\nb\n')).toEqual(['b', 'a']);
  });
});

describe('formFieldOf', () => {
  it("names the form's field for the API's argument path", () => {
    expect(formFieldOf('input.title')).toBe('title');
    expect(formFieldOf('input.topics.2')).toBe('topics');
    expect(formFieldOf('input.area')).toBe('area');
    expect(formFieldOf('unitId')).toBe('unitId');
  });

  it('leaves other paths to the whole form', () => {
    expect(formFieldOf('id')).toBeNull();
    expect(formFieldOf('status')).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
