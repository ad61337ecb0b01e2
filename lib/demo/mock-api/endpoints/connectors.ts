// GET /connectors (§5.5): MCP connector use by normalised connector name.
import { CONNECTORS } from '../../catalog';
import { dayIndex } from '../../dates';
import { surfaceProduct, SURFACE } from '../../surfaces';
import type { ConnectorRow } from '../../types';
import { aggregate, groupKeys } from '../aggregate';
import type { HandlerContext } from '../context';
import { joinKey, serveEntity, type EntityEndpoint } from '../entity-endpoint';

const PRODUCTS = ['chat', 'claude_code', 'cowork', 'office_agent'];
/** Read/write/unclassified split reported from this day; managed-auth counts from 2026-07-01. */
const SPLIT_FROM = dayIndex('2026-05-29');
const MANAGED_FROM = dayIndex('2026-07-01');

/** `GitHub MCP`, `mcp-github`, `github_MCP server` → `github` (the API's normalisation, §5.5). */
export function normalizeConnectorName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\bmcp\b[ _-]*(server)?/g, ' ')
    .replace(/[ _]+mcp$/, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Acc {
  calls: number;
  read: number;
  write: number;
  sessions: number[];
  managed: Set<number>;
  individual: Set<number>;
}

function officeBlock(s: number[]): ConnectorRow['office_metrics'] {
  const b = (i: number) => ({ distinct_session_connector_used_count: s[SURFACE.excel + i]! });
  return { excel: b(0), powerpoint: b(1), word: b(2), outlook: b(3) };
}

const endpoint: EntityEndpoint<ConnectorRow> = {
  name: 'connectors',
  dims: {
    filters: ['connector_name', 'product', 'rbac_group_id', 'user_id'],
    groupBy: ['product', 'rbac_group_id', 'user_id'],
    products: PRODUCTS,
  },
  natural: ['connector_name'],
  template: {
    connector_name: '',
    connector_display_name: null,
    distinct_user_count: 0,
    managed_auth_distinct_user_count: null,
    individual_auth_distinct_user_count: null,
    read_call_count: null,
    write_call_count: null,
    unclassified_call_count: null,
    chat_metrics: { distinct_conversation_connector_used_count: 0 },
    claude_code_metrics: { distinct_session_connector_used_count: 0 },
    cowork_metrics: { distinct_session_connector_used_count: 0 },
    office_metrics: officeBlock([0, 0, 0, 0, 0, 0, 0]),
  },
  build(ctx, { win, filters, scope, groupBy }) {
    const names = filters.get('connector_name')?.map(normalizeConnectorName);
    const products = filters.get('product');
    const keep = (k: number): boolean => {
      const c = CONNECTORS[k]!;
      return (
        !names ||
        names.includes(c.name) ||
        (c.displayName !== null && names.includes(normalizeConnectorName(c.displayName)))
      );
    };
    const rows = aggregate<Acc>(
      ctx.org,
      win.from,
      win.to,
      scope,
      groupBy,
      () => ({
        calls: 0,
        read: 0,
        write: 0,
        sessions: [0, 0, 0, 0, 0, 0, 0],
        managed: new Set(),
        individual: new Set(),
      }),
      (d, m, emit) => {
        for (const u of d.connectors) {
          const product = surfaceProduct(u.surface);
          if (!keep(u.connector) || (products && !products.includes(product))) continue;
          const share = CONNECTORS[u.connector]!.readShare;
          emit(CONNECTORS[u.connector]!.name, product, (acc) => {
            const read = Math.round(u.calls * share * 0.8);
            const write = Math.round(u.calls * (1 - share) * 0.8);
            acc.calls += u.calls;
            acc.read += read;
            acc.write += write;
            acc.sessions[u.surface]! += u.sessions;
            (u.managed ? acc.managed : acc.individual).add(m.index);
          });
        }
      },
    );
    const split = win.from >= SPLIT_FROM;
    return rows.map((r) => {
      const c = CONNECTORS.find((x) => x.name === r.entity)!;
      const managed =
        c.managedAuth && win.from >= MANAGED_FROM && r.acc.managed.size + r.acc.individual.size > 0;
      return {
        connector_name: c.name,
        connector_display_name: c.displayName,
        distinct_user_count: r.users.size,
        managed_auth_distinct_user_count: managed ? r.acc.managed.size : null,
        individual_auth_distinct_user_count: managed ? r.acc.individual.size : null,
        read_call_count: split ? r.acc.read : null,
        write_call_count: split ? r.acc.write : null,
        unclassified_call_count: split ? r.acc.calls - r.acc.read - r.acc.write : null,
        chat_metrics: { distinct_conversation_connector_used_count: r.acc.sessions[SURFACE.chat]! },
        claude_code_metrics: {
          distinct_session_connector_used_count: r.acc.sessions[SURFACE.code]!,
        },
        cowork_metrics: { distinct_session_connector_used_count: r.acc.sessions[SURFACE.cowork]! },
        office_metrics: officeBlock(r.acc.sessions),
        ...groupKeys(ctx.org, r, groupBy),
      };
    });
  },
  key: (r) => joinKey(r.connector_name, r.user_id, r.product, r.rbac_group_id),
};

/** Handles `/connectors`. */
export function listConnectors(ctx: HandlerContext): unknown {
  return serveEntity(ctx, endpoint);
}
