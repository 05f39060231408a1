import { defineReasons } from '../../errors/reason.js';

export const commentReasons = defineReasons({
  /** The place lies outside the consultation's area; params `{ meters }`, rounded up. */
  COMMENT_OUTSIDE_AREA: 'BAD_USER_INPUT',
  /** Only its author edits or withdraws a comment. */
  COMMENT_NOT_AUTHOR: 'FORBIDDEN',
  /** Nobody supports or reports their own comment. */
  COMMENT_IS_OWN: 'BAD_USER_INPUT',
  COMMENT_ALREADY_SUPPORTED: 'CONFLICT',
  COMMENT_ALREADY_REPORTED: 'CONFLICT',
  /** Hidden or withdrawn, so it takes no replies, supports or reports; params `{ status }`. */
  COMMENT_NOT_VISIBLE: 'BAD_USER_INPUT',
  /** Only a hidden comment is restored; a visible one's reports are dismissed instead. */
  COMMENT_NOT_HIDDEN: 'BAD_USER_INPUT',
  /** The comment has no unresolved reports to dismiss. */
  COMMENT_NOT_REPORTED: 'BAD_USER_INPUT',
  /** Withdrawn by its author: it is neither edited nor moderated. */
  COMMENT_WITHDRAWN: 'BAD_USER_INPUT',
  /** Replies go one level deep: answer the remark, not a reply. */
  COMMENT_REPLY_TO_REPLY: 'BAD_USER_INPUT',
  /** A reply has a body only: no place, stance or topic. */
  COMMENT_REPLY_BODY_ONLY: 'BAD_USER_INPUT',
  /** The topic is not one of the consultation's. */
  COMMENT_TOPIC_UNKNOWN: 'BAD_USER_INPUT',
  /** Formal-remark details were given on a comment not marked formal. */
  COMMENT_FORMAL_NOT_REQUESTED: 'BAD_USER_INPUT',
  /** A comment on a budget project has a body only: no place, stance or topic. */
  COMMENT_PROJECT_BODY_ONLY: 'BAD_USER_INPUT',
  /** The project's edition is archived (its last phase ended); params `{ endedAt }`. */
  COMMENT_PROJECT_CLOSED: 'BAD_USER_INPUT',
});
