import { describe, expect, it } from 'vitest';
import { countsInOrder } from './byStatus';

describe('countsInOrder', () => {
  it('puts the statuses in the order a consultation goes through them, 0 for one missing', () => {
    expect(
      countsInOrder([
        { status: 'OPEN', count: 2 },
        { status: 'DRAFT', count: 1 },
      ]),
    ).toEqual([
      { status: 'DRAFT', count: 1 },
      { status: 'ANNOUNCED', count: 0 },
      { status: 'OPEN', count: 2 },
      { status: 'CLOSED', count: 0 },
      { status: 'REPORTED', count: 0 },
    ]);
  });
});
