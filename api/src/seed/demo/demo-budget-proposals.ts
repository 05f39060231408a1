import type pg from 'pg';
import type { BudgetProjectStatus } from '../../generated/prisma/enums.js';
import { insertAppeal, updateAppealDecision } from '../../modules/budget/appeals/appeal.sql.js';
import { blankChecklist } from '../../modules/budget/evaluations/checklist.js';
import {
  insertEvaluation,
  selectEvaluations,
  updateDecision,
} from '../../modules/budget/evaluations/evaluation.sql.js';
import { updateProjectStatus } from '../../modules/budget/projects/project-staff.sql.js';
import {
  insertDraft,
  moveStatus,
  type ProposalFields,
  replaceLocations,
} from '../../modules/budget/proposals/proposal.sql.js';

type Proposal = Omit<ProposalFields, 'poolId' | 'costGrosze' | 'costLines'> & {
  costLines: { item: string; grosze: bigint }[];
  /** Longitude and latitude of the project's point. */
  at: [number, number];
};

const proposal = (fields: Proposal, poolId: string): ProposalFields => ({
  ...fields,
  poolId,
  costGrosze: fields.costLines.reduce((sum, line) => sum + line.grosze, 0n),
  costLines: fields.costLines.map((line) => ({ item: line.item, grosze: String(line.grosze) })),
});

/** The resident's proposal as saved: a DRAFT with its author and its place. */
async function propose(client: pg.ClientBase, p: Proposal, poolId: string, authorId: string) {
  const id = await insertDraft(client, proposal(p, poolId), authorId);
  await replaceLocations(client, id, [{ type: 'Point', coordinates: p.at }]);
  return id;
}

/** The project through each status of `path`; a rejection gives `reason`. */
async function step(
  client: pg.ClientBase,
  id: string,
  path: BudgetProjectStatus[],
  reason: string | null = null,
) {
  for (const [i, to] of path.slice(1).entries()) {
    const why = to === 'REJECTED' ? reason : null;
    await updateProjectStatus(client, id, path[i] as BudgetProjectStatus, to, why);
  }
}

/** Opens and decides one stage's evaluation, every item met only when it is positive. */
async function evaluate(
  client: pg.ClientBase,
  projectId: string,
  stage: 'FORMAL' | 'MERIT',
  outcome: { positive: boolean; justification: string | null; decidedById: string },
) {
  await insertEvaluation(client, projectId, stage, blankChecklist(stage));
  const open = (await selectEvaluations(client, [projectId])).find((e) => e.stage === stage);
  if (!open) throw new Error(`no ${stage} evaluation of ${projectId}`);
  await updateDecision(client, open.id, {
    checklist: blankChecklist(stage).map((item) => ({ ...item, met: outcome.positive })),
    decision: outcome.positive ? 'POSITIVE' : 'NEGATIVE',
    justification: outcome.justification,
    decidedById: outcome.decidedById,
  });
  return open.id;
}

const square: Proposal = {
  title: 'Zielony skwer przy Odyńca',
  description: 'Nasadzenia krzewów i bylin, dwie ławki i stojak na rowery na pustym skwerze.',
  categories: ['zieleń'],
  targetGroups: ['mieszkańcy', 'seniorzy'],
  consentToPublish: true,
  costLines: [
    { item: 'Krzewy i byliny', grosze: 6_000_000n },
    { item: 'Ławki (2 szt.)', grosze: 1_200_000n },
    { item: 'Stojak na rowery', grosze: 300_000n },
  ],
  at: [21.0072, 52.1938],
};

const lights: Proposal = {
  title: 'Oświetlenie alejki w Parku Dreszera',
  description: 'Dziesięć latarni wzdłuż alejki od Odyńca do Ursynowskiej, by wracać bezpiecznie.',
  categories: ['bezpieczeństwo'],
  targetGroups: ['mieszkańcy'],
  consentToPublish: false,
  costLines: [
    { item: 'Latarnie (10 szt.)', grosze: 15_000_000n },
    { item: 'Przyłącze i montaż', grosze: 5_000_000n },
  ],
  at: [21.0105, 52.1992],
};

const bench: Proposal = {
  title: 'Ławki i poidełko w Parku Morskie Oko',
  description: 'Pięć ławek z oparciem i poidełko z wodą pitną przy głównej alejce.',
  categories: ['zieleń', 'zdrowie'],
  targetGroups: ['seniorzy', 'rodziny z dziećmi'],
  consentToPublish: true,
  costLines: [
    { item: 'Ławki (5 szt.)', grosze: 2_500_000n },
    { item: 'Poidełko', grosze: 3_000_000n },
  ],
  at: [21.0245, 52.1985],
};

export type DemoPeople = { residentId: string; plannerId: string };

/**
 * In the voting edition's Mokotów pool, two projects proposed by the demo resident and checked
 * by the office: one accepted on both evaluations; one rejected on its merits, appealed by its
 * author and reinstated, so that it is on the ballot too.
 */
export async function seedEvaluatedProposals(
  client: pg.ClientBase,
  poolId: string,
  { residentId, plannerId }: DemoPeople,
) {
  const decidedById = plannerId;
  const formal = { positive: true, justification: null, decidedById };
  const accepted = await propose(client, square, poolId, residentId);
  await moveStatus(client, accepted, 'DRAFT', 'SUBMITTED');
  await evaluate(client, accepted, 'FORMAL', formal);
  await evaluate(client, accepted, 'MERIT', formal);
  await step(client, accepted, ['SUBMITTED', 'IN_VERIFICATION', 'ACCEPTED']);

  const appealed = await propose(client, lights, poolId, residentId);
  await moveStatus(client, appealed, 'DRAFT', 'SUBMITTED');
  await evaluate(client, appealed, 'FORMAL', formal);
  const justification =
    'Alejka leży na terenie, którym zarządza Zarząd Zieleni; potrzebna jest jego zgoda.';
  const merit = { positive: false, justification, decidedById };
  const negative = await evaluate(client, appealed, 'MERIT', merit);
  const rejected: BudgetProjectStatus[] = ['SUBMITTED', 'IN_VERIFICATION', 'REJECTED', 'APPEALED'];
  await step(client, appealed, rejected, justification);
  const appealId = await insertAppeal(client, {
    projectId: appealed,
    evaluationId: negative,
    authorId: residentId,
    text: 'Zarząd Zieleni zgodził się na latarnie pismem z 12 maja; przesyłam je w załączeniu.',
    fileIds: [],
  });
  await updateAppealDecision(client, appealId, {
    decision: 'REINSTATED',
    justification: 'Zgoda zarządcy terenu usuwa powód odrzucenia.',
    decidedById,
  });
  await step(client, appealed, ['APPEALED', 'ACCEPTED']);
}

/** The demo resident's draft in the edition open for proposals, to be continued and sent. */
export async function seedDraftProposal(
  client: pg.ClientBase,
  poolId: string,
  { residentId }: DemoPeople,
) {
  await propose(client, bench, poolId, residentId);
}
