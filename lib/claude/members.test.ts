// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emailOfRow, nameElementOfRow, nameKeyOfEmail, nameKeyOfName, rowsIn } from './members';

function row(html: string): Element {
  document.body.innerHTML = `<table><thead><tr><th>Name</th></tr></thead><tbody>${html}</tbody></table>`;
  return document.querySelector('tbody tr')!;
}

describe('emailOfRow', () => {
  const cases: [string, string, string | null][] = [
    [
      'email in its own cell, next to the name (cells are not run together)',
      '<tr><td><span aria-hidden="true">MC</span><span>Maya Chen</span></td><td>maya.chen@x.example</td><td>Member</td></tr>',
      'maya.chen@x.example',
    ],
    [
      'email in a link, URL-encoded',
      '<tr><td><a href="/analytics/members?member=maya.chen%40x.example">Maya Chen</a></td></tr>',
      'maya.chen@x.example',
    ],
    ['upper case is lowered', '<tr><td>Maya.Chen@X.Example</td></tr>', 'maya.chen@x.example'],
    ['no email at all', '<tr><td>Engineering</td><td>85</td></tr>', null],
  ];
  for (const [name, html, email] of cases)
    it(name, () => expect(emailOfRow(row(html))).toBe(email));
});

describe('nameElementOfRow', () => {
  const cases: [string, string, string | null, string | null][] = [
    [
      'the link that carries the email',
      '<tr><td><span aria-hidden="true">MC</span><a href="?member=maya.chen%40x.example">Maya Chen</a></td></tr>',
      'maya.chen@x.example',
      'Maya Chen',
    ],
    [
      'the name cell after a rank cell, skipping the avatar',
      '<tr><td>1</td><td><div><span aria-hidden="true">MC</span><span>Maya Chen</span></div></td><td>maya.chen@x.example</td></tr>',
      'maya.chen@x.example',
      'Maya Chen',
    ],
    ['a row of numbers only', '<tr><td>1</td><td>42</td></tr>', null, null],
  ];
  for (const [name, html, email, text] of cases)
    it(name, () => expect(nameElementOfRow(row(html), email)?.textContent ?? null).toBe(text));
});

describe('rowsIn', () => {
  it('skips header rows and rows inside overlay hosts; finds the row around a cell', () => {
    document.body.innerHTML =
      '<table><thead><tr><th>Name</th></tr></thead><tbody><tr id="r"><td id="c">A</td></tr></tbody></table><uptake-overlay data-uptake="x"><ul><li>B</li></ul></uptake-overlay>';
    expect(rowsIn(document.body).map((r) => r.id)).toEqual(['r']);
    expect(rowsIn(document.getElementById('c')!).map((r) => r.id)).toEqual(['r']);
  });
});

describe('name keys', () => {
  const cases: [string, string, string][] = [
    ['maya.chen@x.example', 'Maya Chen', 'maya chen'],
    ['tobias.quinn2@x.example', 'Tobias Quinn', 'tobias quinn'],
    ['zoe_oneil@x.example', 'Zoë O’Neil', 'zoe oneil'],
    ['jean-luc.picard@x.example', 'Jean-Luc Picard', 'jean luc picard'],
  ];
  for (const [email, name, key] of cases)
    it(`${email} ↔ ${name}`, () => {
      expect(nameKeyOfEmail(email)).toBe(key);
      expect(nameKeyOfName(name)).toBe(key);
    });
});
