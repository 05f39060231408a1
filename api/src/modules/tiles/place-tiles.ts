import { DomainError, notFound } from '../../errors/domain-error.js';
import { AreaKind } from '../../generated/prisma/enums.js';
import { isAdmin } from '../identity/viewer.js';
import type { PlanService } from '../plans/plan.service.js';
import {
  areaFeatures,
  areaProperties,
  consultationFeatures,
  consultationProperties,
  zoneFeatures,
  zoneProperties,
} from './place-tiles.sql.js';
import { everywhere, type TileLayer } from './tile-layer.js';
import { TileParams } from './tile-params.js';

/** Below this zoom a consultation is a marker: a district is a few pixels wide at z 11. */
export const consultationAreaZoom = 12;

/** `zones?plan=<id>`: a plan the viewer may see (its consultation past DRAFT, or theirs). */
export const zoneTiles =
  (plans: PlanService): TileLayer =>
  async (viewer, address, search) => {
    const params = new TileParams(search);
    const planId = params.id('plan');
    params.done();
    const visible = (who: typeof viewer) =>
      plans.find(who, planId).then(
        () => true,
        (error) => {
          if (error instanceof DomainError && error.code === 'NOT_FOUND') return false;
          throw error;
        },
      );
    if (!(await visible(viewer))) throw notFound(`No plan has id "${planId}".`, 'plan');
    return {
      layer: 'zones',
      source: zoneFeatures(planId, address),
      properties: zoneProperties,
      scope: { layer: 'zones', scopeId: planId },
      cache: viewer && !(await visible(null)) ? 'private' : 'public',
      key: '',
    };
  };

/** `areas?kind=DISTRICT` (or CITY): public. */
export const areaTiles: TileLayer = async (_viewer, address, search) => {
  const params = new TileParams(search);
  const kind = params.oneOf('kind', Object.values(AreaKind), 'DISTRICT');
  params.done();
  return {
    layer: 'areas',
    source: areaFeatures(kind, address),
    properties: areaProperties,
    scope: { layer: 'areas', scopeId: everywhere },
    cache: 'public',
    key: kind,
  };
};

/** `consultations`: every one the viewer may see, drafts only to those who manage them. */
export const consultationTiles: TileLayer = async (viewer, address, search) => {
  new TileParams(search).done();
  const draftsOfUnits = isAdmin(viewer) ? null : [...(viewer?.plannerUnitIds ?? [])].sort();
  const seesDrafts = draftsOfUnits === null || draftsOfUnits.length > 0;
  const asMarker = address.z < consultationAreaZoom;
  return {
    layer: 'consultations',
    source: consultationFeatures(address, draftsOfUnits, asMarker),
    properties: consultationProperties,
    scope: { layer: 'consultations', scopeId: everywhere },
    cache: seesDrafts ? 'private' : 'public',
    key: JSON.stringify({ draftsOfUnits, asMarker }),
  };
};
