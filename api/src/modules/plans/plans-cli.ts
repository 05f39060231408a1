import { ConfigError } from '../../config.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors/domain-error.js';
import { PlanService } from './plan.service.js';
import { PlanImportError } from './plan-import.error.js';
import { importUsage, parseImportArgs, UsageError } from './plans-cli.args.js';

/** What the plans CLI may touch, so that tests can run it in memory. */
export interface PlansCliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** Opens (and migrates) the database; the CLI closes it. */
  connect(): Promise<{ db: Database; maxVertices: number }>;
}

// Service fields the command line sets through options; a fault there is a bad argument.
const options: Record<string, string> = {
  consultationId: '--consultation',
  'input.name': '--name',
  'input.version': '--version',
  'input.crs': '--crs',
};

/** Runs `plans import …`; resolves to the exit code: 0 imported, 1 invalid plan, 2 bad arguments. */
export async function runPlansCli(args: string[], io: PlansCliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command !== 'import') {
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
    return await importCommand(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error) || error instanceof ConfigError) {
      io.err(`plans: ${(error as Error).message}\n\n${importUsage}\n`);
      return 2;
    }
    if (error instanceof PlanImportError) {
      io.err(
        `plans: the plan is invalid; nothing was imported.\n  ${error.problems.join('\n  ')}\n`,
      );
      return 1;
    }
    if (error instanceof DomainError) {
      const option = error.field && options[error.field];
      const message = option
        ? `${option}: ${error.message.replace(`${error.field}: `, '')}`
        : error.message;
      io.err(`plans: ${message}\n`);
      return option ? 2 : 1;
    }
    throw error;
  }
}

async function importCommand(args: string[], io: PlansCliIo) {
  const { consultationId, input } = parseImportArgs(args, io.readFile);
  const { db, maxVertices } = await io.connect();
  try {
    const plans = PlanService.forSystem(db, maxVertices);
    const plan = await plans.importPlan('system', consultationId, input);
    const zones = await db.prisma.planZone.count({ where: { planId: plan.id } });
    io.out(`Imported plan ${plan.id} with ${zones} zones for consultation ${consultationId}.\n`);
    return 0;
  } finally {
    await db.close();
  }
}

/** node:util parseArgs refuses unknown or malformed options with these codes. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
