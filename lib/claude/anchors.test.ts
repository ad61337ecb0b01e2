// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  renderReplica,
  replicaVariants,
  sampleReplicaData,
  type ReplicaVariant,
} from '@/tests/fixtures/replica/render';
import { findHeadings, findLabelled, findLabelledRegions, headerRowOf, labelOf } from './anchors';
import {
  activeMembersChart,
  aliasSet,
  memberLists,
  normaliseLabel,
  productAdoptionCharts,
  usageSection,
} from './labels';

function load(variant: ReplicaVariant): Document {
  return new DOMParser().parseFromString(renderReplica(variant, sampleReplicaData()), 'text/html');
}

const main = (doc: Document) => doc.querySelector('main')!;

type Anchor = 'active-members' | 'usage-section' | 'member-list' | 'code-adoption' | 'chats';
const anchorLabels: Record<Anchor, Set<string>> = {
  'active-members': aliasSet(activeMembersChart),
  'usage-section': aliasSet(usageSection),
  'member-list': aliasSet(memberLists),
  'code-adoption': aliasSet(productAdoptionCharts.claude_code),
  chats: aliasSet(productAdoptionCharts.chat),
};

const none: Record<Anchor, string[]> = {
  'active-members': [],
  'usage-section': [],
  'member-list': [],
  'code-adoption': [],
  chats: [],
};

// Each variant checked against every anchor: the headings found (texts), or none.
const expected: Record<ReplicaVariant, Record<Anchor, string[]>> = {
  'overview-2026-mid': {
    'active-members': ['active members and assigned seats'],
    'usage-section': ['how are they using claude?'],
    'member-list': ['members'],
    'code-adoption': [],
    chats: [],
  },
  'overview-2026-early': {
    'active-members': ['daily, weekly and monthly active users'],
    'usage-section': ['feature adoption'],
    'member-list': ['top 10 users by spend'],
    'code-adoption': [],
    chats: [],
  },
  chat: {
    'active-members': [],
    'usage-section': [],
    'member-list': ['top members by chats', 'top 10 by artifacts'],
    'code-adoption': [],
    chats: ['chats'],
  },
  'claude-code': {
    'active-members': [],
    'usage-section': [],
    'member-list': ['leaderboard'],
    'code-adoption': ['adoption'],
    chats: [],
  },
  members: {
    'active-members': [],
    'usage-section': [],
    'member-list': ['members', 'all members'],
    'code-adoption': [],
    chats: [],
  },
  'unknown-layout': none,
  // Drift: the title's markup does not matter here; panel titles as divs are not headings; a
  // renamed panel matches no alias.
  'overview-title-div': {
    'active-members': ['active members and assigned seats'],
    'usage-section': ['how are they using claude?'],
    'member-list': ['members'],
    'code-adoption': [],
    chats: [],
  },
  'overview-div-panels': { ...none, 'usage-section': ['how are they using claude?'] },
  'overview-renamed-panel': {
    'active-members': [],
    'usage-section': ['how are they using claude?'],
    'member-list': ['members'],
    'code-adoption': [],
    chats: [],
  },
  'chat-app': none,
};

describe('findHeadings on every replica variant', () => {
  for (const variant of replicaVariants) {
    for (const anchor of Object.keys(anchorLabels) as Anchor[]) {
      it(`${variant} · ${anchor}`, () => {
        const doc = load(variant);
        const found = findHeadings(main(doc), anchorLabels[anchor]).map(labelOf);
        expect(found).toEqual(expected[variant][anchor]);
      });
    }
  }
});

describe('headerRowOf', () => {
  const cases: [ReplicaVariant, string, string][] = [
    // variant, heading label, what the header row holds (its label)
    [
      'overview-2026-mid',
      'active members and assigned seats',
      'active members and assigned seatsall products',
    ],
    ['overview-2026-mid', 'members', 'memberssee all'],
    ['overview-2026-mid', 'how are they using claude?', 'how are they using claude?'],
    [
      'overview-2026-early',
      'daily, weekly and monthly active users',
      'daily, weekly and monthly active users',
    ],
    ['claude-code', 'adoption', 'adoption'],
    ['claude-code', 'leaderboard', 'leaderboardpull requestslines of codeexport all users'],
  ];
  for (const [variant, heading, row] of cases) {
    it(`${variant}: the row of “${heading}” holds the title and actions, not the content`, () => {
      const doc = load(variant);
      const h = findHeadings(main(doc), new Set([heading]))[0]!;
      const r = headerRowOf(h);
      expect(labelOf(r)).toBe(row);
      expect(r.querySelector('table, figure, svg[role="img"]')).toBeNull();
      // The row's parent holds the content the overlay goes above.
      expect(r.parentElement!.querySelector('table, figure, ul, [role="status"]')).not.toBeNull();
    });
  }

  it('stops at the heading when its parent already holds content', () => {
    document.body.innerHTML = '<div><h3>Adoption</h3><figure></figure></div>';
    const h = document.querySelector('h3')!;
    expect(headerRowOf(h)).toBe(h);
  });

  it('treats a small aria-hidden icon as part of the header, a chart SVG as content', () => {
    document.body.innerHTML =
      '<section><div id="p"><div id="row"><h3>Members</h3><button><svg aria-hidden="true"></svg>All</button></div><div><svg width="600" height="200"></svg></div></div></section>';
    expect(headerRowOf(document.querySelector('h3')!).id).toBe('row');
  });
});

describe('findLabelled', () => {
  it('finds whole-text labels (tiles, headers) and skips links, longer texts and overlay hosts', () => {
    document.body.innerHTML = `
      <p id="a">Weekly active members</p>
      <th id="b">Days  Active</th>
      <p>Weekly active members and more</p>
      <uptake-overlay data-uptake="x"><p>Weekly active members</p></uptake-overlay>
      <a href="#">Weekly active members</a>`;
    const labels = new Set([
      normaliseLabel('Weekly active members'),
      normaliseLabel('Days active'),
    ]);
    const found = findLabelled(document.body, labels).map((x) => x.el.id || x.el.tagName);
    expect(found).toEqual(['a']);
  });
});

describe('findLabelledRegions (structural fallback by accessible label)', () => {
  const cases: [ReplicaVariant, string[]][] = [
    ['overview-2026-mid', ['Active members and assigned seats, last 30 days']],
    ['overview-2026-early', []],
    ['unknown-layout', []],
  ];
  for (const [variant, labels] of cases)
    it(variant, () => {
      const found = findLabelledRegions(main(load(variant)), anchorLabels['active-members']);
      expect(found.map((el) => el.getAttribute('aria-label'))).toEqual(labels);
    });
  it('matches the label itself or the label followed by a comma, not a longer word', () => {
    document.body.innerHTML =
      '<div role="img" aria-label="Adoption" id="a"></div><div role="img" aria-label="Adoption, 30 days" id="b"></div><div role="img" aria-label="Adoption level" id="c"></div>';
    expect(findLabelledRegions(document.body, new Set(['adoption'])).map((e) => e.id)).toEqual([
      'a',
      'b',
    ]);
  });
});
