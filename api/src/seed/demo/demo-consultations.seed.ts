import type pg from 'pg';
import { hashPassword } from '../../modules/identity/credentials.js';
import { insertRemarks } from './demo-remarks.seed.js';
import { type Hotspot, parkHotspots, planHotspots } from './places.js';
import { seededRandom } from './random.js';

export type DemoConsultation = {
  title: string;
  summary: string;
  unitSlug: string;
  /** [west, south, east, north], clipped to the unit's district. */
  box: [number, number, number, number];
  hotspots: Hotspot[];
  comments: number;
  answeredShare: number;
};

const consultations: DemoConsultation[] = [
  {
    title: 'Miejscowy plan zagospodarowania przestrzennego rejonu ulicy Racławickiej (projekt)',
    summary:
      'Wyłożenie projektu planu miejscowego do publicznego wglądu: zgłoś uwagi do stref planu.',
    unitSlug: 'biuro-architektury-i-planowania-przestrzennego',
    box: [21.003, 52.194, 21.017, 52.204],
    hotspots: planHotspots,
    comments: 320,
    answeredShare: 0.35,
  },
  {
    title: 'Przebudowa Parku im. gen. Orlicz-Dreszera',
    summary: 'Jak ma wyglądać park po przebudowie? Staw, plac zabaw, alejki i oświetlenie.',
    unitSlug: 'urzad-dzielnicy-mokotow',
    box: [21.0085, 52.1955, 21.0165, 52.2012],
    hotspots: parkHotspots,
    comments: 180,
    answeredShare: 0.2,
  },
];

const residents = 40;

async function demoResidents(client: pg.ClientBase): Promise<string[]> {
  const passwordHash = await hashPassword(`demo-resident-${Date.now()}`);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, verified_at, verification_method)
     SELECT 'resident-' || n || '@demo.plac.local', $1, 'Mieszkaniec ' || n,
            CASE WHEN n % 2 = 0 THEN now() END, CASE WHEN n % 2 = 0 THEN 'demo' END
     FROM generate_series(1, $2) AS n
     ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name
     RETURNING id`,
    [passwordHash, residents],
  );
  return rows.map((r) => r.id);
}

async function insertConsultation(client: pg.ClientBase, c: DemoConsultation) {
  const [w, s, e, n] = c.box;
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO consultation (title, summary, description, unit_id, status, opens_at, closes_at, area)
     SELECT $1, $2, $3, u.id, 'OPEN', now() - interval '14 days', now() + interval '21 days',
            ST_Multi(ST_Intersection(ST_MakeEnvelope($4, $5, $6, $7, 4326), d.geometry))
     FROM organisation_unit u, area d WHERE u.slug = $8 AND d.slug = 'mokotow'
     RETURNING id`,
    [
      c.title,
      c.summary,
      `${c.summary}\n\n**Dane demonstracyjne**: uwagi i odpowiedzi są wygenerowane.`,
      w,
      s,
      e,
      n,
      c.unitSlug,
    ],
  );
  const id = rows[0]?.id ?? '';
  const topics = [...new Set(c.hotspots.flatMap((h) => h.topics))];
  await client.query(
    'INSERT INTO consultation_topic (consultation_id, name) SELECT $1, unnest($2::text[])',
    [id, topics],
  );
  const walk = c.hotspots[0]?.at ?? [21.01, 52.2];
  await client.query(
    `INSERT INTO meeting (consultation_id, title, kind, starts_at, ends_at, place, address, online_url) VALUES
       ($1, 'Spacer studyjny', 'STUDY_WALK', now() - interval '7 days', now() - interval '7 days' + interval '2 hours',
        ST_SetSRID(ST_MakePoint($2, $3), 4326), $4, NULL),
       ($1, 'Dyskusja publiczna online', 'OPEN_MEETING', now() + interval '5 days', now() + interval '5 days' + interval '2 hours',
        NULL, NULL, 'https://konsultacje.um.warszawa.pl/spotkanie')`,
    [id, walk[0], walk[1], c.hotspots[0]?.name ?? ''],
  );
  return id;
}

/** Supports and the organiser's responses, spread over the comments. */
async function insertReactions(
  client: pg.ClientBase,
  consultationId: string,
  c: DemoConsultation,
  authors: string[],
) {
  await client.query(
    `INSERT INTO comment_support (comment_id, user_id)
     SELECT DISTINCT c.id, ($2::uuid[])[1 + (abs(hashtext(c.id::text || s)) % array_length($2, 1))]
     FROM comment c, generate_series(1, 6) AS s
     WHERE c.consultation_id = $1 AND c.parent_id IS NULL AND abs(hashtext(c.id::text || s)) % 3 = 0
       AND ($2::uuid[])[1 + (abs(hashtext(c.id::text || s)) % array_length($2, 1))] <> c.author_id
     ON CONFLICT DO NOTHING`,
    [consultationId, authors],
  );
  await client.query(
    `INSERT INTO official_response (comment_id, responder_id, decision, justification)
     SELECT c.id, p.id,
            (CASE c.stance WHEN 'QUESTION' THEN 'ANSWERED' WHEN 'SUPPORT' THEN 'ACCEPTED'
                           WHEN 'PROPOSAL' THEN 'PARTIALLY_ACCEPTED' ELSE 'REJECTED' END)::response_decision,
            CASE c.stance WHEN 'QUESTION' THEN 'Odpowiedź znajduje się w części tekstowej projektu (§ 8).'
                          WHEN 'OBJECTION' THEN 'Uwaga nieuwzględniona: parametry wynikają ze studium.'
                          ELSE 'Uwaga uwzględniona w zakresie zgodnym z ustaleniami planu.' END
     FROM comment c, app_user p
     WHERE c.consultation_id = $1 AND c.parent_id IS NULL AND p.email = 'planner@plac.local'
       AND (abs(hashtext(c.id::text)) % 100) < $2`,
    [consultationId, Math.round(c.answeredShare * 100)],
  );
}

/**
 * Two open consultations in Mokotów with several hundred comments, loaded once. Returns the id
 * of the local-plan consultation when it was just made (its plan is imported next), else null.
 */
export async function seedDemoConsultations(client: pg.ClientBase): Promise<string | null> {
  const { rows } = await client.query('SELECT 1 FROM consultation WHERE title = $1', [
    consultations[0]?.title,
  ]);
  if (rows.length > 0) return null;
  const authors = await demoResidents(client);
  const random = seededRandom(2026);
  const ids: string[] = [];
  for (const c of consultations) {
    const id = await insertConsultation(client, c);
    await insertRemarks(client, id, c, authors, random);
    await insertReactions(client, id, c, authors);
    ids.push(id);
  }
  return ids[0] ?? null;
}
