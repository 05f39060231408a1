import { PabulibError } from '../pabulib/pabulib-error.js';
import { TallyError } from '../tally/tally-error.js';
import type { CliIo } from './cli.io.js';
import { exportUsage, importUsage } from './database.usage.js';
import { tallyCommand, tallyUsage } from './tally.command.js';
import { UsageError } from './usage-error.js';

/**
 * One entry per subcommand. Import and export need the database (`CliIo.database`): their
 * code is imported only when they run, so that `tally` loads no database code.
 */
const commands: Record<
  string,
  { usage: string; run(args: string[], io: CliIo): number | Promise<number> }
> = {
  tally: { usage: tallyUsage, run: tallyCommand },
  import: {
    usage: importUsage,
    run: async (args, io) => (await import('./database.command.js')).importCommand(args, io),
  },
  export: {
    usage: exportUsage,
    run: async (args, io) => (await import('./database.command.js')).exportCommand(args, io),
  },
};

const usage = `usage: npm run budget -- <command>\n\n${Object.values(commands)
  .map((command) => command.usage)
  .join('\n\n')}\n`;

/** Runs `budget <command> …`; resolves to the exit code: 0 done, 1 bad data, 2 bad arguments. */
export async function runBudgetCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  const command = name === undefined ? undefined : commands[name];
  try {
    if (!command) throw new UsageError(name ? `unknown command "${name}"` : 'no command given');
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      io.err(`budget: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof PabulibError || error instanceof TallyError) {
      io.err(`budget: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** node:util parseArgs refuses unknown or malformed options with these codes. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
