import { type LotDraw, parseResultLog } from '../budget/resultLog';

/** The ties a pool's tally recorded: greedy's lot draws, and Equal Shares' ties by rank. */
export type TallyTies = { seed: number | null; draws: LotDraw[]; mesTies: string[][] };

export function tiesOf(log: string | null | undefined): TallyTies {
  const { lot } = parseResultLog(log);
  return { seed: lot?.seed ?? null, draws: lot?.draws ?? [], mesTies: mesTiesOf(log) };
}

function mesTiesOf(log: string | null | undefined): string[][] {
  try {
    const ties = (JSON.parse(log ?? 'null') as { ties?: unknown } | null)?.ties;
    if (!Array.isArray(ties)) return [];
    return ties.filter(
      (tie): tie is string[] => Array.isArray(tie) && tie.every((id) => typeof id === 'string'),
    );
  } catch {
    return [];
  }
}
