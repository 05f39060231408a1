export type Decision = 'POSITIVE' | 'NEGATIVE';

export type EvaluationDraft = {
  met: ReadonlySet<string>;
  decision: Decision | '';
  justification: string;
};

/** What the form still lacks before the API is asked, or null when it may be sent. */
export function draftProblem(draft: EvaluationDraft): 'decision' | 'justification' | null {
  if (draft.decision === '') return 'decision';
  if (draft.decision === 'NEGATIVE' && draft.justification.trim() === '') return 'justification';
  return null;
}

/** The decision as the API takes it: every item of the checklist with whether it is met. */
export function decisionInput(
  items: readonly string[],
  draft: EvaluationDraft,
  decision: Decision,
) {
  return {
    decision,
    checklist: items.map((item) => ({ item, met: draft.met.has(item) })),
    justification: draft.justification.trim() || null,
  };
}

/** The one of a project's evaluations still waiting for a decision. */
export const openEvaluation = <E extends { decision: string | null }>(evaluations: readonly E[]) =>
  evaluations.find((e) => e.decision === null);
