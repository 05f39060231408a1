import { describe, expect, it } from 'vitest';
import { fileSizeText } from './projectFiles';

describe('a file size as read', () => {
  it.each([
    [512, 'en', '512 B'],
    [2_400, 'en', '2.4 kB'],
    [2_460_000, 'pl', '2,5 MB'],
  ] as const)('%i bytes in %s are %s', (bytes, lang, text) => {
    expect(fileSizeText(bytes, lang)).toBe(text);
  });
});
