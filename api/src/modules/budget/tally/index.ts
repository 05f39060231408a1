export {
  type Completion,
  type EqualSharesOptions,
  type EqualSharesOutcome,
  equalShares,
  methodOfEqualShares,
} from './equal-shares.js';
export {
  type Conflict,
  type GreedyOptions,
  type GreedyOutcome,
  greedy,
  type LotDraw,
} from './greedy.js';
export { type BudgetInstance, instanceFromPabulib, type TallyOutcome } from './instance.js';
export { TallyError } from './tally.errors.js';
