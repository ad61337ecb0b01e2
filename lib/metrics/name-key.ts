/**
 * A **name key**: the letters of a person's name, lower case, parts joined by
 * one space. Built from an email's local part (digits and separators dropped)
 * so that a row on claude.ai that shows only a name can be matched to a
 * member — but only when the key belongs to one member of the whole org
 * (`uniqueNameKeys`): two "John Smith"s must never share a badge.
 *
 * @example nameKeyOfEmail('tobias.quinn2@x.example') // "tobias quinn"
 * @example nameKeyOfEmail('12@x.example') // "" (no letters: no key)
 */
export function nameKeyOfEmail(email: string): string {
  let key = nameKeys.get(email);
  if (key === undefined) {
    key = keyOf(email);
    // A memo of the org's emails (a model reads every member's each build); bounded.
    if (nameKeys.size > 250_000) nameKeys.clear();
    nameKeys.set(email, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();

function keyOf(email: string): string {
  return (email.split('@')[0] ?? '')
    .split(/[._+-]+/)
    .map((p) => p.replace(/\d+/g, ''))
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/**
 * The name keys held by exactly one email among `emails` (every member the
 * org has, not only the ones being badged). Empty keys are never unique.
 *
 * @example uniqueNameKeys(['jo.s@a.x', 'jo.s@b.x', 'ann@a.x']) // Set { "ann" }
 */
export function uniqueNameKeys(emails: Iterable<string | null>): Set<string> {
  // Key → the one (lower-case) email holding it so far, or `shared` once a second one does.
  const holder = new Map<string, string | typeof shared>();
  for (const e of emails) {
    if (!e) continue;
    const key = nameKeyOfEmail(e);
    if (!key) continue;
    const had = holder.get(key);
    if (had === shared) continue;
    const lower = e.toLowerCase();
    if (had === undefined) holder.set(key, lower);
    else if (had !== lower) holder.set(key, shared);
  }
  const out = new Set<string>();
  for (const [key, h] of holder) if (h !== shared) out.add(key);
  return out;
}

const shared: unique symbol = Symbol('shared');
