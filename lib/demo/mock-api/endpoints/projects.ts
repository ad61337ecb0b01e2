// GET /apps/chat/projects (§5.3): claude.ai chat project usage, sorted by project id.
import { userRef } from '../../member-day';
import type { ProjectRow } from '../../types';
import { aggregate, groupKeys } from '../aggregate';
import { joinKey, serveEntity, type EntityEndpoint } from '../entity-endpoint';
import type { HandlerContext } from '../context';

interface Acc {
  conversations: number;
  messages: number;
}

const endpoint: EntityEndpoint<ProjectRow> = {
  name: 'projects',
  dims: {
    filters: ['project_id', 'rbac_group_id', 'user_id'],
    groupBy: ['rbac_group_id', 'user_id'],
  },
  natural: ['project_id'],
  template: {
    project_id: '',
    project_name: '',
    created_at: null,
    created_by: null,
    distinct_user_count: 0,
    distinct_conversation_count: 0,
    message_count: 0,
  },
  build(ctx, { win, filters, scope, groupBy }) {
    const org = ctx.org;
    const only = filters.get('project_id');
    const wanted = only ? new Set(only) : null;
    const rows = aggregate<Acc>(
      org,
      win.from,
      win.to,
      scope,
      groupBy,
      () => ({ conversations: 0, messages: 0 }),
      (d, _m, emit) => {
        for (const p of d.chat?.projects ?? []) {
          const id = org.projects[p.project]!.id;
          if (wanted && !wanted.has(id)) continue;
          emit(id, null, (acc) => {
            acc.conversations += p.conversations;
            acc.messages += p.messages;
          });
        }
      },
    );
    return rows.map((r) => {
      const p = org.projects[org.projectById.get(r.entity)!]!;
      return {
        project_id: p.id,
        project_name: p.name,
        created_at: p.createdAt,
        created_by: p.creator === null ? null : userRef(org.members[p.creator]!),
        distinct_user_count: r.users.size,
        distinct_conversation_count: r.acc.conversations,
        message_count: r.acc.messages,
        ...groupKeys(org, r, groupBy),
      };
    });
  },
  key: (r) => joinKey(r.project_id, r.user_id, r.rbac_group_id),
};

/** Handles `/apps/chat/projects` (a `product` filter or group is a 400 via the dimension lists). */
export function listProjects(ctx: HandlerContext): unknown {
  return serveEntity(ctx, endpoint);
}
