import {
  type BudgetInstance,
  byApproversCostId,
  compareIds,
  countApprovals,
  type TallyOutcome,
} from './instance.js';
import { seededLot } from './lot.js';
import { TallyError } from './tally-error.js';

/** Two mutually exclusive projects, by id. */
export type Conflict = readonly [string, string];

export interface GreedyOptions {
  /** Projects with fewer votes are not funded. */
  minVotes?: number;
  /** A project conflicting with one already funded is skipped. */
  conflicts?: readonly Conflict[];
  /** Order projects with equal votes by a lot drawn with this seed (0 … 2³²−1). */
  lotSeed?: number;
}

/** One group of projects with equal votes, as the lot ordered it. */
export interface LotDraw {
  votes: number;
  tied: string[];
  order: string[];
  funded: string[];
}

export interface GreedyOutcome extends TallyOutcome {
  lot?: { seed: number; draws: LotDraw[] };
}

/**
 * The greedy rule: projects by votes (approvals on the ballots), most first; each one that still fits in what is left
 * of the pool is funded, one that does not is skipped. Projects without votes are never
 * funded. Equal votes go by the lot when `lotSeed` is set, else by lower cost, then id.
 */
export function greedy(instance: BudgetInstance, options: GreedyOptions = {}): GreedyOutcome {
  const approvals = countApprovals(instance);
  const conflicts = conflictMap(options.conflicts ?? [], approvals);
  const minVotes = Math.max(1, options.minVotes ?? 1);
  const lot =
    options.lotSeed === undefined ? undefined : drawLots(instance, approvals, options.lotSeed);
  const order = lot?.order ?? [...instance.projects].sort(byApproversCostId(approvals));
  const selected: string[] = [];
  let left = instance.budget;
  for (const project of order) {
    if ((approvals.get(project.id) ?? 0) < minVotes || project.cost > left) continue;
    if (selected.some((id) => conflicts.get(project.id)?.has(id))) continue;
    selected.push(project.id);
    left -= project.cost;
  }
  const outcome: GreedyOutcome = { selected, cost: instance.budget - left };
  if (lot) {
    const funded = new Set(selected);
    const draws = lot.draws.map((draw) => ({
      ...draw,
      funded: draw.order.filter((id) => funded.has(id)),
    }));
    outcome.lot = { seed: lot.seed, draws };
  }
  return outcome;
}

function drawLots(instance: BudgetInstance, approvals: ReadonlyMap<string, number>, seed: number) {
  const { shuffle } = seededLot(seed);
  const groups = new Map<number, BudgetInstance['projects'][number][]>();
  for (const project of instance.projects) {
    const votes = approvals.get(project.id) ?? 0;
    const group = groups.get(votes) ?? [];
    group.push(project);
    groups.set(votes, group);
  }
  const order: BudgetInstance['projects'][number][] = [];
  const draws: Omit<LotDraw, 'funded'>[] = [];
  for (const votes of [...groups.keys()].sort((a, b) => b - a)) {
    const tied = (groups.get(votes) ?? []).sort((a, b) => compareIds(a.id, b.id));
    const drawn = shuffle(tied);
    order.push(...drawn);
    if (tied.length > 1 && votes > 0) {
      draws.push({ votes, tied: tied.map((p) => p.id), order: drawn.map((p) => p.id) });
    }
  }
  return { seed, order, draws };
}

function conflictMap(pairs: readonly Conflict[], approvals: ReadonlyMap<string, number>) {
  const conflicts = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    for (const id of [a, b]) {
      if (!approvals.has(id)) throw new TallyError(`conflict names unknown project ${id}`);
    }
    if (a === b) throw new TallyError(`project ${a} cannot conflict with itself`);
    conflicts.set(a, (conflicts.get(a) ?? new Set()).add(b));
    conflicts.set(b, (conflicts.get(b) ?? new Set()).add(a));
  }
  return conflicts;
}
