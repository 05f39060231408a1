import { badInput } from '../../errors/domain-error.js';
import { extensionOf } from './file-name.js';

/** What a file's first bytes and, for a zip container, its entries' names tell. */
export type FileContent = {
  head: Buffer;
  /** The entry names of a zip file's central directory; null when it is not a readable zip. */
  zipEntries(): Promise<string[] | null>;
};

type FileType = {
  mediaType: string;
  extensions: readonly string[];
  matches(content: FileContent): boolean | Promise<boolean>;
};

const startsWith = (head: Buffer, ...bytes: number[]) =>
  head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
const ascii = (head: Buffer, at: number, text: string) =>
  head.subarray(at, at + text.length).toString('latin1') === text;
const isZip = (head: Buffer) => startsWith(head, 0x50, 0x4b, 0x03, 0x04);

// ODF keeps its media type in a first, uncompressed entry named "mimetype" (ODF 1.2, 3.3).
function odfMediaType(head: Buffer): string | null {
  if (!isZip(head) || head.length < 30 || head.readUInt16LE(8) !== 0) return null;
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const size = head.readUInt32LE(18);
  if (!ascii(head, 30, 'mimetype') || nameLength !== 8 || size > 100) return null;
  const start = 30 + nameLength + extraLength;
  return head.subarray(start, start + size).toString('latin1');
}

const odf = (mediaType: string, extension: string): FileType => ({
  mediaType,
  extensions: [extension],
  matches: async (c) => odfMediaType(c.head) === mediaType && (await hasEntry(c, 'content.xml')),
});

// Office Open XML by its main part; a document with macros (vbaProject.bin) is not taken.
const ooxml = (mediaType: string, extension: string, mainPart: string): FileType => ({
  mediaType,
  extensions: [extension],
  matches: async ({ head, zipEntries }) => {
    if (!isZip(head)) return false;
    const entries = (await zipEntries()) ?? [];
    return (
      entries.includes('[Content_Types].xml') &&
      entries.includes(mainPart) &&
      !entries.some((e) => /vbaProject\.bin$/i.test(e))
    );
  },
});

async function hasEntry({ zipEntries }: FileContent, name: string) {
  return (await zipEntries())?.includes(name) ?? false;
}

// GeoJSON for plan imports: text whose first character (after a BOM or spaces) opens an object.
const jsonObject = (head: Buffer) => /^(\xef\xbb\xbf)?[\t\n\r ]*\{/.test(head.toString('latin1'));

/**
 * The types Plac stores, each recognised by its content (magic bytes, a zip's entries) and
 * named by one of its extensions. Legacy .doc/.xls (OLE containers) are not taken: their
 * macros cannot be told apart from the outside.
 */
export const fileTypes: readonly FileType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], matches: (c) => ascii(c.head, 0, '%PDF-') },
  {
    mediaType: 'image/png',
    extensions: ['png'],
    matches: (c) => startsWith(c.head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  },
  {
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    matches: (c) => startsWith(c.head, 0xff, 0xd8, 0xff),
  },
  {
    mediaType: 'image/webp',
    extensions: ['webp'],
    matches: (c) => ascii(c.head, 0, 'RIFF') && ascii(c.head, 8, 'WEBP'),
  },
  odf('application/vnd.oasis.opendocument.text', 'odt'),
  odf('application/vnd.oasis.opendocument.spreadsheet', 'ods'),
  ooxml(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'docx',
    'word/document.xml',
  ),
  ooxml(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'xlsx',
    'xl/workbook.xml',
  ),
  {
    mediaType: 'application/geo+json',
    extensions: ['geojson', 'json'],
    matches: (c) => jsonObject(c.head),
  },
];

export const allowedExtensions = fileTypes.flatMap((t) => t.extensions);

/**
 * The media type of a file whose name's extension and content agree on one allowed type;
 * refused FILE_TYPE_NOT_ALLOWED otherwise (an HTML page named plan.pdf, say).
 */
export async function recogniseType(name: string, content: FileContent): Promise<string> {
  const extension = extensionOf(name);
  const type = fileTypes.find((t) => t.extensions.includes(extension));
  if (type && (await type.matches(content))) return type.mediaType;
  const allowed = allowedExtensions.join(', ');
  const problem = type
    ? `is named .${extension} but its content is not ${type.mediaType}`
    : `has the extension .${extension}; the allowed ones are ${allowed}`;
  throw badInput('file', problem, 'FILE_TYPE_NOT_ALLOWED', { allowed });
}
