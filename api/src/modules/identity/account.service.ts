import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, unauthenticated } from '../../errors/domain-error.js';
import { checkLength } from '../../graphql/text-argument.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  checkPasswordPolicy,
  hashPassword,
  normaliseEmail,
  passwordMatches,
} from './credentials.js';
import { emptyAccount, insertUser, revokeSignIns } from './identity.sql.js';
import { collectMyData } from './my-data.js';
import type { RateLimits } from './rate-limits.js';
import { keepOneAdmin } from './role.service.js';
import type { SessionService } from './session.service.js';

export type SignUpInput = {
  email: string;
  password: string;
  displayName: string;
  birthYear?: number | null;
};

const wrongCredentials = () =>
  unauthenticated('The email or the password is not right.', 'SIGN_IN_FAILED');

export const checkDisplayName = (name: string, field = 'displayName') =>
  checkLength(name, field, 1, 80);

export function checkBirthYear(year: number | null | undefined, field = 'birthYear') {
  const thisYear = new Date().getFullYear();
  if (year != null && (year < 1900 || year > thisYear)) {
    throw badInput(field, `must be between 1900 and ${thisYear}`, 'INPUT_OUT_OF_RANGE', {
      min: 1900,
      max: thisYear,
    });
  }
  return year ?? null;
}

export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimits,
  ) {}

  /** Creates a resident's account and signs them in. */
  async signUp(input: SignUpInput) {
    const email = normaliseEmail(input.email);
    checkPasswordPolicy(input.password);
    const displayName = checkDisplayName(input.displayName);
    const birthYear = checkBirthYear(input.birthYear);
    await this.rateLimits.consume('signUp', { email });
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.db.pool, async (client) => {
      const userId = await insertUser(client, { email, passwordHash, displayName, birthYear });
      if (!userId)
        throw conflict('An account with this email already exists.', 'email', 'EMAIL_TAKEN');
      return { userId, session: await this.sessions.open(userId, client) };
    });
  }

  /** Same answer, in similar time, for an unknown email and a wrong password. */
  async signIn(rawEmail: string, password: string, ip: string) {
    const email = normaliseEmail(rawEmail);
    await this.rateLimits.consume('signIn', { email, emailAtAddress: `${email} ${ip}` });
    const user = await this.db.prisma.user.findUnique({ where: { email } });
    if (!(await passwordMatches(user?.passwordHash, password)) || !user) throw wrongCredentials();
    return { userId: user.id, session: await this.sessions.open(user.id) };
  }

  /** Every session of the user ends; with `includeTokens` their access tokens are revoked too. */
  async signOutEverywhere(userId: string, includeTokens: boolean) {
    await revokeSignIns(this.db.pool, userId, includeTokens);
  }

  async updateProfile(
    userId: string,
    input: { displayName?: string | null; birthYear?: number | null },
  ) {
    return this.db.prisma.user.update({
      where: { id: userId },
      data: {
        displayName: input.displayName == null ? undefined : checkDisplayName(input.displayName),
        birthYear: input.birthYear === undefined ? undefined : checkBirthYear(input.birthYear),
      },
    });
  }

  /**
   * Deletes an account: the row stays, emptied, so that what the person wrote stays
   * attributed to a former participant; sessions, tokens and roles go.
   */
  async deleteAccount(userId: string, password: string) {
    const user = await this.db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    if (!(await passwordMatches(user.passwordHash, password))) {
      throw badInput('password', 'is not right', 'PASSWORD_WRONG');
    }
    await inTransaction(this.db.pool, async (client) => {
      await keepOneAdmin(client, userId);
      await emptyAccount(client, userId);
      await recordAudit(client, {
        actorId: userId,
        action: 'account.delete',
        targetType: 'User',
        targetId: userId,
      });
    });
  }

  /** Everything Plac holds about a person, for them to download (GDPR art. 15 and 20). */
  exportData(userId: string) {
    return collectMyData(this.db.pool, userId);
  }
}
