import { type BudgetInstance, byApproversCostId, countApprovals } from './instance.js';

/**
 * An instance compiled for MES: projects by index, and voters grouped into types (identical
 * ballots) with a multiplicity, so a payment touches each type once, not each voter.
 */
export interface Profile {
  budget: number;
  voters: number;
  ids: string[];
  costs: number[];
  /** Voters approving each project. */
  approvers: number[];
  /** Tie-break position of each project: lower wins (more approvers, lower cost, id). */
  rank: number[];
  /** Voters per type. */
  weights: Float64Array;
  /** Per project, the types approving it. */
  typesOf: Int32Array[];
  /** The same lists end to end: project p's types are at [start[p], start[p + 1]). */
  typeList: Int32Array;
  typeStart: Int32Array;
  /** Per project, the first project with the same cost and the same approving types. */
  twin: number[];
  /** Per project, the projects it conflicts with: funding one rules the others out. */
  rivals: number[][];
}

/** A round of MES where projects tied exactly at the lowest ρ/cost: indices, the winner first. */
export type MesTie = number[];

export function compileProfile(
  instance: BudgetInstance,
  conflicts: readonly (readonly [string, string])[] = [],
): Profile {
  const approvals = countApprovals(instance);
  const ids = instance.projects.map((p) => p.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const typeOf = new Map<string, number>();
  const weights: number[] = [];
  const members: number[][] = ids.map(() => []);
  for (const ballot of instance.ballots) {
    const projects = ballot.map((id) => index.get(id) ?? -1).sort((a, b) => a - b);
    const key = projects.join(',');
    let type = typeOf.get(key);
    if (type === undefined) {
      type = weights.length;
      typeOf.set(key, type);
      weights.push(0);
      for (const p of projects) members[p]?.push(type);
    }
    weights[type] = (weights[type] ?? 0) + 1;
  }
  const order = [...instance.projects].sort(byApproversCostId(approvals));
  const rankOf = new Map(order.map((p, position) => [p.id, position]));
  const costs = instance.projects.map((p) => p.cost);
  const typeStart = Int32Array.from([0, ...members.map((types) => types.length)]);
  for (let p = 1; p < typeStart.length; p++)
    typeStart[p] = (typeStart[p] ?? 0) + (typeStart[p - 1] ?? 0);
  const twinOf = new Map<string, number>();
  const rivals: number[][] = ids.map(() => []);
  for (const [a, b] of conflicts) {
    const [i, j] = [index.get(a), index.get(b)];
    if (i === undefined || j === undefined) continue;
    rivals[i]?.push(j);
    rivals[j]?.push(i);
  }
  return {
    budget: instance.budget,
    voters: instance.ballots.length,
    ids,
    costs,
    approvers: ids.map((id) => approvals.get(id) ?? 0),
    rank: ids.map((id) => rankOf.get(id) ?? 0),
    weights: Float64Array.from(weights),
    typesOf: members.map((types) => Int32Array.from(types)),
    typeList: Int32Array.from(members.flat()),
    typeStart,
    twin: members.map((types, p) => {
      const key = `${costs[p]}:${types.join(',')}`;
      if (!twinOf.has(key)) twinOf.set(key, p);
      return twinOf.get(key) ?? p;
    }),
    rivals,
  };
}
