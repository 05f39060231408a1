export type ProjectFileKind = 'IMAGE' | 'ATTACHMENT';

/** The extensions the API takes for each kind of a project's files (it checks the content too). */
export const projectFileExtensions: Record<ProjectFileKind, string[]> = {
  IMAGE: ['png', 'jpg', 'jpeg', 'webp'],
  ATTACHMENT: ['pdf', 'odt', 'ods', 'docx', 'xlsx'],
};

const units = ['B', 'kB', 'MB', 'GB'];

/** A size in bytes as a person reads it in the language: 1 decimal from kB on, e.g. 2,4 MB. */
export function fileSizeText(bytes: number, lang: 'pl' | 'en') {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${number.format(value)} ${units[unit]}`;
}
