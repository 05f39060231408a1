import { describe, expect, it } from 'vitest';
import { groszeOf, totalGrosze, zlotyText } from './money';

describe('złoty typed by a resident, in whole grosze', () => {
  it.each([
    ['800', '80000'],
    ['1 234,56', '123456'],
    ['1234.5', '123450'],
    ['0,01', '1'],
    ['90071992547409,93', '9007199254740993'],
    ['12345678901234567', null],
  ])('%s → %s', (text, grosze) => {
    expect(groszeOf(text)).toBe(grosze);
  });

  it.each(['', '0', '0,00', '12,345', '-5', '1e3', '12 zł'])('refuses "%s"', (text) => {
    expect(groszeOf(text)).toBeNull();
  });

  it('writes grosze back as złoty to type, in each language', () => {
    expect(zlotyText('123456', 'pl')).toBe('1234,56');
    expect(zlotyText('5', 'en')).toBe('0.05');
  });

  it('adds up the amounts exactly, past 2^53 grosze', () => {
    expect(totalGrosze(['9007199254740993', '1', null])).toBe(9007199254740994n);
  });
});
