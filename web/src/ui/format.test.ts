import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './format';

// Intl separates thousands with a narrow no-break space in Polish; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats złoty per locale, keeping grosze exact', () => {
    expect(plain(formatMoney('1234.56', 'pl'))).toBe('1234,56 zł');
    expect(plain(formatMoney('12345678.05', 'pl'))).toBe('12 345 678,05 zł');
    expect(plain(formatMoney('1234.56', 'en'))).toBe('PLN 1,234.56');
  });

  it('drops ",00" from whole amounts', () => {
    expect(plain(formatMoney('150000.00', 'pl'))).toBe('150 000 zł');
    expect(plain(formatMoney('150000.00', 'en'))).toBe('PLN 150,000');
  });

  it('keeps amounts beyond a float’s exact range exact', () => {
    expect(plain(formatMoney('90071992547409931.99', 'en'))).toBe('PLN 90,071,992,547,409,931.99');
  });
});

describe('formatNumber and formatDate', () => {
  it('follow the language', () => {
    expect(plain(formatNumber(12345, 'pl'))).toBe('12 345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatDate('2026-11-29T10:00:00Z', 'pl')).toBe('29 lis 2026');
    expect(formatDate('2026-11-29T10:00:00Z', 'en')).toBe('29 Nov 2026');
  });
});

describe('dates and times in Warsaw', () => {
  it('are told in Warsaw time whatever the viewer’s zone, across midnight and summer time', () => {
    // 23:30 UTC is already the next day in Warsaw (UTC+1 in winter).
    expect(formatDate('2026-11-29T23:30:00Z', 'pl')).toBe('30 lis 2026');
    expect(formatDateTime('2026-11-29T23:30:00Z', 'en')).toBe('30 Nov 2026, 00:30');
    // Summer time: UTC+2.
    expect(formatDateTime('2026-07-01T10:00:00Z', 'en')).toBe('1 Jul 2026, 12:00');
  });
});
