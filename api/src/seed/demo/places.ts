/**
 * Places people care about, around which the demo's comments cluster: [lon, lat], spread in
 * metres, weight, and what residents say there. Made up, in Mokotów; the plan's lie inside
 * the sample plan (modules/plans/fixtures).
 */
export type Hotspot = {
  name: string;
  at: [number, number];
  spreadMeters: number;
  weight: number;
  topics: string[];
  remarks: Record<'SUPPORT' | 'OBJECTION' | 'PROPOSAL' | 'QUESTION', string[]>;
};

export const planHotspots: Hotspot[] = [
  {
    name: 'Racławicka przy przystanku',
    at: [21.0138, 52.1982],
    spreadMeters: 120,
    weight: 4,
    topics: ['ruch i parkowanie', 'zabudowa'],
    remarks: {
      SUPPORT: [
        'Dobrze, że plan porządkuje pierzeję Racławickiej.',
        'Popieram usługi w parterach wzdłuż ulicy.',
      ],
      OBJECTION: [
        'Wysokość 25 m przy Racławickiej zasłoni światło sąsiednim blokom.',
        'Za mało miejsc parkingowych dla nowej zabudowy.',
      ],
      PROPOSAL: [
        'Proszę o bezpieczne przejście dla pieszych przy przystanku.',
        'Proponuję szpaler drzew wzdłuż jezdni.',
      ],
      QUESTION: [
        'Czy plan przewiduje poszerzenie jezdni?',
        'Jaka będzie maksymalna intensywność zabudowy w tym kwartale?',
      ],
    },
  },
  {
    name: 'Skwer przy Odyńca',
    at: [21.0105, 52.1972],
    spreadMeters: 90,
    weight: 3,
    topics: ['zieleń', 'rekreacja'],
    remarks: {
      SUPPORT: [
        'Świetnie, że skwer zostaje terenem zieleni publicznej (ZP).',
        'Popieram ochronę starych drzew.',
      ],
      OBJECTION: [
        'Nie zgadzam się na zabudowę części skweru.',
        'Teren ZP jest za mały w stosunku do potrzeb osiedla.',
      ],
      PROPOSAL: [
        'Proszę o plac zabaw i ławki w cieniu.',
        'Warto dodać wybieg dla psów na obrzeżu skweru.',
      ],
      QUESTION: ['Czy drzewa przy ulicy zostaną zachowane?', 'Kto będzie zarządzał skwerem?'],
    },
  },
  {
    name: 'Dawna zajezdnia',
    at: [21.0068, 52.2012],
    spreadMeters: 150,
    weight: 3,
    topics: ['zabudowa', 'usługi'],
    remarks: {
      SUPPORT: ['Dobrze, że teren zajezdni dostanie nowe funkcje usługowe.'],
      OBJECTION: [
        'Zabudowa mieszkaniowa wielorodzinna (MW) zbyt gęsta dla tego miejsca.',
        'Brak szkoły w planie mimo nowych mieszkań.',
      ],
      PROPOSAL: [
        'Proponuję dom kultury w zachowanej hali zajezdni.',
        'Niech część terenu będzie otwartym placem miejskim.',
      ],
      QUESTION: ['Czy hala zajezdni jest objęta ochroną konserwatorską?'],
    },
  },
  {
    name: 'Ulica dojazdowa KD-D',
    at: [21.0132, 52.2018],
    spreadMeters: 200,
    weight: 2,
    topics: ['ruch i parkowanie'],
    remarks: {
      SUPPORT: ['Ruch uspokojony na ulicy dojazdowej to dobre rozwiązanie.'],
      OBJECTION: ['Nowa ulica przetnie podwórko naszego osiedla.'],
      PROPOSAL: [
        'Proszę o strefę tempo 30 i progi zwalniające.',
        'Potrzebny pas rowerowy łączący z Racławicką.',
      ],
      QUESTION: ['Czy ulica będzie jednokierunkowa?'],
    },
  },
];

export const parkHotspots: Hotspot[] = [
  {
    name: 'Staw w Parku Dreszera',
    at: [21.0132, 52.1985],
    spreadMeters: 60,
    weight: 4,
    topics: ['woda i przyroda', 'rekreacja'],
    remarks: {
      SUPPORT: [
        'Oczyszczenie stawu to najważniejsza część projektu.',
        'Popieram naturalne brzegi stawu.',
      ],
      OBJECTION: ['Betonowe nabrzeże zniszczy charakter parku.'],
      PROPOSAL: [
        'Proszę o pomost i tablice o ptakach.',
        'Warto posadzić rośliny oczyszczające wodę.',
      ],
      QUESTION: ['Czy staw będzie zasilany wodą deszczową?'],
    },
  },
  {
    name: 'Plac zabaw',
    at: [21.0118, 52.1992],
    spreadMeters: 40,
    weight: 3,
    topics: ['rekreacja', 'dostępność'],
    remarks: {
      SUPPORT: ['Nowy plac zabaw bardzo potrzebny.'],
      OBJECTION: ['Plac zabaw za blisko ulicy.'],
      PROPOSAL: [
        'Proszę o urządzenia dostępne dla dzieci z niepełnosprawnościami.',
        'Potrzebne zacienienie nad piaskownicą.',
      ],
      QUESTION: ['Czy plac będzie ogrodzony?'],
    },
  },
  {
    name: 'Aleje i oświetlenie',
    at: [21.0125, 52.1978],
    spreadMeters: 110,
    weight: 2,
    topics: ['bezpieczeństwo', 'dostępność'],
    remarks: {
      SUPPORT: ['Dobrze, że będą nowe latarnie.'],
      OBJECTION: ['Asfaltowe alejki to zły pomysł, wolę nawierzchnię mineralną.'],
      PROPOSAL: [
        'Proszę o ławki z oparciami co 50 metrów.',
        'Oświetlenie przyjazne ptakom i nietoperzom.',
      ],
      QUESTION: ['Czy park będzie zamykany na noc?'],
    },
  },
];
