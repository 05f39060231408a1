import type pg from 'pg';
import { slugify } from './slugify.js';

// The city bureaus that run consultations and the participatory budget.
const cityBureaus = [
  'Biuro Architektury i Planowania Przestrzennego',
  'Centrum Komunikacji Społecznej',
  'Zarząd Zieleni m.st. Warszawy',
];

/** Warsaw's district offices, one per district area, and its consulting bureaus. */
export async function seedWarsawUnits(client: pg.ClientBase): Promise<void> {
  await client.query(
    `INSERT INTO organisation_unit (kind, name, slug, area_id)
     SELECT 'DISTRICT_OFFICE', 'Urząd Dzielnicy ' || name, 'urzad-dzielnicy-' || slug, id
     FROM area WHERE kind = 'DISTRICT'
     ON CONFLICT (slug) DO NOTHING`,
  );
  for (const name of cityBureaus) {
    await client.query(
      `INSERT INTO organisation_unit (kind, name, slug, area_id)
       SELECT 'CITY_BUREAU', $1, $2, id FROM area WHERE kind = 'CITY'
       ON CONFLICT (slug) DO NOTHING`,
      [name, slugify(name)],
    );
  }
}
