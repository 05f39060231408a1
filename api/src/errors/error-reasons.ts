import { geoReasons } from '../geo/geo.errors.js';
import { operationReasons } from '../graphql/graphql.errors.js';
import { areaReasons } from '../modules/areas/areas.errors.js';
import { appealReasons } from '../modules/budget/appeals/appeals.errors.js';
import { budgetReasons } from '../modules/budget/budget.errors.js';
import { deliveryReasons } from '../modules/budget/delivery/delivery.errors.js';
import { evaluationReasons } from '../modules/budget/evaluations/evaluations.errors.js';
import { proposalReasons } from '../modules/budget/proposals/proposals.errors.js';
import { commentReasons } from '../modules/comments/comments.errors.js';
import { consultationReasons } from '../modules/consultations/consultations.errors.js';
import { feedbackReasons } from '../modules/feedback/feedback.errors.js';
import { fileReasons } from '../modules/files/files.errors.js';
import { identityReasons } from '../modules/identity/identity.errors.js';
import { planReasons } from '../modules/plans/plans.errors.js';
import { reportReasons } from '../modules/reports/reports.errors.js';
import { responseReasons } from '../modules/responses/responses.errors.js';
import { unitReasons } from '../modules/units/units.errors.js';
import { commonReasons } from './common.errors.js';
import type { ErrorCode } from './error-code.js';
import { mergeReasons } from './reason.js';

/**
 * The one list of refusal reasons, gathered from each module's `<module>.errors.ts`. It is the
 * `ErrorReason` enum of the SDL, so the web client's types know every reason it must translate.
 */
export const errorReasons = mergeReasons(
  commonReasons,
  operationReasons,
  geoReasons,
  areaReasons,
  consultationReasons,
  commentReasons,
  feedbackReasons,
  responseReasons,
  reportReasons,
  identityReasons,
  planReasons,
  budgetReasons,
  evaluationReasons,
  appealReasons,
  deliveryReasons,
  proposalReasons,
  unitReasons,
  fileReasons,
);

export type ErrorReason = keyof typeof errorReasons;

/** The reasons that travel under `code`, e.g. those `badInput` may give. */
export type ReasonFor<C extends ErrorCode> = {
  [R in ErrorReason]: (typeof errorReasons)[R] extends C ? R : never;
}[ErrorReason];
