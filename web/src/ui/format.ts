import type { Lang } from '../i18n/i18n';

const locales: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };

/**
 * An amount in złoty from the API's exact decimal string ("1234.56"), e.g. "1 234,56 zł".
 * Intl formats the string itself, so grosze stay exact however large the amount.
 */
export function formatMoney(pln: `${number}` | string, lang: Lang): string {
  const whole = /\.0*$/.test(pln) || !pln.includes('.');
  return new Intl.NumberFormat(locales[lang], {
    style: 'currency',
    currency: 'PLN',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(pln as `${number}`);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/**
 * Plac's consultations and budgets are Warsaw's: dates and times are told in its zone, as the
 * printable report tells them, whatever the viewer's own zone (`timeZoneNote` says so).
 */
export const placTimeZone = 'Europe/Warsaw';

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeZone: placTimeZone,
  }).format(new Date(iso));
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: placTimeZone,
  }).format(new Date(iso));
}
