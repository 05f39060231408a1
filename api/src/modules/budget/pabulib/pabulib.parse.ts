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

/**
 * Reads a Pabulib `.pb` file. Anything a tally could trip on later is refused here with a
 * {@link PabulibError} naming the line: a missing section, a row of the wrong width, a cost
 * that is not a whole number, a vote for an unknown project, a repeated voter, a ballot
 * longer than `max_length` (or shorter than `min_length`).
 */
export function parsePabulib(text: string): PabulibFile {
  const sections = readSections(text.replace(/^\uFEFF/, ''));
  const { meta, lengths, budget } = readMeta(sections.META);
  const projects = readProjects(sections.PROJECTS);
  const ballots = readBallots(sections.VOTES, new Set(projects.map((p) => p.id)), lengths);
  return {
    meta,
    budget,
    projectColumns: sections.PROJECTS.header,
    projects,
    voteColumns: sections.VOTES.header,
    ballots,
  };
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
  const budget = number('budget', 0);
  const lengths = { min: number('min_length', 0), max: number('max_length', Infinity) };
  return { meta, budget, lengths };
}

function readProjects(section: Section): PabulibProject[] {
  requireColumns(section, 'PROJECTS', ['project_id', 'cost']);
  const has = (column: string) => section.header.includes(column);
  const seen = new Set<string>();
  return section.rows.map((row) => {
    const fields = fieldsOf(section, row);
    const id = (fields.project_id ?? '').trim();
    if (id === '' || id.includes(',')) {
      throw new PabulibError(row.line, `project_id "${id}" must be non-empty and free of commas`);
    }
    if (seen.has(id)) throw new PabulibError(row.line, `project ${id} appears twice`);
    seen.add(id);
    const project: PabulibProject = {
      id,
      cost: wholeNumber(row.line, `cost of project ${id}`, fields.cost ?? '', 1),
      fields: otherFields(fields, typedProjectColumns),
    };
    if (has('votes')) {
      project.votes = wholeNumber(row.line, `votes of project ${id}`, fields.votes ?? '', 0);
    }
    if (has('name')) project.name = fields.name ?? '';
    if (has('category')) project.category = list(fields.category ?? '');
    if (has('target')) project.target = list(fields.target ?? '');
    if (has('selected')) project.selected = selected(row.line, id, fields.selected ?? '');
    return project;
  });
}

function selected(line: number, id: string, value: string): boolean {
  const trimmed = value.trim();
  if (trimmed !== '0' && trimmed !== '1') {
    throw new PabulibError(line, `selected of project ${id} must be 0 or 1, found "${value}"`);
  }
  return trimmed === '1';
}

function readBallots(section: Section, projectIds: Set<string>, lengths: BallotLengths) {
  requireColumns(section, 'VOTES', typedVoteColumns);
  const voters = new Set<string>();
  return section.rows.map((row): PabulibBallot => {
    const fields = fieldsOf(section, row);
    const voterId = (fields.voter_id ?? '').trim();
    if (voterId === '') throw new PabulibError(row.line, 'voter_id is empty');
    if (voters.has(voterId)) throw new PabulibError(row.line, `voter ${voterId} appears twice`);
    voters.add(voterId);
    const vote = list(fields.vote ?? '');
    const approved = new Set<string>();
    for (const id of vote) {
      if (!projectIds.has(id)) {
        throw new PabulibError(row.line, `voter ${voterId} votes for unknown project "${id}"`);
      }
      if (approved.has(id)) {
        throw new PabulibError(row.line, `voter ${voterId} approves project ${id} twice`);
      }
      approved.add(id);
    }
    if (vote.length > lengths.max) {
      const problem = `approves ${vote.length} projects, more than max_length ${lengths.max}`;
      throw new PabulibError(row.line, `voter ${voterId} ${problem}`);
    }
    if (vote.length < lengths.min) {
      const problem = `approves ${vote.length} projects, fewer than min_length ${lengths.min}`;
      throw new PabulibError(row.line, `voter ${voterId} ${problem}`);
    }
    return { voterId, vote, fields: otherFields(fields, typedVoteColumns) };
  });
}

function otherFields(fields: Record<string, string>, typed: readonly string[]) {
  return Object.fromEntries(Object.entries(fields).filter(([column]) => !typed.includes(column)));
}
