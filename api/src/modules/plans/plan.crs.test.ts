import { describe, expect, test } from 'vitest';
import { DomainError } from '../../errors/domain-error.js';
import { declaredCrs, fitsCrs, PlanCrs } from './plan.crs.js';

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof DomainError ? { field: err.field, message: err.message } : err;
  }
  return undefined;
};

describe('the CRS of a file', () => {
  test.each([
    [
      { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2180' } } },
      PlanCrs.EPSG_2180,
    ],
    [{ crs: { type: 'name', properties: { name: 'EPSG:2180' } } }, PlanCrs.EPSG_2180],
    [
      { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } },
      PlanCrs.EPSG_4326,
    ],
    [{}, undefined],
  ])('%j declares %s', (collection, crs) => {
    expect(declaredCrs(collection, 'file')).toBe(crs);
  });

  test('another CRS is refused by name', () => {
    const epsg3857 = { crs: { properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } };
    expect(thrown(() => declaredCrs(epsg3857, 'input.features'))).toMatchObject({
      message: expect.stringContaining('EPSG::3857'),
    });
  });

  test.each([
    [PlanCrs.EPSG_2180, [637_000, 483_000], true],
    [PlanCrs.EPSG_2180, [21.01, 52.2], false],
    [PlanCrs.EPSG_4326, [637_000, 483_000], false],
    [PlanCrs.EPSG_4326, [21.01, 52.2], true],
    [PlanCrs.EPSG_4326, undefined, false],
    [PlanCrs.EPSG_2180, [637_000, 483_000, 110], true],
    [PlanCrs.EPSG_4326, [21.01, 52.2, 0], true],
    [PlanCrs.EPSG_2180, [637_000, 483_000, 0, 0], false],
  ])('in %s, %j fits: %s', (crs, position, fits) => {
    expect(fitsCrs(crs, position)).toBe(fits);
  });
});
