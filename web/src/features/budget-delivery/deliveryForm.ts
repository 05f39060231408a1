import type { UploadedFile } from '../staff/documents/upload';

export type DeliveryStatus = 'IN_PROGRESS' | 'COMPLETED' | 'ABANDONED';

/** What the office types into the update form; amounts in złoty as typed. */
export type DeliveryDraft = {
  reportedOn: string;
  body: string;
  progress: string;
  actualCost: string;
  status: DeliveryStatus | '';
  photos: UploadedFile[];
};

export type DeliveryInput = {
  reportedOn: string;
  body: string;
  progress: number;
  actualCostGrosze: string | null;
  photoIds: string[];
};

export type DraftProblem = {
  field: 'progress' | 'actualCost';
  key: 'form.progressInvalid' | 'form.costInvalid';
};

/** The statuses the project may move to with an update (the API's status machine decides). */
export function nextStatuses(status: string): DeliveryStatus[] {
  if (status === 'SELECTED') return ['IN_PROGRESS'];
  if (status === 'IN_PROGRESS') return ['COMPLETED', 'ABANDONED'];
  return [];
}

type Prefill = {
  reportedOn: string;
  body: string;
  progress: number;
  actualCost: { grosze: string } | null;
  photos: UploadedFile[];
};

/** An empty draft dated `today`, or one holding an update to correct. */
export function draftOf(today: string, progress: number, update?: Prefill): DeliveryDraft {
  if (!update) {
    return {
      reportedOn: today,
      body: '',
      progress: String(progress),
      actualCost: '',
      status: '',
      photos: [],
    };
  }
  return {
    reportedOn: update.reportedOn,
    body: update.body,
    progress: String(update.progress),
    actualCost: update.actualCost ? plnOf(update.actualCost.grosze) : '',
    status: '',
    photos: update.photos,
  };
}

/** Grosze "125050" as złoty typed the Polish way, "1250,50". */
export function plnOf(grosze: string): string {
  const padded = grosze.padStart(3, '0');
  const fraction = padded.slice(-2);
  return fraction === '00' ? padded.slice(0, -2) : `${padded.slice(0, -2)},${fraction}`;
}

/** "1 250,5" or "1250.50" złoty as exact grosze ("125050"); null when it is not an amount. */
export function groszeOf(pln: string): string | null {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(pln.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const grosze = BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0') || '0');
  return grosze > 0n ? grosze.toString() : null;
}

/** The mutation's input from a draft, or the first field the API would refuse anyway. */
export function inputOf(
  draft: DeliveryDraft,
): { input: DeliveryInput } | { problem: DraftProblem } {
  const progress = Number(draft.progress);
  if (
    draft.progress.trim() === '' ||
    !Number.isInteger(progress) ||
    progress < 0 ||
    progress > 100
  ) {
    return { problem: { field: 'progress', key: 'form.progressInvalid' } };
  }
  const cost = draft.actualCost.trim();
  const actualCostGrosze = cost === '' ? null : groszeOf(cost);
  if (cost !== '' && actualCostGrosze === null) {
    return { problem: { field: 'actualCost', key: 'form.costInvalid' } };
  }
  return {
    input: {
      reportedOn: draft.reportedOn,
      body: draft.body,
      progress,
      actualCostGrosze,
      photoIds: draft.photos.map((photo) => photo.id),
    },
  };
}
