import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { SuggestionList } from '@/components/popup/suggestion-list';

afterEach(cleanup);

const suggestion = (id: string, url: string | null) => ({
  id,
  title: `Gap ${id}`,
  why: 'why',
  action: { kind: 'playbook' as const, label: `Open ${id}`, url },
});

it('links only to the playbook hosts Uptake ships (issue 11 item 6)', () => {
  render(
    <SuggestionList
      suggestions={[
        suggestion('a', 'https://support.claude.com/en/articles/9517075-what-are-projects'),
        suggestion('b', 'https://evil.example/login'),
        suggestion('c', 'https://code.claude.com.evil.example/x'),
      ]}
    />,
  );
  const links = screen.getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual(['Open a']);
  expect(screen.getByText('Open b').tagName).toBe('SPAN');
  expect(screen.getByText('Open c').tagName).toBe('SPAN');
});
