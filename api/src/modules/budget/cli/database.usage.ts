// Apart from database.command.ts, so the usage text is printed without loading database code.
export const importUsage =
  'import <file.pb> [--unit <slug>]\n' +
  '  creates an edition, its pool, projects and ballots from a Pabulib file, all or nothing;\n' +
  "  the pool is the META district's, or city-wide and owned by --unit.";

export const exportUsage =
  'export <editionId> [--pool <poolId>]\n  writes the edition (one pool of it) as a .pb file to stdout.';
