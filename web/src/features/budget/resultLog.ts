/** A tie broken by lot: projects with equal votes and the order drawn. */
export type LotDraw = { votes: number; tied: string[]; order: string[] };

/** What the tally recorded beside the result (PoolResult.log). */
export type ResultLog = {
  minVotes: number | null;
  lot: { seed: number; draws: LotDraw[] } | null;
  skippedForConflict: string[];
  /** The Pabulib file whose official outcome an imported result is, and its ballot count. */
  officialFile: string | null;
  ballots: number | null;
};

const empty: ResultLog = {
  minVotes: null,
  lot: null,
  skippedForConflict: [],
  officialFile: null,
  ballots: null,
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function draw(value: unknown): LotDraw | null {
  if (typeof value !== 'object' || value === null) return null;
  const { votes, tied, order } = value as Record<string, unknown>;
  return typeof votes === 'number' ? { votes, tied: strings(tied), order: strings(order) } : null;
}

/** The log's JSON read defensively: a missing or malformed part is left out. */
export function parseResultLog(json: string | null | undefined): ResultLog {
  if (!json) return empty;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return empty;
  }
  if (typeof raw !== 'object' || raw === null) return empty;
  const { minVotes, lot, skippedForConflict, officialFile, ballots } = raw as Record<
    string,
    unknown
  >;
  const lotRecord =
    typeof lot === 'object' && lot !== null ? (lot as Record<string, unknown>) : null;
  const draws = Array.isArray(lotRecord?.draws)
    ? lotRecord.draws.map(draw).filter((d): d is LotDraw => d !== null)
    : [];
  return {
    minVotes: typeof minVotes === 'number' ? minVotes : null,
    lot:
      lotRecord && typeof lotRecord.seed === 'number' && draws.length > 0
        ? { seed: lotRecord.seed, draws }
        : null,
    skippedForConflict: strings(skippedForConflict),
    officialFile: typeof officialFile === 'string' ? officialFile : null,
    ballots: typeof ballots === 'number' ? ballots : null,
  };
}

/** The rule's message key from PoolResult.rule ("greedy", "equalshares/add1", …). */
export function ruleKey(rule: string): 'greedy' | 'add1' | 'add1u' | null {
  if (rule === 'greedy') return 'greedy';
  if (rule === 'equalshares/add1') return 'add1';
  if (rule === 'equalshares/add1u') return 'add1u';
  return null;
}
