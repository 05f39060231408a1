import { defineMessages } from '../../i18n/define-messages';

export const districtMessages = defineMessages(
  {
    'districts.heading': 'Dzielnice',
    'districts.loading': 'Wczytywanie dzielnic…',
    'districts.error': 'Nie udało się wczytać dzielnic.',
    'districts.retry': 'Spróbuj ponownie',
    'districts.empty': 'Brak dzielnic do wyświetlenia.',
  },
  {
    'districts.heading': 'Districts',
    'districts.loading': 'Loading districts…',
    'districts.error': 'The districts could not be loaded.',
    'districts.retry': 'Try again',
    'districts.empty': 'No districts to show.',
  },
);
