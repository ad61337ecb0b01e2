import { describe, expect, it } from 'vitest';
import { decimal, emailList, memberIdList, wholeNumber } from '@/components/options/validate';

describe('option field checks', () => {
  it.each([
    ['12', 2, 100, { value: 12 }],
    [' 5 ', 2, 100, { value: 5 }],
    ['1', 2, 100, { error: 'Enter a whole number from 2 to 100.' }],
    ['101', 2, 100, { error: 'Enter a whole number from 2 to 100.' }],
    ['1.5', 0, 10, { error: 'Enter a whole number from 0 to 10.' }],
    ['', 0, 10, { error: 'Enter a whole number from 0 to 10.' }],
    ['five', 0, 10, { error: 'Enter a whole number from 0 to 10.' }],
  ])('wholeNumber(%j, %d, %d) = %j', (text, min, max, out) => {
    expect(wholeNumber(text, min, max)).toEqual(out);
  });

  it.each([
    ['2.5', 0, 10, {}, { value: 2.5 }],
    ['0', 0, 10, {}, { value: 0 }],
    ['0', 0, 50, { exclusiveMin: true }, { error: 'Enter a number above 0 and at most 50.' }],
    ['11', 0, 10, {}, { error: 'Enter a number from 0 to 10.' }],
  ])('decimal(%j, %d, %d, %j) = %j', (text, min, max, options, out) => {
    expect(decimal(text, min, max, options)).toEqual(out);
  });

  it.each([
    ['Ann@x.test\nbob@y.test, ann@x.test;', { value: ['ann@x.test', 'bob@y.test'] }],
    ['', { value: [] }],
    ['ann@x.test\nnot an email', { error: 'Not an email address: not an email.' }],
    ['a\nb\nc\nd', { error: 'Not an email address: a, b, c and 1 more.' }],
  ])('emailList(%j) = %j', (text, out) => expect(emailList(text)).toEqual(out));

  it.each([
    ['user_01Ab\n user_02Cd , user_01Ab', { value: ['user_01Ab', 'user_02Cd'] }],
    ['', { value: [] }],
    ['user_01Ab\nann@x.test', { error: 'Not a member id: ann@x.test.' }],
  ])('memberIdList(%j) = %j', (text, out) => expect(memberIdList(text)).toEqual(out));
});
