/** A Pabulib `.pb` file as read: typed where the tallies need it, verbatim elsewhere. */
export interface PabulibFile {
  /** META rows in file order (`budget` included, verbatim). */
  meta: Record<string, string>;
  /** The pool in grosze, read exactly from META `budget` (PLN, maybe with decimals). */
  budgetGrosze: bigint;
  /** PROJECTS header, in file order. */
  projectColumns: string[];
  projects: PabulibProject[];
  /** VOTES header, in file order. */
  voteColumns: string[];
  ballots: PabulibBallot[];
}

export interface PabulibProject {
  id: string;
  /** Grosze, read exactly from the PLN in `cost`. */
  costGrosze: bigint;
  votes?: number;
  name?: string;
  category?: string[];
  target?: string[];
  /** The official outcome, when the file records one. */
  selected?: boolean;
  /** Any other column, verbatim. */
  fields: Record<string, string>;
}

export interface PabulibBallot {
  voterId: string;
  /** Approved project ids, in ballot order. */
  vote: string[];
  /** Any other column (age, sex, voting_method, neighborhood…), verbatim. */
  fields: Record<string, string>;
}

/** Columns given a typed field in {@link PabulibProject}; the rest stay in `fields`. */
export const typedProjectColumns = [
  'project_id',
  'cost',
  'votes',
  'name',
  'category',
  'target',
  'selected',
] as const;
export const typedVoteColumns = ['voter_id', 'vote'] as const;
