export const documentKinds = [
  'ANNOUNCEMENT',
  'PLAN_TEXT',
  'PLAN_DRAWING',
  'FORECAST',
  'ENVIRONMENTAL_REPORT',
  'REPORT',
  'OTHER',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export type DocumentFormValues = {
  title: string;
  kind: DocumentKind;
  source: 'file' | 'link';
  fileId: string | null;
  url: string;
};

export type DocumentProblem = { field: 'file' | 'url'; problem: 'fileMissing' | 'urlMissing' };

/** DocumentInput: an uploaded file or a link, never both; a missing one named by its field. */
export type DocumentInputValues = {
  title: string;
  kind: DocumentKind;
  fileId?: string;
  url?: string;
};

export function documentInput(
  form: DocumentFormValues,
): { input: DocumentInputValues } | { problem: DocumentProblem } {
  const base = { title: form.title.trim(), kind: form.kind };
  if (form.source === 'file') {
    if (!form.fileId) return { problem: { field: 'file', problem: 'fileMissing' } };
    return { input: { ...base, fileId: form.fileId } };
  }
  const url = form.url.trim();
  if (!url) return { problem: { field: 'url', problem: 'urlMissing' } };
  return { input: { ...base, url } };
}
