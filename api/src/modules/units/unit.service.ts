import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, conflict, notFound } from '../../errors/domain-error.js';
import type { UnitKind } from '../../generated/prisma/client.js';
import { checkLength } from '../../graphql/text-argument.js';
import { slugify } from '../../seed/slugify.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import { insertUnit } from './unit.sql.js';

export type UnitInput = { kind: UnitKind; name: string; areaId?: string | null };

export class UnitService {
  constructor(private readonly db: Database) {}

  list(kind: UnitKind | null) {
    return this.db.prisma.organisationUnit.findMany({
      where: kind ? { kind } : {},
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    });
  }

  /** `field`: the argument that gave the id, named by the refusal. */
  async find(id: string, field = 'id') {
    const unit = isUuid(id)
      ? await this.db.prisma.organisationUnit.findUnique({ where: { id } })
      : null;
    if (!unit) throw notFound(`No organisation unit has id "${id}".`, field, 'UNIT_NOT_FOUND');
    return unit;
  }

  /** A district office must name its district; a bureau may name the area it serves. */
  async create(actor: Viewer, input: UnitInput) {
    const name = checkLength(input.name, 'name', 2, 160);
    const slug = slugify(name);
    if (!slug)
      throw badInput('name', 'needs a letter or a digit, for its address', 'INPUT_INVALID');
    if (input.kind === 'DISTRICT_OFFICE' && input.areaId == null) {
      throw badInput('areaId', 'a district office needs its district', 'UNIT_DISTRICT_REQUIRED');
    }
    if (input.areaId != null) await this.assertAreaExists(input.areaId);
    return inTransaction(this.db.pool, async (client) => {
      const unit = await insertUnit(client, {
        kind: input.kind,
        name,
        slug,
        areaId: input.areaId ?? null,
      });
      if (!unit)
        throw conflict(`A unit named "${name}" already exists.`, 'name', 'UNIT_NAME_TAKEN');
      await recordAudit(client, {
        actorId: actor.userId,
        action: 'unit.create',
        targetType: 'OrganisationUnit',
        targetId: unit.id,
        after: unit,
      });
      return unit;
    });
  }

  private async assertAreaExists(areaId: string) {
    const area = isUuid(areaId)
      ? await this.db.prisma.area.findUnique({ where: { id: areaId }, select: { id: true } })
      : null;
    if (!area) throw notFound(`No area has id "${areaId}".`, 'areaId');
  }
}
