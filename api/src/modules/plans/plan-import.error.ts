import { DomainError } from '../../errors/domain-error.js';
import type { FeatureProblem } from './plan.features.js';

/**
 * A plan refused for faults in its features: one BAD_USER_INPUT error on `input.features` that
 * lists every fault as `features[i]: reason`, in file order. The CLI prints `problems` a line each.
 */
export class PlanImportError extends DomainError {
  readonly problems: readonly string[];

  constructor(faults: FeatureProblem[], featureCount: number) {
    const sorted = [...faults].sort((a, b) => a.index - b.index);
    const problems = sorted.map((f) => `features[${f.index}]: ${f.reason}`);
    const bad = new Set(sorted.map((f) => f.index)).size;
    super(
      'PLAN_FEATURES_INVALID',
      `input.features: ${bad} of ${featureCount} features are invalid, so nothing was imported: ${problems.join('; ')}`,
      { field: 'input.features', params: { invalid: bad, total: featureCount } },
    );
    this.problems = problems;
  }
}
