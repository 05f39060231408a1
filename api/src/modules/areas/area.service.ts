import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { notFound } from '../../errors/domain-error.js';
import type { Geometry } from '../../geo/geojson.js';
import { simplifiedGeometryLoader } from '../../geo/simplified-geometry.js';
import { assertValidGeometry } from '../../geo/validity.js';
import {
  type AreaRow,
  selectAreasIntersecting,
  selectDistrictAt,
  selectGeometries,
} from './area.sql.js';
import type { AreaKind } from './area.type.js';

const select = { id: true, kind: true, name: true, slug: true, terytCode: true } as const;

export class AreaService {
  constructor(private readonly db: Database) {}

  list(kind: AreaKind | null): Promise<AreaRow[]> {
    return this.db.prisma.area.findMany({
      select,
      where: kind ? { kind } : {},
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    }) as Promise<AreaRow[]>;
  }

  async findById(id: string): Promise<AreaRow> {
    const area = isUuid(id)
      ? await this.db.prisma.area.findUnique({ select, where: { id } })
      : null;
    if (!area) throw notFound(`No area has id "${id}"`, 'id');
    return area as AreaRow;
  }

  async findBySlug(slug: string): Promise<AreaRow> {
    const area = await this.db.prisma.area.findUnique({ select, where: { slug } });
    if (!area) throw notFound(`No area has slug "${slug}"`, 'slug');
    return area as AreaRow;
  }

  districtAt(point: Geometry): Promise<AreaRow | null> {
    return selectDistrictAt(this.db.pool, point);
  }

  async intersecting(geometry: Geometry, kind: AreaKind | null): Promise<AreaRow[]> {
    await assertValidGeometry(this.db.pool, geometry, 'intersecting');
    return selectAreasIntersecting(this.db.pool, geometry, kind);
  }

  /** Per request: areas by id. */
  areaLoader(): DataLoader<string, AreaRow | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.prisma.area.findMany({ select, where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row as AreaRow]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Per request: area geometries, one query per tolerance asked for. */
  geometryLoader() {
    return simplifiedGeometryLoader((ids, tolerance) =>
      selectGeometries(this.db.pool, ids, tolerance),
    );
  }
}
