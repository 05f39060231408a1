import { defineReasons } from '../../../errors/reason.js';

/** Why a resident's project proposal, or an invitation to co-author one, is refused. */
export const proposalReasons = defineReasons({
  /** The edition takes proposals from verified residents only. */
  PROPOSAL_VERIFICATION_REQUIRED: 'FORBIDDEN',
  /** Only a DRAFT is edited or submitted; params `{ status }`. */
  PROPOSAL_NOT_DRAFT: 'BAD_USER_INPUT',
  /** Only a SUBMITTED project, not yet in verification, is withdrawn; params `{ status }`. */
  PROPOSAL_NOT_WITHDRAWABLE: 'BAD_USER_INPUT',
  /** A proposal moves only between the pools of its own edition. */
  PROPOSAL_POOL_OTHER_EDITION: 'BAD_USER_INPUT',
  /** Submitting needs the authors' consent to publish the project. */
  PROPOSAL_CONSENT_REQUIRED: 'BAD_USER_INPUT',
  /** A district project needs a location drawn on the map. */
  PROPOSAL_LOCATION_REQUIRED: 'BAD_USER_INPUT',
  /** Not one of the edition's categories or target groups; params `{ value }`. */
  PROPOSAL_VOCABULARY_UNKNOWN: 'BAD_USER_INPUT',
  /** More categories, target groups, cost lines, images or attachments than a proposal may have; params `{ max }`. */
  PROPOSAL_LIST_TOO_LONG: 'BAD_USER_INPUT',
  /** More co-authors than a project may have; params `{ max }`. */
  PROPOSAL_COAUTHORS_TOO_MANY: 'BAD_USER_INPUT',
  /** This e-mail is invited, or is an author's, already. */
  PROPOSAL_COAUTHOR_ALREADY_INVITED: 'CONFLICT',
  /** No pending invitation has this token: it is mistyped, or was accepted already. */
  PROPOSAL_INVITATION_UNKNOWN: 'NOT_FOUND',
  /** The invitation went to another e-mail than this account's. */
  PROPOSAL_INVITATION_OTHER_EMAIL: 'FORBIDDEN',
});
