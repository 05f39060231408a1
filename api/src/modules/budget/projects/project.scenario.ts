import type { Database } from '../../../db/database.js';
import type { Position } from '../../../geo/geojson.js';
import { insertLocations } from './project.sql.js';

/** Places the project at a point. */
export function locateProject(db: Database, projectId: string, coordinates: Position) {
  return insertLocations(db.pool, projectId, [{ type: 'Point', coordinates }], false);
}
