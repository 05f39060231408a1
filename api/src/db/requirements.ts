import type pg from 'pg';

export class DatabaseRequirementError extends Error {
  override name = 'DatabaseRequirementError';
}

const minimumServer = 150000;
const minimumPostgis = [3, 3] as const;

const installHint =
  'Install PostGIS 3.3 or later on the database server ' +
  '(Debian/Ubuntu: apt-get install postgresql-15-postgis-3, matching your PostgreSQL major version), ' +
  'or unset DATABASE_URL to use the embedded database.';

/** Fails with what to install when the server is older than PostgreSQL 15 or lacks PostGIS 3.3. */
export async function checkServerRequirements(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ server: string; postgis: string | null }>(
    `SELECT current_setting('server_version_num') AS server,
            (SELECT default_version FROM pg_available_extensions WHERE name = 'postgis') AS postgis`,
  );
  const { server, postgis } = rows[0] ?? { server: '0', postgis: null };
  if (Number(server) < minimumServer) {
    throw new DatabaseRequirementError(
      `PostgreSQL 15 or later is required; the server at DATABASE_URL runs ${server}.`,
    );
  }
  if (!postgis) throw new DatabaseRequirementError(`PostGIS is not available. ${installHint}`);
  const [major = 0, minor = 0] = postgis.split('.').map(Number);
  if (major < minimumPostgis[0] || (major === minimumPostgis[0] && minor < minimumPostgis[1])) {
    throw new DatabaseRequirementError(`PostGIS ${postgis} is too old. ${installHint}`);
  }
}
