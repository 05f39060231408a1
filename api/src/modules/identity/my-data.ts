import type { Queryable } from '../../db/sql.js';
import * as q from './my-data.sql.js';

/** Every category of the download, each a list of rows about the person. */
export const myDataCategories = {
  roles: q.selectRoles,
  sessions: q.selectSessions,
  accessTokens: q.selectAccessTokens,
  verifications: q.selectVerifications,
  verificationRequests: q.selectVerificationRequests,
  comments: q.selectComments,
  supports: q.selectSupports,
  reports: q.selectReports,
  ballots: q.selectBallots,
  coordinating: q.selectCoordinating,
  auditEvents: q.selectAuditEvents,
} as const;

type Category = keyof typeof myDataCategories;

/** Everything Plac holds about a person, for them to download (GDPR art. 15 and 20). */
export async function collectMyData(db: Queryable, userId: string) {
  const [account] = await q.selectAccount(db, userId);
  const categories = {} as Record<Category, Record<string, unknown>[]>;
  for (const [name, select] of Object.entries(myDataCategories) as [
    Category,
    typeof q.selectRoles,
  ][])
    categories[name] = await select(db, userId);
  return { exportedAt: new Date().toISOString(), account, ...categories };
}
