import { writeGrosze } from './amounts.js';
import type { PabulibBallot, PabulibFile, PabulibProject } from './pabulib.types.js';
import { writeRecord } from './records.js';

/** The `.pb` text of a file; `parsePabulib(writePabulib(file))` gives the file back. */
export function writePabulib(file: PabulibFile): string {
  const meta = { ...file.meta, budget: writeGrosze(file.budgetGrosze) };
  const rows = [
    ['META'],
    ['key', 'value'],
    ...Object.entries(meta),
    ['PROJECTS'],
    file.projectColumns,
    ...file.projects.map((project) => file.projectColumns.map((c) => projectField(project, c))),
    ['VOTES'],
    file.voteColumns,
    ...file.ballots.map((ballot) => file.voteColumns.map((c) => ballotField(ballot, c))),
  ];
  return `${rows.map(writeRecord).join('\n')}\n`;
}

function projectField(project: PabulibProject, column: string): string {
  switch (column) {
    case 'project_id':
      return project.id;
    case 'cost':
      return writeGrosze(project.costGrosze);
    case 'votes':
      return project.votes === undefined ? '' : String(project.votes);
    case 'name':
      return project.name ?? '';
    case 'category':
      return joinList(project.category ?? [], column);
    case 'target':
      return joinList(project.target ?? [], column);
    case 'selected':
      return project.selected ? '1' : '0';
    default:
      return project.fields[column] ?? '';
  }
}

function ballotField(ballot: PabulibBallot, column: string): string {
  if (column === 'voter_id') return ballot.voterId;
  if (column === 'vote') return joinList(ballot.vote, column);
  return ballot.fields[column] ?? '';
}

function joinList(items: readonly string[], column: string): string {
  const bad = items.find((item) => item.includes(',') || item.trim() !== item || item === '');
  if (bad !== undefined) {
    throw new Error(`${column} item "${bad}" cannot be written: a comma, blank or padded item`);
  }
  return items.join(',');
}
