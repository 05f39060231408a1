/** A counter: at most `points` attempts per `seconds`. */
export type Allowance = { points: number; seconds: number };

/** Whose attempts a counter counts. */
export type CounterKey = 'account' | 'address' | 'email' | 'emailAtAddress';

export type ActionPolicy = Partial<Record<CounterKey, Allowance>>;

const perMinute = (points: number): Allowance => ({ points, seconds: 60 });
const perHour = (points: number): Allowance => ({ points, seconds: 3600 });

/** Any mutation not named below: generous, but no one account or address can flood the API. */
export const defaultMutationPolicy: ActionPolicy = {
  account: perMinute(60),
  address: perMinute(120),
};

/**
 * The actions with counters of their own, by GraphQL field (or route) name. An address counts
 * every attempt from it, signed in or not; an account counts its own wherever it comes from.
 * Sign-in counts an email only together with the address trying it, plus a slower counter per
 * email, so that a stranger cannot lock a person out by failing on purpose.
 */
export const actionPolicies: Record<string, ActionPolicy> = {
  signIn: { address: perMinute(20), emailAtAddress: perMinute(5), email: perHour(50) },
  signUp: { address: perMinute(10), email: perMinute(5) },
  addComment: { account: perMinute(10), address: perMinute(30) },
  replyToComment: { account: perMinute(20), address: perMinute(60) },
  editComment: { account: perMinute(20), address: perMinute(60) },
  supportComment: { account: perMinute(60), address: perMinute(120) },
  unsupportComment: { account: perMinute(60), address: perMinute(120) },
  reportComment: { account: perHour(10), address: perHour(30) },
  createBudgetProject: { account: perHour(20), address: perHour(60) },
  inviteProjectCoauthor: { account: perHour(30), address: perHour(60) },
  // A moderator works through a queue: brisk, but no script hides a consultation at once.
  hideComment: { account: perMinute(30), address: perMinute(60) },
  restoreComment: { account: perMinute(30), address: perMinute(60) },
  dismissCommentReports: { account: perMinute(30), address: perMinute(60) },
  requestVerification: { account: perHour(10), address: perHour(30) },
  withdrawVerificationRequest: { account: perHour(10), address: perHour(30) },
  verifyResident: { account: perMinute(30), address: perMinute(60) },
  revokeVerification: { account: perMinute(30), address: perMinute(60) },
  // Staff reads that search or dump personal data.
  people: { account: perMinute(60), address: perMinute(120) },
  exportAuditLog: { account: perMinute(5), address: perMinute(10) },
  // Expensive public reads.
  feedbackByArea: { address: perMinute(30) },
  commentsNear: { address: perMinute(60) },
  projectsNear: { address: perMinute(60) },
  exportRemarks: { address: perMinute(10) },
  exportBudgetStatistics: { address: perMinute(10) },
  // Routes of the files module: uploads are staff work, downloads up to 20 MB each.
  uploadFile: { account: perMinute(20), address: perMinute(40) },
  downloadFile: { address: perMinute(120) },
  // Reads a whole plan file and asks PostGIS about each zone.
  planImportPreview: { account: perMinute(20), address: perMinute(40) },
};

/** The queries (besides every mutation) that are counted. */
export const limitedQueries = new Set([
  'feedbackByArea',
  'commentsNear',
  'projectsNear',
  'people',
  'planImportPreview',
]);
