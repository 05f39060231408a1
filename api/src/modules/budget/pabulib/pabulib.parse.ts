import { readGrosze } from './amounts.js';
import {
  type PabulibBallot,
  type PabulibFile,
  type PabulibProject,
  typedProjectColumns,
  typedVoteColumns,
} from './pabulib.types.js';
import { PabulibError } from './pabulib-error.js';
import {
  fieldsOf,
  list,
  readSections,
  requireColumns,
  type Section,
  wholeNumber,
} from './sections.js';

/** Most problems one check reports; a file past it is reported as having more. */
export const problemLimit = 100;

/** A file as far as it reads, and every problem found in it (in line order, at most 100). */
export interface PabulibCheck {
  /** Null when the sections or META cannot be read; otherwise the rows that read well. */
  file: PabulibFile | null;
  problems: PabulibError[];
  /** How many problems there are, beyond the ones listed too. */
  problemCount: number;
}

/**
 * Reads a Pabulib `.pb` file, finding every problem a tally could trip on later, each naming
 * its line: a missing section, a row of the wrong width, an amount that is not PLN with at
 * most two decimals, a vote for an unknown project, a repeated voter, a ballot longer than
 * `max_length` (or shorter than `min_length`), META counts that disagree with the sections,
 * no ballots at all. A bad section or META stops the check; bad rows do not.
 */
export function checkPabulib(text: string): PabulibCheck {
  const problems: PabulibError[] = [];
  let file: PabulibFile | null = null;
  try {
    file = readFile(text, problems);
  } catch (error) {
    if (!(error instanceof PabulibError)) throw error;
    problems.push(error);
  }
  problems.sort((a, b) => a.line - b.line);
  return { file, problems: problems.slice(0, problemLimit), problemCount: problems.length };
}

/** The file, or the {@link PabulibError} of its first problem. */
export function parsePabulib(text: string): PabulibFile {
  const { file, problems } = checkPabulib(text);
  const [first] = problems;
  if (first) throw first;
  if (!file) throw new PabulibError(1, 'the file cannot be read');
  return file;
}

function readFile(text: string, problems: PabulibError[]): PabulibFile {
  const sections = readSections(text.replace(/^\uFEFF/, ''));
  const { meta, lines, lengths, budgetGrosze } = readMeta(sections.META);
  const projects = eachRow(sections.PROJECTS, problems, readProject(sections.PROJECTS));
  const projectIds = new Set(projects.map((p) => p.id));
  const readBallot = ballotReader(sections.VOTES, projectIds, lengths);
  const ballots = eachRow(sections.VOTES, problems, readBallot);
  const count = (key: string, section: Section, what: string) => {
    const line = lines[key] ?? 0;
    const value = meta[key];
    if (value === undefined) return;
    const claimed = wholeNumber(line, key, value, 0);
    if (claimed !== section.rows.length) {
      const found = section.rows.length;
      const problem = `META ${key} is ${claimed} but the section has ${found} ${what}`;
      const params = { key, claimed, found };
      problems.push(new PabulibError(line, problem, 'PABULIB_COUNT_MISMATCH', params));
    }
  };
  count('num_projects', sections.PROJECTS, 'projects');
  count('num_votes', sections.VOTES, 'ballots');
  if (sections.VOTES.rows.length === 0) {
    const line = sections.VOTES.line;
    problems.push(new PabulibError(line, 'the VOTES section has no ballots', 'PABULIB_NO_BALLOTS'));
  }
  return {
    meta,
    budgetGrosze,
    projectColumns: sections.PROJECTS.header,
    projects,
    voteColumns: sections.VOTES.header,
    ballots,
  };
}

/** Each row read by `read`; a row it refuses is a problem, and the next row is read. */
function eachRow<T>(
  section: Section,
  problems: PabulibError[],
  read: (fields: Record<string, string>, line: number) => T,
): T[] {
  return section.rows.flatMap((row) => {
    try {
      return [read(fieldsOf(section, row), row.line)];
    } catch (error) {
      if (!(error instanceof PabulibError)) throw error;
      problems.push(error);
      return [];
    }
  });
}

interface BallotLengths {
  min: number;
  max: number;
}

function readMeta(section: Section) {
  if (section.header.length !== 2) {
    throw new PabulibError(section.line, 'the META header must have two columns (key;value)');
  }
  const meta: Record<string, string> = {};
  const lines: Record<string, number> = {};
  for (const row of section.rows) {
    fieldsOf(section, row);
    const [key = '', value = ''] = row.fields;
    const name = key.trim();
    if (name in meta) throw new PabulibError(row.line, `META key "${name}" appears twice`);
    meta[name] = value;
    lines[name] = row.line;
  }
  const number = (key: string, fallback: number) =>
    meta[key] === undefined ? fallback : wholeNumber(lines[key] ?? 0, key, meta[key], 0);
  if (meta.budget === undefined) throw new PabulibError(section.line, 'META has no budget');
  const budgetGrosze = readGrosze(lines.budget ?? 0, 'budget', meta.budget, 0n);
  const lengths = { min: number('min_length', 0), max: number('max_length', Infinity) };
  return { meta, lines, budgetGrosze, lengths };
}

function readProject(section: Section) {
  requireColumns(section, 'PROJECTS', ['project_id', 'cost']);
  const has = (column: string) => section.header.includes(column);
  const seen = new Set<string>();
  return (fields: Record<string, string>, line: number): PabulibProject => {
    const id = (fields.project_id ?? '').trim();
    if (id === '' || id.includes(',')) {
      throw new PabulibError(line, `project_id "${id}" must be non-empty and free of commas`);
    }
    if (seen.has(id)) throw new PabulibError(line, `project ${id} appears twice`);
    seen.add(id);
    const project: PabulibProject = {
      id,
      costGrosze: readGrosze(line, `cost of project ${id}`, fields.cost ?? '', 1n),
      fields: otherFields(fields, typedProjectColumns),
    };
    if (has('votes')) {
      project.votes = wholeNumber(line, `votes of project ${id}`, fields.votes ?? '', 0);
    }
    if (has('name')) project.name = fields.name ?? '';
    if (has('category')) project.category = list(fields.category ?? '');
    if (has('target')) project.target = list(fields.target ?? '');
    if (has('selected')) project.selected = selected(line, id, fields.selected ?? '');
    return project;
  };
}

function selected(line: number, id: string, value: string): boolean {
  const trimmed = value.trim();
  if (trimmed !== '0' && trimmed !== '1') {
    throw new PabulibError(line, `selected of project ${id} must be 0 or 1, found "${value}"`);
  }
  return trimmed === '1';
}

function ballotReader(section: Section, projectIds: Set<string>, lengths: BallotLengths) {
  requireColumns(section, 'VOTES', typedVoteColumns);
  const voters = new Set<string>();
  return (fields: Record<string, string>, line: number): PabulibBallot => {
    const voterId = (fields.voter_id ?? '').trim();
    if (voterId === '') throw new PabulibError(line, 'voter_id is empty');
    if (voters.has(voterId)) throw new PabulibError(line, `voter ${voterId} appears twice`);
    voters.add(voterId);
    const vote = list(fields.vote ?? '');
    const approved = new Set<string>();
    for (const id of vote) {
      if (!projectIds.has(id)) {
        throw new PabulibError(line, `voter ${voterId} votes for unknown project "${id}"`);
      }
      if (approved.has(id)) {
        throw new PabulibError(line, `voter ${voterId} approves project ${id} twice`);
      }
      approved.add(id);
    }
    if (vote.length > lengths.max) {
      const problem = `approves ${vote.length} projects, more than max_length ${lengths.max}`;
      throw new PabulibError(line, `voter ${voterId} ${problem}`);
    }
    if (vote.length < lengths.min) {
      const problem = `approves ${vote.length} projects, fewer than min_length ${lengths.min}`;
      throw new PabulibError(line, `voter ${voterId} ${problem}`);
    }
    return { voterId, vote, fields: otherFields(fields, typedVoteColumns) };
  };
}

function otherFields(fields: Record<string, string>, typed: readonly string[]) {
  return Object.fromEntries(Object.entries(fields).filter(([column]) => !typed.includes(column)));
}
