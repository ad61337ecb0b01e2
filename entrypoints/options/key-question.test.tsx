import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { identified, newKeySaved } from '@/lib/store/source-transitions';
import { adoptLegacy, type Registry } from '@/lib/store/sources';
import { KeyQuestion } from './key-question';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/** Acme's history kept; a new key pending; identification asked about Acme (40 of 300 members). */
function asking(): Registry {
  const acme = adoptLegacy({ demo: false, keySaved: true, orgName: 'Acme' }, 1, 'org-a');
  const pending = newKeySaved(acme, false, 2, 'org-b');
  return identified(
    pending,
    {
      kind: 'ask',
      candidates: [{ id: 'org-a', name: 'Acme', shared: 40, listed: 300 }],
    },
    3,
  ).registry;
}

describe('KeyQuestion: which organisation is the key for?', () => {
  it('asks in words, with the numbers, and sends the answer', async () => {
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return { ok: true };
    });
    render(<KeyQuestion registry={asking()} />);
    expect(screen.getByTestId('key-question').textContent).toContain(
      'Nothing is synced until you answer.',
    );
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Acme: continue its history (40 of the 300 members the key sees are in it)',
      }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Another organisation: start a new history' }),
    );
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { type: 'to-background:answer-organisation', answer: 'org-a' },
      { type: 'to-background:answer-organisation', answer: 'new' },
    ]);
  });

  it('shows nothing when no question is open', () => {
    const settled = adoptLegacy({ demo: false, keySaved: true, orgName: 'Acme' }, 1, 'org-a');
    render(<KeyQuestion registry={settled} />);
    expect(screen.queryByTestId('key-question')).toBeNull();
  });
});
