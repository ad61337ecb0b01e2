import type { BrowserContext } from '@playwright/test';

/** Anything with the mock API's transport-agnostic `handle()`. */
export interface HandlesApiRequests {
  handle(req: { method: string; url: string; headers: Record<string, string> }): Promise<{
    status: number;
    headers: Record<string, string>;
    body: string;
  }>;
}

export interface ApiTraffic {
  /** Every request the browser sent to api.anthropic.com, in order (URL and headers). */
  requests: { url: string; headers: Record<string, string> }[];
}

/**
 * Answer the browser's requests to https://api.anthropic.com with the mock,
 * at the real URL (Playwright routes service-worker fetches too), so the
 * production build is tested unchanged.
 */
export async function serveMockApi(
  context: BrowserContext,
  api: HandlesApiRequests,
): Promise<ApiTraffic> {
  const traffic: ApiTraffic = { requests: [] };
  await context.route('https://api.anthropic.com/**', async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    traffic.requests.push({ url: request.url(), headers });
    const res = await api.handle({ method: request.method(), url: request.url(), headers });
    await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  return traffic;
}

/**
 * Serve claude.ai pages from a function of the URL (replicas for analytics
 * pages, a plain page elsewhere), and a stand-in for any other https site so
 * tests can prove the content script stays away from it.
 */
export async function servePages(
  context: BrowserContext,
  pageFor: (url: URL) => string | null,
): Promise<void> {
  await context.route('https://claude.ai/**', async (route) => {
    const url = new URL(route.request().url());
    const html = pageFor(url);
    if (html === null) {
      await route.fulfill({
        status: 404,
        contentType: 'text/html',
        body: '<!doctype html><title>Not found</title><h1>Not found</h1>',
      });
      return;
    }
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  await context.route('https://other.example/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Another site</title><main><h1>Analytics</h1><h2>Active members and assigned seats</h2></main>',
    }),
  );
}
