import { describe, expect, it } from 'vitest';
import { nameKeyOfEmail, uniqueNameKeys } from '@/lib/metrics/name-key';

describe('nameKeyOfEmail', () => {
  it.each([
    ['tobias.quinn2@x.example', 'tobias quinn'],
    ['John_Smith@a.example', 'john smith'],
    ['12@x.example', ''],
  ])('%s → %j', (email, key) => expect(nameKeyOfEmail(email)).toBe(key));
});

describe('uniqueNameKeys', () => {
  it.each([
    [['ann@a.x'], ['ann']],
    [['john.smith@a.x', 'john.smith@b.x', 'ann@a.x'], ['ann']],
    [['john.smith@a.x', 'John.Smith@A.x'], ['john smith']], // one person, listed twice
    [['john.smith@a.x', 'john.smith2@a.x'], []],
    [[null, '7@a.x'], []],
  ])('%j → %j', (emails, keys) => expect([...uniqueNameKeys(emails)]).toEqual(keys));
});
