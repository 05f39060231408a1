/** Polish, the default catalog: every key the app uses is defined here first. */
export const pl = {
  'app.title': 'Plac',
  'app.tagline': 'Konsultacje społeczne w Warszawie',
  /** The switch names the other language, in that language. */
  'lang.switch': 'English',
  'districts.heading': 'Dzielnice',
  'districts.loading': 'Wczytywanie dzielnic…',
  'districts.error': 'Nie udało się wczytać dzielnic.',
  'districts.retry': 'Spróbuj ponownie',
  'districts.empty': 'Brak dzielnic do wyświetlenia.',
  'map.label': 'Mapa dzielnic Warszawy',
  'map.labelSelected': 'Mapa dzielnic Warszawy, zaznaczona dzielnica: {name}',
  'map.zoomIn': 'Przybliż',
  'map.zoomOut': 'Oddal',
  'map.unavailable': 'Nie można wyświetlić mapy: przeglądarka nie obsługuje WebGL.',
} as const;

export type MessageKey = keyof typeof pl;
export type Catalog = Record<MessageKey, string>;
