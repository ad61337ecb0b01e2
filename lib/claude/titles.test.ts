// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  renderReplica,
  replicaVariants,
  sampleReplicaData,
  type ReplicaVariant,
} from '@/tests/fixtures/replica/render';
import { labelOf } from './anchors';
import { activeMembersChart, aliasSet, memberLists, usageSection } from './labels';
import type { AnalyticsPage } from './pages';
import { documentTitleName, fallbackPlace, findTitles, pageTitleOf } from './titles';

function load(variant: ReplicaVariant): Document {
  return new DOMParser().parseFromString(renderReplica(variant, sampleReplicaData()), 'text/html');
}

const overview: AnalyticsPage = { kind: 'overview' };
const chat: AnalyticsPage = { kind: 'chat' };

/** A document from body HTML (and a title). */
function page(body: string, title = ''): Document {
  document.title = title;
  document.body.innerHTML = body;
  return document;
}

describe('pageTitleOf on every replica', () => {
  // variant → [title text, its tag]
  const titles: Record<ReplicaVariant, [string, string]> = {
    'overview-2026-mid': ['Overview', 'H1'],
    'overview-2026-early': ['All activity', 'H1'],
    chat: ['Claude Chat', 'H1'],
    'claude-code': ['Claude Code', 'H1'],
    members: ['Members', 'H1'],
    'unknown-layout': ['Insights', 'H1'],
    'overview-title-div': ['Overview', 'DIV'],
    'overview-div-panels': ['Overview', 'H1'],
    'overview-renamed-panel': ['Overview', 'H1'],
    'chat-app': ['How can I help you today?', 'H1'],
  };
  for (const variant of replicaVariants)
    it(`${variant}: ${titles[variant].join(' ')}`, () => {
      const title = pageTitleOf(load(variant), overview);
      expect([title?.textContent, title?.tagName]).toEqual(titles[variant]);
    });
});

describe('pageTitleOf, cue by cue', () => {
  const cases: [string, string, string, AnalyticsPage | null, string | null][] = [
    // what, body, document title, page, id of the element found (null: none)
    ['an h1', '<main><p>x</p><h1 id="t">Overview</h1></main>', '', null, 't'],
    [
      'a level-1 heading role',
      '<main><div role="heading" aria-level="1" id="t">Overview</div></main>',
      '',
      null,
      't',
    ],
    [
      'the active tab’s name',
      '<nav><a aria-current="page" href="/a">Overview</a></nav><main><div id="t">Overview</div></main>',
      '',
      null,
      't',
    ],
    [
      'the document title’s first part',
      '<main><div><span id="t">Claude Chat</span></div></main>',
      'Claude Chat · Analytics · Claude',
      null,
      't',
    ],
    [
      'a known title of the page (old wording)',
      '<main><div id="t">All activity</div></main>',
      'Claude',
      overview,
      't',
    ],
    ['no cue at all', '<main><div>All activity</div></main>', 'Claude', null, null],
    [
      'a heading with the name before a plain element with it',
      '<main><div>Overview</div><h2 id="t">Overview</h2></main>',
      'Overview · Claude',
      null,
      't',
    ],
    [
      'never a link, button, tab, cell or list item',
      '<main><a href="#">Claude Chat</a><button>Claude Chat</button><span role="tab">Claude Chat</span><table><tr><td>Claude Chat</td></tr></table><ul><li>Claude Chat</li></ul></main>',
      'Claude Chat · Claude',
      chat,
      null,
    ],
    [
      'never one of Uptake’s hosts',
      '<main><uptake-overlay data-uptake="x"><h1>Overview</h1></uptake-overlay></main>',
      'Overview · Claude',
      null,
      null,
    ],
  ];
  for (const [what, body, title, p, id] of cases)
    it(what, () => expect(pageTitleOf(page(body, title), p)?.id ?? null).toBe(id));

  it.each([
    ['Overview · Analytics · Claude', 'Overview'],
    ['Claude Code | Analytics', 'Claude Code'],
    ['Members — Claude', 'Members'],
    ['Claude', 'Claude'],
    ['', ''],
  ])('documentTitleName(%j) = %j', (title, name) => {
    document.title = title;
    expect(documentTitleName(document)).toBe(name);
  });
});

describe('findTitles', () => {
  const members = aliasSet(memberLists);
  it('prefers headings, and finds plain-text titles only when no heading has the label', () => {
    page('<main><h3 id="h">Members</h3><div id="d">Members</div></main>');
    expect(findTitles(document.body, members).map((e) => e.id)).toEqual(['h']);
    // Scanning a subtree without the heading: nothing, since a heading elsewhere carries it.
    expect(findTitles(document.getElementById('d')!, members)).toEqual([]);
    page('<main><div id="d">Members</div><table><tr><th>Members</th></tr></table></main>');
    expect(findTitles(document.body, members).map((e) => e.id)).toEqual(['d']);
  });

  // Each replica against each kind of title: the texts found.
  const anchors = {
    'active-members': aliasSet(activeMembersChart),
    'usage-section': aliasSet(usageSection),
    'member-list': members,
  };
  const expected: [ReplicaVariant, keyof typeof anchors, string[]][] = [
    ['overview-div-panels', 'active-members', ['active members and assigned seats']],
    ['overview-div-panels', 'member-list', ['members']],
    ['overview-div-panels', 'usage-section', ['how are they using claude?']],
    ['overview-renamed-panel', 'active-members', []],
    ['unknown-layout', 'member-list', []],
    ['overview-2026-mid', 'member-list', ['members']],
  ];
  for (const [variant, anchor, texts] of expected)
    it(`${variant} · ${anchor}`, () => {
      const doc = load(variant);
      expect(findTitles(doc.body, anchors[anchor]).map(labelOf)).toEqual(texts);
    });
});

describe('fallbackPlace', () => {
  it('after the page title’s header row, on every replica with a title', () => {
    for (const variant of ['overview-2026-mid', 'overview-title-div', 'unknown-layout'] as const) {
      const doc = load(variant);
      const place = fallbackPlace(doc, overview);
      expect(place.where).toBe('afterend');
      expect(place.anchor.tagName).toBe('HEADER');
      expect(place.anchor.parentElement!.tagName).toBe('MAIN');
    }
  });

  it('at the start of main without a title, at the start of the body without main', () => {
    page('<main id="m"><div>Numbers</div></main>');
    expect(fallbackPlace(document, null)).toEqual({
      anchor: document.getElementById('m'),
      where: 'afterbegin',
    });
    page('<div>Numbers</div>');
    expect(fallbackPlace(document, null)).toEqual({ anchor: document.body, where: 'afterbegin' });
  });
});
