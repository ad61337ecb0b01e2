import { describe, expect, it } from 'vitest';
import { parseSharedUrl } from './url';

const file = 'https://uptake.example.internal/out/history/uptake-history.ndjson.gz';

describe('parseSharedUrl', () => {
  it.each([
    [file, 'uptake.example.internal', 'https://uptake.example.internal/*', `${file}.sig.json`],
    [
      '  https://files.corp:8443/u/h.ndjson.gz?v=2  ',
      'files.corp:8443',
      'https://files.corp/*',
      'https://files.corp:8443/u/h.ndjson.gz.sig.json?v=2',
    ],
  ])('%s is accepted: host %s, permission %s, signature %s', (input, host, pattern, sig) => {
    const parsed = parseSharedUrl(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.location.host).toBe(host);
    expect(parsed.location.originPattern).toBe(pattern);
    expect(parsed.location.signatureUrl).toBe(sig);
  });

  it.each([
    ['', /Enter the https/],
    [
      'http://uptake.example.internal/h.ndjson.gz',
      /must be an https:\/\/ address \(this one is http:\)/,
    ],
    ['ftp://uptake.example.internal/h.ndjson.gz', /this one is ftp:/],
    ['file:///etc/uptake/h.ndjson.gz', /this one is file:/],
    ['javascript:alert(1)', /this one is javascript:/],
    ['https://admin:secret@uptake.example.internal/h.ndjson.gz', /user name or password/],
    ['https://admin@uptake.example.internal/h.ndjson.gz', /user name or password/],
    ['https://uptake.example.internal/h.ndjson.gz#x', /#fragment/],
    ['https://uptake.example.internal/out/', /names a folder/],
    ['https://uptake.example.internal', /names a folder/],
    ['uptake.example.internal/h.ndjson.gz', /is not a web address/],
    [`https://uptake.example.internal/${'a'.repeat(2001)}`, /at most 2000/],
  ])('%s is refused (%s)', (input, reason) => {
    const parsed = parseSharedUrl(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
