/** How a resident proved who they are (the API's VerificationMethod). */
export const verificationMethods = ['IN_PERSON', 'LETTER', 'ELECTRONIC'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

/** The kind of document seen (the API's IdentityDocument); its number is never asked for. */
export const identityDocuments = [
  'ID_CARD',
  'PASSPORT',
  'RESIDENCE_CARD',
  'MOBILE_ID',
  'TRUSTED_PROFILE',
] as const;
export type IdentityDocument = (typeof identityDocuments)[number];

export type VerificationDraft = {
  method: VerificationMethod | '';
  document: IdentityDocument | '';
  /** `YYYY-MM-DD`, the day the document was checked. */
  checkedOn: string;
  unitId: string;
  birthYear: string;
};

export type VerificationProblem =
  | 'method'
  | 'document'
  | 'checkedOn'
  | 'future'
  | 'unitId'
  | 'birthYear';

export type VerificationRequest = {
  userId: string;
  method: VerificationMethod;
  document: IdentityDocument;
  checkedOn: string;
  unitId: string;
  birthYear: number | null;
};

/** Today in Warsaw, where the offices are, as a date input writes it. */
export const warsawToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(now);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The fields the office left wrong, each once, in the form's order; empty when it can go. */
export function verificationProblems(
  draft: VerificationDraft,
  today: string,
): VerificationProblem[] {
  const problems: VerificationProblem[] = [];
  if (!draft.method) problems.push('method');
  if (!draft.document) problems.push('document');
  if (!isoDay.test(draft.checkedOn)) problems.push('checkedOn');
  else if (draft.checkedOn > today) problems.push('future');
  if (!draft.unitId) problems.push('unitId');
  const year = draft.birthYear.trim();
  if (year && !/^(19|20)\d{2}$/.test(year)) problems.push('birthYear');
  return problems;
}

/** The mutation's input from a draft without problems. */
export function verificationInput(userId: string, draft: VerificationDraft): VerificationRequest {
  const year = draft.birthYear.trim();
  return {
    userId,
    method: draft.method as VerificationMethod,
    document: draft.document as IdentityDocument,
    checkedOn: draft.checkedOn,
    unitId: draft.unitId,
    birthYear: year ? Number(year) : null,
  };
}
