import { open } from 'node:fs/promises';

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
// The end record is 22 bytes, after a comment of at most 65,535.
const endSearch = 22 + 65_535;
const maxDirectoryBytes = 4 * 1024 * 1024;

/**
 * The entry names in the central directory of the zip file at `path`, or null when it has
 * none that reads cleanly (not a zip, ZIP64, or a directory larger than 4 MB). Read from the
 * end of the file, where a zip keeps its table of contents.
 */
export async function readZipEntries(path: string): Promise<string[] | null> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, endSearch);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length || tail.readUInt32LE(end) !== endOfDirectory) return null;
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directorySize > maxDirectoryBytes || directoryOffset + directorySize > size) return null;
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    return entryNames(directory);
  } finally {
    await file.close();
  }
}

function entryNames(directory: Buffer): string[] | null {
  const names: string[] = [];
  let at = 0;
  while (at + 46 <= directory.length) {
    if (directory.readUInt32LE(at) !== directoryEntry) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.push(directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return at === directory.length ? names : null;
}
