import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutralise } from './neutralise';

describe('neutralise', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+Ops', "'+Ops"],
    ['-1', "'-1"],
    ['@boss', "'@boss"],
    ['\tx', "'\tx"],
    ['\r=1', "'\r'=1"],
    // The bypass of issue 11 item 4: a formula on the second line of a cell.
    ['Sales\n=HYPERLINK("https://evil.example")', 'Sales\n\'=HYPERLINK("https://evil.example")'],
    ['a\r\n+b\r@c', "a\r\n'+b\r'@c"],
    ['=a\n=b', "'=a\n'=b"],
    ['Sales', 'Sales'],
    ['R&D', 'R&D'],
    ['a-b\nc=d', 'a-b\nc=d'],
    ['', ''],
  ])('%j → %j', (cell, out) => expect(neutralise(cell)).toBe(out));

  it.each([
    ['=1', true],
    ['ok\n-1', true],
    ['\rx', true],
    ['ok', false],
    ['ok\nfine', false],
  ])('looksLikeFormula(%j) = %s', (cell, yes) => expect(looksLikeFormula(cell)).toBe(yes));
});
