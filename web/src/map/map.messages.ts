import { defineMessages } from '../i18n/define-messages';

export const mapMessages = defineMessages(
  {
    'map.zoomIn': 'Przybliż',
    'map.zoomOut': 'Oddal',
    'map.unavailable': 'Nie można wyświetlić mapy: przeglądarka nie obsługuje WebGL.',
    'map.legend': 'Legenda',
  },
  {
    'map.zoomIn': 'Zoom in',
    'map.zoomOut': 'Zoom out',
    'map.unavailable': 'The map cannot be shown: this browser does not support WebGL.',
    'map.legend': 'Legend',
  },
);
