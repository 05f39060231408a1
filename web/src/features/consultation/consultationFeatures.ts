import type { Feature, FeatureCollection } from 'geojson';
import { representativePoint } from './commentData';
import type { Consultation } from './consultation.queries';
import { areaPolygon } from './locationInput';
import { designationColor } from './planPalette';

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** The consultation's area, plan zones (with colour and label), zone labels and meeting places. */
export function consultationFeatures(consultation: Consultation) {
  const zones = consultation.plans.flatMap((plan) => plan.zones);
  return {
    area: collection([{ type: 'Feature', properties: {}, geometry: consultation.area }]),
    zones: collection(
      zones.map((zone) => ({
        type: 'Feature',
        properties: { id: zone.id, color: designationColor(zone.designationCode) },
        geometry: zone.geometry,
      })),
    ),
    zoneLabels: collection(
      zones.flatMap((zone): Feature[] => {
        const polygon = areaPolygon(zone.geometry);
        const at = polygon && representativePoint(polygon);
        if (!at) return [];
        const properties = { symbol: zone.symbol };
        return [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } }];
      }),
    ),
    meetings: collection(
      consultation.meetings.flatMap((meeting): Feature[] =>
        meeting.place
          ? [{ type: 'Feature', properties: { id: meeting.id }, geometry: meeting.place }]
          : [],
      ),
    ),
  };
}
