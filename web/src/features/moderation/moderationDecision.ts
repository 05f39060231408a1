/**
 * What a moderator may do with a remark: hide a visible one or dismiss its reports (it stays
 * visible), restore a hidden one.
 */
export type ModerationAction = 'hide' | 'dismiss' | 'restore';

type Status = 'VISIBLE' | 'HIDDEN' | 'WITHDRAWN';

/** The actions a remark in this status takes; none for a remark its author withdrew. */
export function actionsFor(status: Status): ModerationAction[] {
  if (status === 'VISIBLE') return ['hide', 'dismiss'];
  if (status === 'HIDDEN') return ['restore'];
  return [];
}

/** The reason as sent, or null while it is blank (a decision needs one). */
export function decisionReason(typed: string): string | null {
  const reason = typed.trim();
  return reason === '' ? null : reason;
}

/**
 * The words to search hidden remarks for: null for none (every hidden remark), undefined
 * when too short to search (the API takes 2 to 100 characters).
 */
export function searchWords(typed: string): string | null | undefined {
  const words = typed.trim();
  if (words === '') return null;
  return [...words].length < 2 ? undefined : words;
}
