// Body-level faults: renamed, dropped and unknown fields (schema drift), broken JSON.
import type { Faults } from './types';

function walk(v: unknown, f: (o: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (Array.isArray(v)) return v.map((x) => walk(x, f));
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = walk(x, f);
  return f(out);
}

/** True when a fault changes successful bodies field by field. */
export function hasFieldFaults(f: Faults): boolean {
  return Boolean(f.renameField || f.dropField || f.addUnknownField);
}

/**
 * Applies `renameField` and `dropField` to every object of the body (any depth, key order kept)
 * and `addUnknownField` to every item of `data` (value `"unexpected"`).
 */
export function applyFieldFaults(body: unknown, f: Faults): unknown {
  let out = walk(body, (o) => {
    if (!f.renameField && !f.dropField) return o;
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (k === f.dropField) continue;
      next[f.renameField && k === f.renameField.from ? f.renameField.to : k] = v;
    }
    return next;
  });
  const name = f.addUnknownField;
  if (name && out && typeof out === 'object' && Array.isArray((out as { data?: unknown }).data)) {
    const o = out as { data: unknown[] };
    out = {
      ...o,
      data: o.data.map((x) => (x && typeof x === 'object' ? { ...x, [name]: 'unexpected' } : x)),
    };
  }
  return out;
}

/** A syntactically broken JSON body (the first half of the real one). */
export function malformed(json: string): string {
  return json.slice(0, Math.max(1, Math.floor(json.length / 2)));
}
