import type { MyProject } from './myProjects.queries';

/** One step of a project's life as its authors see it, with the reason given at it. */
export type Step = {
  key: 'submitted' | 'FORMAL' | 'MERIT' | 'appealed' | 'REINSTATED' | 'DISMISSED';
  at: string;
  outcome?: 'POSITIVE' | 'NEGATIVE';
  reason?: string | null;
};

/** Submission, each decided evaluation, the appeal and its decision, in order. */
export function timelineOf({ project, evaluations, appeal }: MyProject): Step[] {
  const steps: Step[] = [{ key: 'submitted', at: project.createdAt }];
  for (const e of evaluations) {
    if (e.decision && e.decidedAt) {
      steps.push({ key: e.stage, at: e.decidedAt, outcome: e.decision, reason: e.justification });
    }
  }
  if (appeal) {
    steps.push({ key: 'appealed', at: appeal.createdAt, reason: appeal.text });
    if (appeal.decision && appeal.decidedAt) {
      steps.push({ key: appeal.decision, at: appeal.decidedAt, reason: appeal.justification });
    }
  }
  return steps;
}
