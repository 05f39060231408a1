import type pg from 'pg';
import { hashPassword } from '../modules/identity/credentials.js';

type DemoAccount = {
  email: string;
  password: string;
  displayName: string;
  role?: 'ADMIN' | 'MODERATOR' | 'PLANNER';
  /** For a planner: the slugs of the units they work for. */
  units?: string[];
  verified?: boolean;
};

/** One account per role, for the embedded demo only; the README lists them. */
export const demoAccounts: DemoAccount[] = [
  {
    email: 'admin@plac.local',
    password: 'plac-demo-admin',
    displayName: 'Ada Admin',
    role: 'ADMIN',
  },
  {
    email: 'moderator@plac.local',
    password: 'plac-demo-moderator',
    displayName: 'Marek Moderator',
    role: 'MODERATOR',
  },
  {
    email: 'planner@plac.local',
    password: 'plac-demo-planner',
    displayName: 'Paula Planistka',
    role: 'PLANNER',
    units: ['biuro-architektury-i-planowania-przestrzennego', 'urzad-dzielnicy-mokotow'],
  },
  {
    email: 'resident@plac.local',
    password: 'plac-demo-resident',
    displayName: 'Rafał Mieszkaniec',
  },
  {
    email: 'verified@plac.local',
    password: 'plac-demo-verified',
    displayName: 'Wanda Zweryfikowana',
    verified: true,
  },
];

export async function seedDemoAccounts(client: pg.ClientBase): Promise<void> {
  // Hashing is deliberately slow: only accounts not there yet are hashed, not at every start.
  const { rows: present } = await client.query<{ email: string }>(
    'SELECT email FROM app_user WHERE email = ANY($1)',
    [demoAccounts.map((a) => a.email)],
  );
  const missing = demoAccounts.filter((a) => !present.some((p) => p.email === a.email));
  for (const account of missing) {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, birth_year, verified_at, verification_method)
       VALUES ($1, $2, $3, 1990, CASE WHEN $4 THEN now() END, CASE WHEN $4 THEN 'demo account' END)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [
        account.email,
        await hashPassword(account.password),
        account.displayName,
        account.verified ?? false,
      ],
    );
    const userId = rows[0]?.id;
    if (!userId || !account.role) continue;
    if (account.role !== 'PLANNER') {
      await client.query('INSERT INTO role_grant (user_id, role) VALUES ($1, $2)', [
        userId,
        account.role,
      ]);
      continue;
    }
    await client.query(
      `INSERT INTO role_grant (user_id, role, unit_id)
       SELECT $1, 'PLANNER', id FROM organisation_unit WHERE slug = ANY($2)`,
      [userId, account.units ?? []],
    );
  }
}
