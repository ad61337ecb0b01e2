import { describe, expect, it } from 'vitest';
import { LiteralError, parseLiteral } from '@/lib/chatgpt/literals';

describe('parseLiteral', () => {
  it.each([
    // Cells as the reference (§2a, §5) shows them.
    [
      "{'36b3216fdaeeb975729fae923d5a4fd1': 'SG-ChatGPT-Engineering'}",
      { '36b3216fdaeeb975729fae923d5a4fd1': 'SG-ChatGPT-Engineering' },
    ],
    ["{'gpt-5': 120, 'gpt-5-reasoning': 22}", { 'gpt-5': 120, 'gpt-5-reasoning': 22 }],
    ["{'Search': 70, 'Data Analysis': 25}", { Search: 70, 'Data Analysis': 25 }],
    ['["engineering","analytics"]', ['engineering', 'analytics']],
    ['{}', {}],
    ['[]', []],
    // Python's str() of strings holding quotes, and other literal forms.
    [`{"O'Brien team": 'a\\'b', 'c': "say \\"hi\\""}`, { "O'Brien team": "a'b", c: 'say "hi"' }],
    ["{'x': True, 'y': False, 'z': None, 'w': -1.5e1}", { x: true, y: false, z: null, w: -15 }],
    ["{'a': [1, 2,], 'b': (3,), 'c': {'d': 'e'}}", { a: [1, 2], b: [3], c: { d: 'e' } }],
    ["{1: 'one'}", { '1': 'one' }],
    ["{'caf\\xe9': '\\u00e9t\\u00e9'}", { café: 'été' }],
    ['  {"json": true, "n": null}  ', { json: true, n: null }],
    ["{'Ünïcode Team': 'Équipe'}", { 'Ünïcode Team': 'Équipe' }],
  ])('reads %s', (text, expected) => {
    expect(parseLiteral(text)).toEqual(expected);
  });

  it.each([
    ["{'a': 1", 'unclosed { at character 1'],
    ["{'a: 1}", 'unclosed string at character 2'],
    ["{'a' 1}", 'expected ":" at character 6'],
    ["{'a': 1 'b': 2}", 'expected "," or "}" at character 9'],
    ["{'a': 1} x", 'unexpected text after the value at character 10'],
    ["{'a': os.system('x')}", 'unexpected "os" at character 7'],
    ["{['a']: 1}", 'a key must be a string or number at character 7'],
    ['', 'a value is missing at character 1'],
    ['engineering', 'unexpected "engineering" at character 1'],
  ])('refuses %s: %s', (text, message) => {
    expect(() => parseLiteral(text)).toThrow(new LiteralError(message));
  });
});
