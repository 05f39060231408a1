import type { Lang } from '../../../i18n/i18n';

/** Consultations run on Warsaw's clock; staff type and read their times in it, wherever they are. */
export const warsawZone = 'Europe/Warsaw';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: warsawZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as a `datetime-local` value ("2026-12-01T14:30") on Warsaw's clock. */
export function toWarsawLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const part = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * The instant a `datetime-local` value names on Warsaw's clock, as ISO 8601; null for an empty
 * or malformed value. In the hour skipped in spring the later offset is taken.
 */
export function fromWarsawLocal(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // Warsaw is UTC+1 or UTC+2: try both offsets and keep the one that reads back the same.
  for (const offsetHours of [1, 2]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (toWarsawLocal(instant.toISOString()) === local) return instant.toISOString();
  }
  return new Date(asUtc - 2 * 3_600_000).toISOString();
}

const locales: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };

/** A date and time on Warsaw's clock, e.g. "1 gru 2026, 14:30". */
export function formatWarsaw(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: warsawZone,
  }).format(new Date(iso));
}
