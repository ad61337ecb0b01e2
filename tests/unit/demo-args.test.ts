import { describe, expect, it } from 'vitest';
import { DemoArgsError, demoGroupsFor, parseDemoArgs } from '../../scripts/demo-args';

describe('npm run demo arguments', () => {
  it.each([
    [[], { headless: false, build: true, orgSize: 2000, groups: 12 }],
    [['--headless', '--no-build'], { headless: true, build: false, orgSize: 2000, groups: 12 }],
    [['--org-size', '20000'], { headless: false, build: true, orgSize: 20000, groups: 25 }],
    [['--org-size=100000'], { headless: false, build: true, orgSize: 100000, groups: 50 }],
    [
      ['--org-size', '100,000', '--headless'],
      { headless: true, build: true, orgSize: 100000, groups: 50 },
    ],
    [['--org-size', '20'], { headless: false, build: true, orgSize: 20, groups: 12 }],
  ])('%j → %j', (argv, want) => {
    expect(parseDemoArgs(argv)).toEqual(want);
  });

  it.each([
    [['--org-size'], '--org-size needs a number of members, e.g. --org-size 20000.'],
    [['--org-size', '19'], '--org-size 19 is not a whole number of members from 20 to 100,000.'],
    [
      ['--org-size=100001'],
      '--org-size 100001 is not a whole number of members from 20 to 100,000.',
    ],
    [['--org-size', '2.5'], '--org-size 2.5 is not a whole number of members from 20 to 100,000.'],
    [
      ['--org-size', 'lots'],
      '--org-size lots is not a whole number of members from 20 to 100,000.',
    ],
    [
      ['--size', '5'],
      'Unknown option --size: npm run demo takes --headless, --no-build and --org-size N.',
    ],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseDemoArgs(argv)).toThrow(new DemoArgsError(message));
  });

  it.each([
    [2000, 12],
    [19_999, 12],
    [20_000, 25],
    [49_999, 25],
    [50_000, 50],
    [100_000, 50],
  ])('%i members get %i groups', (n, groups) => {
    expect(demoGroupsFor(n)).toBe(groups);
  });
});
