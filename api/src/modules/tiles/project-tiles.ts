import type pg from 'pg';
import { notFound } from '../../errors/domain-error.js';
import { BudgetProjectStatus } from '../../generated/prisma/enums.js';
import type { ProjectQuery } from '../budget/projects/project.sql.js';
import {
  editionExists,
  projectCellProperties,
  projectCells,
  projectFeatureProperties,
  projectFeatures,
} from './project-tiles.sql.js';
import type { TileLayer } from './tile-layer.js';
import { TileParams } from './tile-params.js';

/**
 * `projects?edition=<id>` with the list's filters (pool, status, category): each location from
 * `detailZoom` on, counted cells below it. Budget projects are public in every status.
 */
export const projectTiles =
  (pool: pg.Pool, detailZoom: number): TileLayer =>
  async (_viewer, address, search) => {
    const params = new TileParams(search);
    const editionId = params.id('edition');
    const poolId = params.optionalId('pool');
    const statuses = params.list('status', Object.values(BudgetProjectStatus));
    const category = params.text('category', 200);
    params.done();
    if (!(await editionExists(pool, editionId))) {
      throw notFound(`No budget edition has id "${editionId}".`, 'edition');
    }
    const query: ProjectQuery = {
      editionId,
      poolId,
      areaId: null,
      category,
      statuses,
      intersecting: null,
      near: null,
    };
    const cells = address.z < detailZoom;
    return {
      layer: 'projects',
      source: cells ? projectCells(query, address) : projectFeatures(query, address),
      properties: cells ? projectCellProperties : projectFeatureProperties,
      scope: { layer: 'projects', scopeId: editionId },
      cache: 'public',
      key: JSON.stringify({ poolId, statuses, category, cells }),
    };
  };
