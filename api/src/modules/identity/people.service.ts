import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { badInput } from '../../errors/domain-error.js';
import type { Role } from '../../generated/prisma/enums.js';
import { decodeCursor, encodeCursor, toConnection } from '../../graphql/connection.js';
import { checkLength } from '../../graphql/text-argument.js';
import { selectPeople, selectPeopleById } from './people.sql.js';
import { selectRoleHolders } from './role.sql.js';
import type { VerificationService } from './verification.service.js';
import type { Viewer } from './viewer.js';

export const maxPeoplePage = 50;

export function checkPeoplePage(first: number, field = 'first') {
  if (!Number.isInteger(first) || first < 1 || first > maxPeoplePage)
    throw badInput(field, `must be 1 to ${maxPeoplePage}`, 'INPUT_OUT_OF_RANGE', {
      min: 1,
      max: maxPeoplePage,
    });
}

/** Finding accounts, for the staff who verify residents and grant roles. */
export class PeopleService {
  constructor(
    private readonly db: Database,
    private readonly verification: VerificationService,
  ) {}

  /** By e-mail (its start) or name (any part, accents ignored): admins and district planners. */
  async find(actor: Viewer, rawSearch: string, page: { first: number; after: string | null }) {
    const search = checkLength(rawSearch, 'search', 3, 200);
    checkPeoplePage(page.first);
    const after = decodeCursor(page.after);
    await this.verification.verifierUnits(actor);
    const rows = await selectPeople(this.db.pool, search, { first: page.first, after });
    return toConnection(rows, page.first, encodeCursor);
  }

  /** Who holds a role (or any role), longest-held first. */
  async roleHolders(role: Role | null, page: { first: number; after: string | null }) {
    checkPeoplePage(page.first);
    const after = decodeCursor(page.after);
    const rows = await selectRoleHolders(this.db.pool, role, { first: page.first, after });
    return toConnection(rows, page.first, encodeCursor);
  }

  /** Per request: people by account id; null for a deleted account. */
  personLoader() {
    return new DataLoader(async (ids: readonly string[]) => {
      const rows = await selectPeopleById(this.db.pool, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
  }
}
