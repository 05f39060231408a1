const warsaw = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Warsaw',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes Warsaw is ahead of UTC at an instant (60 in winter, 120 in summer). */
function warsawOffsetMinutes(instant: Date): number {
  const part = (type: string) =>
    Number(warsaw.formatToParts(instant).find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a Warsaw calendar day (`YYYY-MM-DD`, as a date input gives it) begins, so a
 * filter "from 1 March" means midnight in Warsaw whatever the browser's zone; null when the
 * text is not such a day.
 */
export function warsawDayStart(day: string): Date | null {
  const match = isoDay.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const utcMidnight = new Date(Date.UTC(y as number, (m as number) - 1, d as number));
  if (utcMidnight.getUTCDate() !== d) return null;
  const first = utcMidnight.getTime() - warsawOffsetMinutes(utcMidnight) * 60_000;
  // Across a change of offset the first guess is an hour out; the second is exact.
  return new Date(utcMidnight.getTime() - warsawOffsetMinutes(new Date(first)) * 60_000);
}

/** The instant the Warsaw day after `day` begins: the exclusive end of "until `day`". */
export function warsawDayEnd(day: string): Date | null {
  const start = warsawDayStart(day);
  if (!start) return null;
  const next = new Date(start.getTime() + 36 * 3_600_000);
  const y = next.getUTCFullYear();
  const m = String(next.getUTCMonth() + 1).padStart(2, '0');
  const d = String(next.getUTCDate()).padStart(2, '0');
  return warsawDayStart(`${y}-${m}-${d}`);
}
