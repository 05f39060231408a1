import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, conflict, notFound } from '../../errors/domain-error.js';
import type { UnitKind } from '../../generated/prisma/client.js';
import { slugify } from '../../seed/slugify.js';
import { recordAuditInPrisma } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';

export type UnitInput = { kind: UnitKind; name: string; areaId?: string | null };

export class UnitService {
  constructor(private readonly db: Database) {}

  list(kind: UnitKind | null) {
    return this.db.prisma.organisationUnit.findMany({
      where: kind ? { kind } : {},
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    });
  }

  async find(id: string) {
    const unit = isUuid(id)
      ? await this.db.prisma.organisationUnit.findUnique({ where: { id } })
      : null;
    if (!unit) throw notFound(`No organisation unit has id "${id}".`, 'id');
    return unit;
  }

  /** A district office must name its district; a bureau may name the area it serves. */
  async create(actor: Viewer, input: UnitInput) {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 160) throw badInput('name', 'must be 2 to 160 characters');
    if (input.kind === 'DISTRICT_OFFICE' && input.areaId == null) {
      throw badInput('areaId', 'a district office needs its district');
    }
    const slug = slugify(name);
    return this.db.prisma.$transaction(async (tx) => {
      if (input.areaId != null) {
        const area = isUuid(input.areaId)
          ? await tx.area.findUnique({ where: { id: input.areaId } })
          : null;
        if (!area) throw notFound(`No area has id "${input.areaId}".`, 'areaId');
      }
      if (await tx.organisationUnit.findUnique({ where: { slug } })) {
        throw conflict(`A unit named "${name}" already exists.`, 'name');
      }
      const unit = await tx.organisationUnit.create({
        data: { kind: input.kind, name, slug, areaId: input.areaId ?? null },
      });
      await recordAuditInPrisma(tx, {
        actorId: actor.userId,
        action: 'unit.create',
        targetType: 'OrganisationUnit',
        targetId: unit.id,
        after: unit,
      });
      return unit;
    });
  }
}
