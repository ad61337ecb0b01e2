import { describe, expect, it } from 'vitest';
import { isPlaybookLink, playbookHosts } from './snapshot-bounds';

describe('playbook links', () => {
  it('the hosts are those of lib/metrics/playbooks.ts', () => {
    expect([...playbookHosts].sort()).toEqual(['code.claude.com', 'support.claude.com']);
  });

  it.each([
    ['https://support.claude.com/en/articles/9517075-what-are-projects', true],
    ['https://code.claude.com/docs/en/quickstart', true],
    ['http://support.claude.com/en/articles/1', false], // not https
    ['https://support.claude.com.evil.example/', false], // look-alike host
    ['https://evil.example/?u=https://support.claude.com', false],
    ['https://user@support.claude.com/', false], // credentials in the URL
    ['https://support.claude.com:8443/', false], // another port
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isPlaybookLink(url)).toBe(ok));
});
