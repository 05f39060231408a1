import { describe, expect, test } from 'vitest';
import { draftOf, groszeOf, inputOf, nextStatuses, plnOf } from './deliveryForm';

describe('amounts in złoty', () => {
  test.each([
    ['1250,50', '125050'],
    ['1 250,5', '125050'],
    ['1250.05', '125005'],
    ['12500', '1250000'],
    ['90071992547409,93', '9007199254740993'],
  ])('%s zł is %s grosze', (pln, grosze) => {
    expect(groszeOf(pln)).toBe(grosze);
    expect(groszeOf(plnOf(grosze))).toBe(grosze);
  });

  test.each(['', '0', '0,00', '12,505', '-5', '1e3', '12,'])('%j is not an amount', (text) => {
    expect(groszeOf(text)).toBeNull();
  });
});

test('the next statuses follow the machine: SELECTED starts, IN_PROGRESS ends', () => {
  expect(nextStatuses('SELECTED')).toEqual(['IN_PROGRESS']);
  expect(nextStatuses('IN_PROGRESS')).toEqual(['COMPLETED', 'ABANDONED']);
  expect(nextStatuses('COMPLETED')).toEqual([]);
});

describe('the input', () => {
  const draft = { ...draftOf('2026-12-01', 40), body: 'Ławki stoją.' };

  test('a new draft keeps the last progress and sends the cost in grosze', () => {
    expect(inputOf({ ...draft, actualCost: '1 000,10' })).toEqual({
      input: {
        reportedOn: '2026-12-01',
        body: 'Ławki stoją.',
        progress: 40,
        actualCostGrosze: '100010',
        photoIds: [],
      },
    });
  });

  test.each(['101', '-1', '4.5', ''])('progress %j is refused before sending', (progress) => {
    expect(inputOf({ ...draft, progress })).toEqual({
      problem: { field: 'progress', key: 'form.progressInvalid' },
    });
  });

  test('a cost that is not an amount is refused; an empty one is no cost', () => {
    expect(inputOf({ ...draft, actualCost: 'dużo' })).toMatchObject({
      problem: { field: 'actualCost' },
    });
    expect(inputOf(draft)).toMatchObject({ input: { actualCostGrosze: null } });
  });

  test('correcting an update starts from its values', () => {
    const photo = { id: 'p1', name: 'a.png', size: 1, url: '/files/p1/a.png' };
    const update = {
      reportedOn: '2026-11-02',
      body: 'x',
      progress: 70,
      actualCost: { grosze: '150' },
      photos: [photo],
    };
    expect(draftOf('2026-12-01', 0, update)).toEqual({
      reportedOn: '2026-11-02',
      body: 'x',
      progress: '70',
      actualCost: '1,50',
      status: '',
      photos: [photo],
    });
  });
});
