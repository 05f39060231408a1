import type { MultiPolygon, Polygon } from 'geojson';
import { fieldNamed } from '../forms/useFormErrors';
import type { AreaProblem } from './areaCheck';
import type { StaffConsultation } from './consultations.queries';
import { fromWarsawLocal, toWarsawLocal } from './warsawTime';

/**
 * Where the consultation is: as before (editing), the organising unit's own district, a chosen
 * district, the whole city, or an area drawn on the map. A district and the city carry the
 * boundary fetched when they were chosen.
 */
export type AreaChoice =
  | { kind: 'keep' }
  | { kind: 'unit' }
  | { kind: 'district'; areaId: string; geometry: Polygon | MultiPolygon | null }
  | { kind: 'city'; geometry: Polygon | MultiPolygon | null }
  | { kind: 'drawn'; geometry: Polygon | null; problem: AreaProblem | null };

export type ConsultationFormValues = {
  unitId: string;
  title: string;
  summary: string;
  description: string;
  area: AreaChoice;
  /** One topic a line. */
  topics: string;
  /** `datetime-local` values on Warsaw's clock. */
  opensAt: string;
  closesAt: string;
};

export type FormField = keyof ConsultationFormValues;

/** A problem the form finds before asking the API, named by field (a key of the staff catalog). */
export type FormProblem = {
  field: FormField;
  problem: 'dateInvalid' | 'areaMissing' | 'areaInvalid';
};

export type ConsultationInputValues = {
  title: string;
  summary: string;
  description: string;
  topics: string[];
  area?: Polygon | MultiPolygon;
  opensAt?: string;
  closesAt?: string;
};

export function emptyForm(unitId: string): ConsultationFormValues {
  return {
    unitId,
    title: '',
    summary: '',
    description: '',
    area: { kind: 'unit' },
    topics: '',
    opensAt: '',
    closesAt: '',
  };
}

/** The form filled from a consultation being edited; its area stays unless changed. */
export function formOf(c: StaffConsultation): ConsultationFormValues {
  return {
    unitId: c.unit.id,
    title: c.title,
    summary: c.summary,
    description: c.description,
    area: { kind: 'keep' },
    topics: c.topics.map((topic) => topic.name).join('\n'),
    opensAt: toWarsawLocal(c.opensAt),
    closesAt: toWarsawLocal(c.closesAt),
  };
}

/** Topics from their lines: trimmed, blank lines and repeats dropped, order kept. */
export function topicsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

function areaOf(area: AreaChoice): Polygon | MultiPolygon | undefined | FormProblem {
  if (area.kind === 'keep' || area.kind === 'unit') return undefined;
  if (area.kind === 'drawn' && area.problem) return { field: 'area', problem: 'areaInvalid' };
  return area.geometry ?? { field: 'area', problem: 'areaMissing' };
}

/**
 * The API's ConsultationInput for the form, or the first problem found: a date that is not a
 * date, an area chosen but not yet there (a district still loading, nothing drawn) or a drawn
 * area the live check refused. Empty
 * dates are left out, so they stay as they were.
 */
export function consultationInput(
  form: ConsultationFormValues,
): { input: ConsultationInputValues } | { problem: FormProblem } {
  const input: ConsultationInputValues = {
    title: form.title.trim(),
    summary: form.summary.trim(),
    description: form.description,
    topics: topicsOf(form.topics),
  };
  for (const field of ['opensAt', 'closesAt'] as const) {
    if (!form[field]) continue;
    const iso = fromWarsawLocal(form[field]);
    if (!iso) return { problem: { field, problem: 'dateInvalid' } };
    input[field] = iso;
  }
  const area = areaOf(form.area);
  if (area && 'problem' in area) return { problem: area };
  if (area) input.area = area;
  return { input };
}

/**
 * The form field an API refusal names (`input.title`, `input.topics.2`, `unitId`), or null
 * when it concerns the whole form.
 */
export const formFieldOf = fieldNamed<FormField>([
  'unitId',
  'title',
  'summary',
  'description',
  'area',
  'topics',
  'opensAt',
  'closesAt',
]);
