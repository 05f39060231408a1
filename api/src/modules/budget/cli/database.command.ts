import { parseArgs } from 'node:util';
import { DomainError } from '../../../errors/domain-error.js';
import { exportPabulib } from '../pabulib/pabulib-export.service.js';
import { importPabulib } from '../pabulib/pabulib-import.service.js';
import type { CliIo } from './cli.io.js';
import { UsageError } from './usage-error.js';

function database(io: CliIo) {
  if (!io.database) throw new UsageError('this command needs a database');
  return io.database();
}

/** `import <file.pb> [--unit <slug>]`: prints the new edition's id. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { unit: { type: 'string' } },
  });
  const [path, ...extra] = positionals;
  if (!path) throw new UsageError('import needs a .pb file');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const db = await database(io);
  const result = await importPabulib(db, text, { unitSlug: values.unit, actorId: null });
  io.out(`${result.editionId}\n`);
  io.err(`imported ${result.projects} projects and ${result.ballots} ballots\n`);
  return 0;
}

/** `export <editionId> [--pool <poolId>]` */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { pool: { type: 'string' } },
  });
  const [editionId, ...extra] = positionals;
  if (!editionId) throw new UsageError('export needs an edition id');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const db = await database(io);
  try {
    io.out(await exportPabulib(db, editionId, values.pool));
  } catch (error) {
    // An unknown edition or pool is bad data, not bad usage: exit 1, no usage text.
    if (!(error instanceof DomainError)) throw error;
    io.err(`budget: ${error.message}\n`);
    return 1;
  }
  return 0;
}
