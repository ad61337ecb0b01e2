import { afterEach, describe, expect, it } from 'vitest';
import { z } from '@/lib/zod-jitless';

const realFunction = globalThis.Function;

/** Counts code built from strings (`new Function(…)` or `Function(…)`) while `run` runs. */
function stringsEvaluatedDuring(run: () => void): string[][] {
  const built: string[][] = [];
  globalThis.Function = new Proxy(realFunction, {
    construct(target, args) {
      built.push(args.map(String));
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      built.push(args.map(String));
      return Reflect.apply(target, self, args);
    },
  });
  try {
    run();
  } finally {
    globalThis.Function = realFunction;
  }
  return built;
}

afterEach(() => {
  globalThis.Function = realFunction;
});

describe('zod as the extension imports it', () => {
  it('creates and parses object schemas without evaluating strings as code', () => {
    const built = stringsEvaluatedDuring(() => {
      const row = z.object({
        day: z.string(),
        actives: z.number().int(),
        note: z.string().optional(),
      });
      for (let i = 0; i < 50; i += 1) row.parse({ day: '2026-11-24', actives: i });
      expect(row.safeParse({ day: 1 }).success).toBe(false);
    });
    expect(built).toEqual([]);
  });
});
