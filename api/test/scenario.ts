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

/**
 * A consultation straight in the database, over a district's area, taking comments now unless
 * another status is given. Returns its id and its unit's id.
 */
export async function createConsultation(
  db: Database,
  options: {
    district?: string;
    status?: 'DRAFT' | 'ANNOUNCED' | 'OPEN' | 'CLOSED';
    topics?: string[];
  } = {},
) {
  const district = options.district ?? 'mokotow';
  const { rows } = await db.pool.query<{ id: string; unitId: string }>(
    `INSERT INTO consultation (title, unit_id, status, opens_at, closes_at, area)
     SELECT 'Test consultation ' || gen_random_uuid(), u.id, $2::consultation_status,
            now() - interval '1 day', now() + interval '30 days', a.geometry
     FROM organisation_unit u JOIN area a ON a.id = u.area_id
     WHERE u.slug = 'urzad-dzielnicy-' || $1
     RETURNING id, unit_id AS "unitId"`,
    [district, options.status ?? 'OPEN'],
  );
  const consultation = rows[0];
  if (!consultation) throw new Error(`no district office for ${district}`);
  for (const name of options.topics ?? []) {
    await db.pool.query('INSERT INTO consultation_topic (consultation_id, name) VALUES ($1, $2)', [
      consultation.id,
      name,
    ]);
  }
  return consultation;
}
