import { replicaUrls, replicaVariants, type ReplicaVariant } from '../fixtures/replica/render';
import { prefixRoutes } from '../fixtures/replica/urls';

/** Which replica variant a claude.ai URL shows (null: not one of ours). Query strings other than the variant's own are ignored; conversations (`/chat/…`) show the chat app. */
export function variantFor(url: URL): ReplicaVariant | null {
  const path = url.pathname.replace(/\/+$/, '');
  let best: ReplicaVariant | null = null;
  for (const variant of replicaVariants) {
    const u = new URL(replicaUrls[variant]);
    if (u.pathname !== path) continue;
    const needs = [...u.searchParams.entries()];
    if (
      needs.every(([k, v]) => url.searchParams.get(k) === v) &&
      (!best || needs.length > new URL(replicaUrls[best]).searchParams.size)
    )
      best = variant;
  }
  return best ?? prefixRoutes.find(([prefix]) => url.pathname.startsWith(prefix))?.[1] ?? null;
}
