import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { sql } from '../db/sql.js';
import { fromGeoJSON } from '../geo/geometry.sql.js';
import { slugify } from './slugify.js';

const source = new URL('./data/warsaw-districts.geojson', import.meta.url);

// The file names two districts without the hyphen of their official names.
const officialNames: Record<string, string> = {
  'Praga Południe': 'Praga-Południe',
  'Praga Północ': 'Praga-Północ',
};

// TERC codes from GUS's TERYT register: the city, then its districts (delegatury).
const terytCodes: Record<string, string> = {
  Warszawa: '1465011',
  Bemowo: '1465028',
  Białołęka: '1465038',
  Bielany: '1465048',
  Mokotów: '1465058',
  Ochota: '1465068',
  'Praga-Południe': '1465078',
  'Praga-Północ': '1465088',
  Rembertów: '1465098',
  Śródmieście: '1465108',
  Targówek: '1465118',
  Ursus: '1465128',
  Ursynów: '1465138',
  Wawer: '1465148',
  Wesoła: '1465158',
  Wilanów: '1465168',
  Włochy: '1465178',
  Wola: '1465188',
  Żoliborz: '1465198',
};

type Feature = { properties: { name: string }; geometry: unknown };

/** Loads Warsaw and its 18 districts; running it again updates them in place. */
export async function seedWarsawAreas(client: pg.ClientBase): Promise<number> {
  const { features } = JSON.parse(readFileSync(source, 'utf8')) as { features: Feature[] };
  for (const feature of features) {
    const name = officialNames[feature.properties.name] ?? feature.properties.name;
    const kind = name === 'Warszawa' ? 'CITY' : 'DISTRICT';
    const geometry = fromGeoJSON(sql`${JSON.stringify(feature.geometry)}::text`);
    await client.query(
      sql`INSERT INTO area (kind, name, slug, teryt_code, geometry)
          VALUES (${kind}, ${name}, ${slugify(name)}, ${terytCodes[name] ?? null}, ST_Multi(${geometry}))
          ON CONFLICT (slug) DO UPDATE
            SET kind = EXCLUDED.kind, name = EXCLUDED.name,
                teryt_code = EXCLUDED.teryt_code, geometry = EXCLUDED.geometry`,
    );
  }
  return features.length;
}
