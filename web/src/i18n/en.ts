import type { Catalog } from './pl';

export const en: Catalog = {
  'app.title': 'Plac',
  'app.tagline': 'Public consultations in Warsaw',
  'lang.switch': 'Polski',
  'districts.heading': 'Districts',
  'districts.loading': 'Loading districts…',
  'districts.error': 'The districts could not be loaded.',
  'districts.retry': 'Try again',
  'districts.empty': 'No districts to show.',
  'map.label': 'Map of Warsaw districts',
  'map.labelSelected': 'Map of Warsaw districts, selected district: {name}',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.unavailable': 'The map cannot be shown: this browser does not support WebGL.',
};
