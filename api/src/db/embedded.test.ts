import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { expect, inject, test } from 'vitest';

test.runIf(inject('databaseMode') === 'embedded')(
  'the embedded database listens only on a Unix socket in a folder of its user alone',
  async () => {
    const url = inject('databaseUrl');
    const socketDir = decodeURIComponent(new URL(url).searchParams.get('host') ?? '');
    expect(dirname(socketDir)).toBe(tmpdir());
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(socketDir, '.s.PGSQL.5432')).isSocket()).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await client.end();
  },
);
