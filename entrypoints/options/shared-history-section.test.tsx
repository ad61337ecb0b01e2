import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/lib/store/settings';
import { SharedHistorySection } from './shared-history-section';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const url = 'https://uptake.example.internal/out/history/uptake-history.ndjson.gz';

/** The browser's permission answer, and what was asked and sent. */
function permissions(answer: boolean) {
  const asked: unknown[] = [];
  const sent: unknown[] = [];
  (browser as unknown as { permissions: unknown }).permissions = {
    request: async (p: unknown) => (asked.push(p), answer),
    contains: async () => false,
  };
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    sent.push(m);
    return { ok: true };
  });
  return { asked, sent };
}

function renderSection(over: { url?: string | null; locked?: boolean } = {}) {
  const save = vi.fn(async (patch: object) => ({ ...defaultSettings, ...patch }));
  render(
    <SharedHistorySection
      url={over.url ?? null}
      snapshotUrl={null}
      locked={over.locked ?? false}
      save={save}
      revision={0}
    />,
  );
  return save;
}

describe('Options → Shared history', () => {
  it('Save asks for that one host and, allowed, saves the URL and starts a refresh', async () => {
    const { asked, sent } = permissions(true);
    const save = renderSection();
    fireEvent.input(screen.getByLabelText(/History file URL/), { target: { value: url } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    await waitFor(() => expect(save).toHaveBeenCalledWith({ sharedHistoryUrl: url }));
    expect(asked).toEqual([{ origins: ['https://uptake.example.internal/*'] }]);
    await waitFor(() => expect(sent).toEqual([{ type: 'to-background:sync-now' }]));
    expect(screen.getByTestId('shared-note').textContent).toContain(
      'Reading the shared history from uptake.example.internal now',
    );
  });

  it('refused by the browser: nothing is saved, and a sentence says so', async () => {
    permissions(false);
    const save = renderSection();
    fireEvent.input(screen.getByLabelText(/History file URL/), { target: { value: url } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    await waitFor(() =>
      expect(screen.getByTestId('shared-note').textContent).toContain(
        'The browser was not allowed to let Uptake read uptake.example.internal, so the shared history is not set.',
      ),
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('an http address is refused before the browser is asked', async () => {
    const { asked } = permissions(true);
    const save = renderSection();
    fireEvent.input(screen.getByLabelText(/History file URL/), {
      target: { value: 'http://uptake.example.internal/h.ndjson.gz' },
    });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    await waitFor(() =>
      expect(screen.getByTestId('shared-note').textContent).toContain('must be an https://'),
    );
    expect(asked).toEqual([]);
    expect(save).not.toHaveBeenCalled();
  });

  it('set by policy: locked, no Save, and the missing permission is said with a button', async () => {
    permissions(true);
    renderSection({ url, locked: true });
    expect((screen.getByLabelText(/History file URL/) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByRole('button', { name: 'Save' })).toHaveLength(1); // the lead's form only
    await waitFor(() =>
      expect(screen.getByTestId('shared-permission').textContent).toContain(
        'Uptake may not read uptake.example.internal yet',
      ),
    );
    expect(
      screen.getByRole('button', { name: 'Allow access to uptake.example.internal' }),
    ).toBeTruthy();
  });
});
