import { unitBySlug } from '../../../test/scenario.js';
import type { Database } from '../../db/database.js';
import type { BudgetPhase } from '../../generated/prisma/enums.js';
import { insertEdition, replacePhases } from './editions/edition.sql.js';
import { insertPool } from './pools/pool.sql.js';
import { insertProject } from './projects/project.sql.js';
import { updateProjectStatus } from './projects/project-staff.sql.js';

type Options = {
  phase?: BudgetPhase;
  minAge?: number;
  ballotChangeable?: boolean;
  areaMaxApprovals?: number;
  citywideMaxApprovals?: number;
};

const DAY_MS = 86_400_000;
const costs = [40_000_000n, 30_000_000n, 30_000_000n];

/**
 * Test data: an edition with Mokotów's and Wola's district pools and a city-wide pool, each
 * with three ACCEPTED projects; the edition is in `phase` now (VOTING unless given).
 */
export async function createBudgetEdition(db: Database, options: Options = {}) {
  const editionId = await insertEdition(db.pool, {
    year: 2026,
    title: `Test edition ${crypto.randomUUID()}`,
    rule: 'GREEDY',
    completion: null,
    areaMaxApprovals: options.areaMaxApprovals ?? 2,
    citywideMaxApprovals: options.citywideMaxApprovals ?? 2,
    areaMinVotes: 1,
    citywideMinVotes: 1,
    minAge: options.minAge ?? 16,
    ballotChangeable: options.ballotChangeable ?? false,
  });
  const now = Date.now();
  await replacePhases(db.pool, editionId, [
    {
      phase: options.phase ?? 'VOTING',
      startsAt: new Date(now - DAY_MS),
      endsAt: new Date(now + DAY_MS),
    },
  ]);
  const pool = async (
    unit: { id: string; areaId: string | null },
    name: string,
    grosze: bigint,
  ) => {
    const poolId = await insertPool(db.pool, {
      editionId,
      kind: unit.areaId ? 'AREA' : 'CITYWIDE',
      areaId: unit.areaId,
      unitId: unit.id,
      name,
      amountGrosze: grosze,
    });
    const projects: string[] = [];
    for (const cost of costs) {
      const id = await insertProject(db.pool, {
        poolId,
        title: `Project ${cost}`,
        description: '',
        categories: ['zieleń'],
        targetGroups: [],
        costGrosze: cost,
        costLines: [],
      });
      await updateProjectStatus(db.pool, id, 'SUBMITTED', 'ACCEPTED', null);
      projects.push(id);
    }
    return { id: poolId, projects };
  };
  const district = (slug: string) => unitBySlug(db, `urzad-dzielnicy-${slug}`);
  const bureau = await db.prisma.organisationUnit.findFirstOrThrow({
    where: { kind: 'CITY_BUREAU' },
    orderBy: { slug: 'asc' },
  });
  return {
    editionId,
    mokotow: await pool(await district('mokotow'), 'Mokotów', 70_000_000n),
    wola: await pool(await district('wola'), 'Wola', 70_000_000n),
    citywide: await pool({ id: bureau.id, areaId: null }, 'Cała Warszawa', 100_000_000n),
  };
}
