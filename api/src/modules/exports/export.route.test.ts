import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { remark, reply } from '../comments/comments.scenario.js';
import { answer } from '../responses/responses.scenario.js';
import { completeColumns, publicColumns } from './export.columns.js';

const { db, services, server } = useTestServer();
let planner: SignedIn;
let otherPlanner: SignedIn;
let consultationId: string;
const tricky = 'Tak, "ale"\nnie tu';
const formal = {
  name: 'Anna Nowak',
  address: 'ul. Odyńca 5, Warszawa',
  propertyRight: 'PERPETUAL_USUFRUCT' as const,
  parcels: ['1-02-03/4', '1-02-03/5'],
};

// Three remarks: a formal one (answered), one whose body needs quoting, and a hidden one.
beforeAll(async () => {
  ({ planner, otherPlanner } = await organisers(db, services));
  consultationId = (await createConsultation(db)).id;
  const authorId = (await createUser(db, 'Autor Uwag')).id;
  const base = { consultationId, authorId };
  const first = await remark(db, {
    ...base,
    body: 'Formalna uwaga',
    formal,
    createdAt: new Date('2026-03-01T00:00:00Z'),
  });
  await remark(db, {
    ...base,
    body: tricky,
    stance: 'QUESTION',
    createdAt: new Date('2026-03-02T00:00:00Z'),
  });
  await remark(db, { ...base, body: 'Ukryta obraźliwa uwaga', status: 'HIDDEN' });
  await reply(db, first, authorId);
  for (const name of ['Pierwszy', 'Drugi']) {
    const supporter = await createUser(db, name);
    await db.pool.query('INSERT INTO comment_support (comment_id, user_id) VALUES ($1, $2)', [
      first,
      supporter.id,
    ]);
  }
  await answer(db, [first], {
    responderId: planner.user.id,
    decision: 'PARTIALLY_ACCEPTED',
    justification: 'Częściowo, bo "tak"',
  });
});

const download = async (
  extension: string,
  headers: Record<string, string> = {},
  id = consultationId,
) => {
  const res = await fetch(`${server.url}/consultations/${id}/comments.${extension}`, { headers });
  // ignoreBOM keeps the byte-order mark in the text, where res.text() would drop it.
  return {
    res,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()),
  };
};

describe('comments.csv', () => {
  test('public: UTF-8 with BOM, RFC 4180 quoting, no hidden remarks or personal data', async () => {
    const { res, text } = await download('csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/);
    expect(text.startsWith('\uFEFFid,created_at,stance,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(publicColumns.map((c) => c.name).join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(4); // header, two remarks, the final line break
    expect(text).toContain(',"Tak, ""ale""\nnie tu",');
    expect(text).toContain('"Częściowo, bo ""tak"""');
    expect(text).toContain(
      ',Formalna uwaga,2,POINT(21.0064 52.2101),21.006400,52.210100,true,1-02-03/4; 1-02-03/5,PARTIALLY_ACCEPTED,',
    );
    expect(text).toContain(',Mokotów,');
    for (const secret of [
      'Ukryta',
      formal.name,
      formal.address,
      'Autor Uwag',
      'PERPETUAL_USUFRUCT',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  test('a planner of the unit gets the complete export, never cached', async () => {
    const { res, text } = await download('csv', planner.headers);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(completeColumns.map((c) => c.name).join(','));
    for (const value of [
      'Ukryta obraźliwa uwaga',
      'HIDDEN',
      'test: hidden',
      formal.name,
      `"${formal.address}"`,
      'PERPETUAL_USUFRUCT',
      'Autor Uwag',
    ]) {
      expect(text).toContain(value);
    }
  });

  test('a planner of another unit gets the public one', async () => {
    const { text } = await download('csv', otherPlanner.headers);
    expect(text).not.toContain(formal.name);
    expect(text).not.toContain('Ukryta');
  });
});

describe('comments.csv?format=excel', () => {
  const excel = (headers: Record<string, string> = {}) => download('csv?format=excel', headers);

  test('semicolons, a BOM, Polish headers and words, Warsaw time said in the header', async () => {
    const { res, text } = await excel();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/-excel\.csv"/);
    expect(text.startsWith('\uFEFFIdentyfikator;Data wpływu (czas warszawski);Stanowisko;')).toBe(
      true,
    );
    const [header = '', formalRow = '', questionRow = ''] = text
      .slice(1)
      .split(/\r\n(?=[0-9a-f-]{36};|$)/);
    expect(header.split(';')).toEqual(publicColumns.map((c) => c.label));
    // 1 March 00:00 UTC is 01:00 in Warsaw (winter time).
    expect(formalRow).toContain(';2026-03-01 01:00:00;Sprzeciw;Bez tematu;');
    expect(formalRow).toContain(
      ';Formalna uwaga;2;POINT(21.0064 52.2101);21,006400;52,210100;tak;',
    );
    expect(formalRow).toContain(';"1-02-03/4; 1-02-03/5";Uwzględniona częściowo;');
    expect(questionRow).toContain(';Pytanie;');
    expect(questionRow).toContain(';"Tak, ""ale""\nnie tu";');
    expect(questionRow).toContain(';Bez odpowiedzi;');
    for (const code of ['QUESTION', 'OBJECTION', 'PARTIALLY_ACCEPTED', 'true']) {
      expect(text).not.toContain(code);
    }
  });

  test('the organiser’s copy words the status and the property right too', async () => {
    const { text } = await excel(planner.headers);
    expect(text).toContain(';Status;Powód ukrycia;Autor;');
    expect(text).toContain(';ukryta;test: hidden;');
    expect(text).toContain(';użytkownik wieczysty');
    expect(text).not.toContain('PERPETUAL_USUFRUCT');
  });

  test('any other format is refused naming it', async () => {
    for (const path of ['csv?format=xlsx', 'geojson?format=excel']) {
      const { res, text } = await download(path);
      expect(res.status).toBe(400);
      expect(text).toContain('format');
    }
  });
});

describe('comments.geojson', () => {
  type Collection = {
    type: string;
    features: { id: string; geometry: { type: string }; properties: Record<string, unknown> }[];
  };

  test('public: a FeatureCollection of visible remarks without personal data', async () => {
    const { res, text } = await download('geojson');
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const collection = JSON.parse(text) as Collection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(2);
    const [first, second] = collection.features;
    expect(first?.geometry).toEqual({ type: 'Point', coordinates: [21.0064, 52.2101] });
    expect(first?.properties).toMatchObject({
      body: 'Formalna uwaga',
      formal_remark: true,
      parcels: formal.parcels,
      decision: 'PARTIALLY_ACCEPTED',
      district: 'Mokotów',
      support_count: 2,
    });
    expect(first?.properties).not.toHaveProperty('formal_name');
    expect(first?.properties).not.toHaveProperty('geometry_wkt');
    expect(second?.properties.body).toBe(tricky);
    expect(text).not.toContain(formal.name);
  });

  test('a planner gets hidden remarks and formal personal data', async () => {
    const collection = JSON.parse((await download('geojson', planner.headers)).text) as Collection;
    expect(collection.features).toHaveLength(3);
    expect(collection.features[0]?.properties).toMatchObject({
      formal_name: formal.name,
      formal_address: formal.address,
      property_right: 'PERPETUAL_USUFRUCT',
    });
    expect(collection.features.map((f) => f.properties.status)).toContain('HIDDEN');
  });
});

test.each([
  ['an unknown consultation', '00000000-0000-4000-8000-000000000000'],
  ['a malformed id', 'nope'],
])('%s is a 404', async (_, id) => {
  for (const extension of ['csv', 'geojson']) {
    expect((await download(extension, {}, id)).res.status).toBe(404);
  }
});

test('a draft is a 404 to the public, exported for its planners', async () => {
  const { id } = await createConsultation(db, { status: 'DRAFT' });
  expect((await download('csv', {}, id)).res.status).toBe(404);
  expect((await download('csv', planner.headers, id)).res.status).toBe(200);
});
