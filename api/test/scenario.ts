import { randomUUID } from 'node:crypto';
import type { Database } from '../src/db/database.js';
import type { Role } from '../src/generated/prisma/enums.js';

/** Named test data, made fresh for each test file so that files never depend on each other. */
export function uniqueEmail(name: string) {
  return `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@test.plac.local`;
}

export async function unitBySlug(db: Database, slug: string) {
  return db.prisma.organisationUnit.findUniqueOrThrow({ where: { slug } });
}

/** A user straight in the database (no password hashing, no rate limit), with roles. */
export async function createUser(
  db: Database,
  name: string,
  options: {
    roles?: { role: Role; unitId?: string }[];
    verified?: boolean;
    birthYear?: number;
  } = {},
) {
  return db.prisma.user.create({
    data: {
      email: uniqueEmail(name),
      passwordHash: 'not-a-real-hash',
      displayName: name,
      birthYear: options.birthYear ?? 1990,
      verifiedAt: options.verified ? new Date() : null,
      verificationMethod: options.verified ? 'test' : null,
      roles: {
        create: options.roles?.map((r) => ({ role: r.role, unitId: r.unitId ?? null })) ?? [],
      },
    },
  });
}
