import { csvField, defuseFormula, polishExcel, rfc4180 } from '../../exports/export.csv.js';
import type { BudgetStatistics } from './statistics.type.js';

type Line = {
  group: 'total' | 'pool' | 'district' | 'age' | 'sex';
  name: string;
  online?: number;
  paper?: number;
  ballots: number;
  share?: number;
};

const headers = {
  plain: ['group', 'name', 'online', 'paper', 'ballots', 'share'],
  polish: ['grupa', 'nazwa', 'internet', 'papier', 'głosy', 'udział'],
};

const polishGroups: Record<Line['group'], string> = {
  total: 'razem',
  pool: 'pula',
  district: 'dzielnica',
  age: 'wiek',
  sex: 'płeć',
};

function lines(s: BudgetStatistics): Line[] {
  return [
    { group: 'total', name: '', online: s.online, paper: s.paper, ballots: s.ballots },
    ...s.pools.map((p): Line => ({ group: 'pool', name: p.poolName, ...p })),
    ...s.districts.map((d): Line => ({ group: 'district', name: d.areaName, ...d })),
    ...s.ageBands.map(
      (a): Line => ({ group: 'age', name: `${a.from}-${a.to ?? ''}`, ballots: a.ballots }),
    ),
    ...s.sexes.map((x): Line => ({ group: 'sex', name: x.sex, ballots: x.ballots })),
  ];
}

/**
 * The statistics as one CSV table, a line per count; or, for a Polish Excel, semicolons, a
 * byte-order mark, Polish headers and group names and decimal commas.
 */
export function statisticsCsv(statistics: BudgetStatistics, excel: boolean): string {
  const dialect = excel ? polishExcel : rfc4180;
  const field = (text: string) => csvField(defuseFormula(text), dialect);
  const number = (n: number | undefined) =>
    n === undefined ? '' : excel ? String(n).replace('.', ',') : String(n);
  const rows = lines(statistics).map((l) => [
    excel ? polishGroups[l.group] : l.group,
    l.name,
    number(l.online),
    number(l.paper),
    number(l.ballots),
    number(l.share === undefined ? undefined : Math.round(l.share * 10_000) / 10_000),
  ]);
  const table = [excel ? headers.polish : headers.plain, ...rows];
  const text = table.map((row) => row.map(field).join(dialect.separator)).join('\r\n');
  return `${excel ? '\uFEFF' : ''}${text}\r\n`;
}
