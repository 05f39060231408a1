import { describe, expect, test } from 'vitest';
import { csvField, defuseFormula, polishExcel } from './export.csv.js';

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

describe('csvField in the Polish-Excel form', () => {
  test.each([
    ['a,b', 'a,b'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value, polishExcel)).toBe(expected);
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
    ['123/4; =cmd|"/c calc"!A1', '123/4; \'=cmd|"/c calc"!A1'],
    ['uwaga,@SUM(A1)', "uwaga,'@SUM(A1)"],
    ['Pierwsza linia\n=1+1\r\n  +2', "Pierwsza linia\n'=1+1\r\n  '+2"],
    ['Ulica Nowa 5-7, Warszawa', 'Ulica Nowa 5-7, Warszawa'],
  ])('%j → %j', (value, expected) => {
    expect(defuseFormula(value)).toBe(expected);
  });
});
