import { describe, expect, it } from 'vitest';
import { isQuotaError, quotaMessage, StoreError, toStoreError } from '@/lib/store/errors';

describe('toStoreError', () => {
  it.each([
    [
      'a QuotaExceededError DOMException',
      new DOMException('full', 'QuotaExceededError'),
      'quota',
      quotaMessage,
    ],
    [
      'a QuotaExceededError-named object (tx.error shape)',
      { name: 'QuotaExceededError' },
      'quota',
      quotaMessage,
    ],
    ["Firefox's legacy quota name", { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'quota', quotaMessage],
    [
      'any other DOMException',
      new DOMException('Data provided to an operation does not meet requirements.', 'DataError'),
      'unknown',
      'Local history could not store summaries (DataError: Data provided to an operation does not meet requirements.).',
    ],
    ['a string', 'boom', 'unknown', 'Local history could not store summaries (boom).'],
  ])('%s → %s', (_name, thrown, kind, message) => {
    const error = toStoreError(thrown, 'store summaries');
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind, message });
    expect(error.cause).toBe(thrown);
  });

  it('passes a StoreError through unchanged', () => {
    const original = new StoreError('invalid', 'x');
    expect(toStoreError(original, 'anything')).toBe(original);
  });

  it.each([[null], [undefined], [new Error('QuotaExceededError')], [{ name: 'AbortError' }]])(
    'isQuotaError(%s) is false',
    (value) => {
      expect(isQuotaError(value)).toBe(false);
    },
  );
});
