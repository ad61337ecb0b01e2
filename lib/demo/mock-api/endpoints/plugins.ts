// GET /plugins (§5.6): plugin installs and invocations (Claude Code and Cowork).
import { PLUGINS } from '../../catalog';
import { SURFACE } from '../../surfaces';
import type { PluginRow } from '../../types';
import { aggregate, groupKeys } from '../aggregate';
import type { HandlerContext } from '../context';
import { joinKey, serveEntity, type EntityEndpoint } from '../entity-endpoint';
import { nameFilter } from '../filters';

interface Acc {
  installs: Set<number>;
  invocations: number;
  code: number;
  cowork: number;
}

const endpoint: EntityEndpoint<PluginRow> = {
  name: 'plugins',
  dims: {
    filters: ['plugin_name', 'product', 'rbac_group_id', 'user_id'],
    groupBy: ['product', 'rbac_group_id', 'user_id'],
    products: ['claude_code', 'cowork'],
  },
  natural: ['plugin_name'],
  template: {
    plugin_name: '',
    plugin_id: null,
    distinct_user_count: 0,
    install_count: 0,
    invocation_count: 0,
    claude_code_metrics: { distinct_session_plugin_used_count: 0 },
    cowork_metrics: { distinct_session_plugin_used_count: 0 },
  },
  build(ctx, { win, filters, scope, groupBy }) {
    const names = nameFilter(filters, 'plugin_name');
    const products = filters.get('product');
    const keep = (k: number, product: string): boolean =>
      (!names || names.has(PLUGINS[k]!.name)) && (!products || products.includes(product));
    const rows = aggregate<Acc>(
      ctx.org,
      win.from,
      win.to,
      scope,
      groupBy,
      () => ({ installs: new Set(), invocations: 0, code: 0, cowork: 0 }),
      (d, m, emit) => {
        for (const u of d.plugins) {
          const product = u.surface === SURFACE.code ? 'claude_code' : 'cowork';
          if (!keep(u.plugin, product)) continue;
          emit(PLUGINS[u.plugin]!.name, product, (acc) => {
            acc.invocations += u.invocations;
            if (u.surface === SURFACE.code) acc.code += u.sessions;
            else acc.cowork += u.sessions;
          });
        }
        for (const k of d.installs) {
          const product = PLUGINS[k]!.code ? 'claude_code' : 'cowork';
          if (keep(k, product))
            emit(PLUGINS[k]!.name, product, (acc) => void acc.installs.add(m.index));
        }
      },
    );
    return rows.map((r) => {
      const p = PLUGINS.find((x) => x.name === r.entity)!;
      return {
        plugin_name: p.name,
        plugin_id: p.id,
        distinct_user_count: r.users.size,
        install_count: r.acc.installs.size,
        invocation_count: r.acc.invocations,
        claude_code_metrics: { distinct_session_plugin_used_count: r.acc.code },
        cowork_metrics: { distinct_session_plugin_used_count: r.acc.cowork },
        ...groupKeys(ctx.org, r, groupBy),
      };
    });
  },
  key: (r) => joinKey(r.plugin_name, r.user_id, r.product, r.rbac_group_id),
};

/** Handles `/plugins`. */
export function listPlugins(ctx: HandlerContext): unknown {
  return serveEntity(ctx, endpoint);
}
