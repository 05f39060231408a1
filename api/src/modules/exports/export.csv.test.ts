import { describe, expect, test } from 'vitest';
import { csvField, defuseFormula } from './export.csv.js';

describe('csvField (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Źdźbło, "trawy"\n', '"Źdźbło, ""trawy""\n"'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('defuseFormula', () => {
  test.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+48 22 000', "'+48 22 000"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Zwykła uwaga', 'Zwykła uwaga'],
    ['a = b', 'a = b'],
  ])('%j → %j', (value, expected) => {
    expect(defuseFormula(value)).toBe(expected);
  });
});
