// GET /skills (§5.4): skill activations by skill, sorted by skill name.
import { SKILLS } from '../../catalog';
import { surfaceProduct, SURFACE } from '../../surfaces';
import type { SkillRow } from '../../types';
import { aggregate, centsText, groupKeys } from '../aggregate';
import type { HandlerContext } from '../context';
import { joinKey, serveEntity, type EntityEndpoint } from '../entity-endpoint';
import { nameFilter } from '../filters';

const PRODUCTS = ['chat', 'claude_code', 'cowork', 'office_agent'];
/** Attributed list price and estimated overage per non-chat activation, in micro-cents. */
const LIST_PER_INVOCATION = 38_500_000;
const OVERAGE_PER_INVOCATION = 7_250_000;

interface Acc {
  invocations: number;
  enables: number;
  paid: number;
  sessions: number[];
}

const zeroSessions = (): number[] => [0, 0, 0, 0, 0, 0, 0];

function officeBlock(s: number[]): SkillRow['office_metrics'] {
  const b = (i: number) => ({ distinct_session_skill_used_count: s[SURFACE.excel + i]! });
  return { excel: b(0), powerpoint: b(1), word: b(2), outlook: b(3) };
}

const endpoint: EntityEndpoint<SkillRow> = {
  name: 'skills',
  dims: {
    filters: ['product', 'rbac_group_id', 'share_status', 'skill_name', 'user_id'],
    groupBy: ['product', 'rbac_group_id', 'user_id'],
    products: PRODUCTS,
  },
  natural: ['skill_name'],
  template: {
    skill_name: '',
    skill_display_name: null,
    share_status: null,
    distinct_user_count: 0,
    invocation_count: 0,
    enable_count: null,
    estimated_overage_spend: null,
    attributed_list_price: null,
    currency: null,
    chat_metrics: { distinct_conversation_skill_used_count: 0 },
    claude_code_metrics: { distinct_session_skill_used_count: 0 },
    cowork_metrics: { distinct_session_skill_used_count: 0 },
    office_metrics: officeBlock(zeroSessions()),
  },
  build(ctx, { win, filters, scope, groupBy }) {
    const names = nameFilter(filters, 'skill_name');
    const shares = filters.get('share_status');
    const products = filters.get('product');
    const keep = (k: number): boolean => {
      const s = SKILLS[k]!;
      return (
        (!names || names.has(s.name.toLowerCase())) &&
        (!shares || (s.shareStatus !== null && shares.includes(s.shareStatus)))
      );
    };
    // enable_count: single day, and no user/group/product cut (§5.4); null otherwise.
    const enables =
      win.mode === 'day' &&
      groupBy.length === 0 &&
      !filters.has('user_id') &&
      !filters.has('rbac_group_id') &&
      !products;
    const rows = aggregate<Acc>(
      ctx.org,
      win.from,
      win.to,
      scope,
      groupBy,
      () => ({ invocations: 0, enables: 0, paid: 0, sessions: zeroSessions() }),
      (d, _m, emit) => {
        for (const u of d.skills) {
          const product = surfaceProduct(u.surface);
          if (!keep(u.skill) || (products && !products.includes(product))) continue;
          emit(SKILLS[u.skill]!.name, product, (acc) => {
            acc.invocations += u.invocations;
            acc.sessions[u.surface]! += u.sessions;
            if (u.surface !== SURFACE.chat) acc.paid += u.invocations;
          });
        }
        if (!enables) return;
        for (const k of d.enables)
          if (keep(k)) emit(SKILLS[k]!.name, 'chat', (acc) => void (acc.enables += 1));
      },
    );
    return rows.map((r) => {
      const s = SKILLS.find((x) => x.name === r.entity)!;
      const chatRow = r.product === 'chat';
      return {
        skill_name: s.name,
        skill_display_name: s.displayName,
        share_status: s.shareStatus,
        distinct_user_count: r.users.size,
        invocation_count: r.acc.invocations,
        enable_count: enables ? r.acc.enables : null,
        estimated_overage_spend:
          r.acc.paid === 0 ? '0' : centsText(r.acc.paid * OVERAGE_PER_INVOCATION),
        attributed_list_price: chatRow ? null : centsText(r.acc.paid * LIST_PER_INVOCATION),
        currency: 'USD',
        chat_metrics: { distinct_conversation_skill_used_count: r.acc.sessions[SURFACE.chat]! },
        claude_code_metrics: { distinct_session_skill_used_count: r.acc.sessions[SURFACE.code]! },
        cowork_metrics: { distinct_session_skill_used_count: r.acc.sessions[SURFACE.cowork]! },
        office_metrics: officeBlock(r.acc.sessions),
        ...groupKeys(ctx.org, r, groupBy),
      };
    });
  },
  key: (r) => joinKey(r.skill_name, r.user_id, r.product, r.rbac_group_id),
};

/** Handles `/skills`. */
export function listSkills(ctx: HandlerContext): unknown {
  return serveEntity(ctx, endpoint);
}
