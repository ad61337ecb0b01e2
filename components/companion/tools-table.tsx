import type { Share } from '@/lib/metrics/tools/figures';
import type { ToolsPeriodDigest, ToolsScopeRow } from '@/lib/metrics/tools/digest';
import { dash, num, share } from './format';

/** A share with its denominator beside it: "62.0% · 31 of 50". */
export function ShareCell({ value, testid }: { value: Share | null; testid: string }) {
  if (!value)
    return (
      <td class="num muted" data-testid={testid}>
        {dash}
      </td>
    );
  return (
    <td class="num" data-testid={testid} data-active={value.active} data-seats={value.seats}>
      {share(value.share)}
      <span class="sub">
        {num(value.active)} of {num(value.seats)}
      </span>
    </td>
  );
}

function Row({ row }: { row: ToolsScopeRow }) {
  const f = row.figures;
  const testid = `tools-row-${row.scope}`;
  if (!f)
    return (
      <tr data-testid={testid} data-hidden="true">
        <th scope="row">{row.name}</th>
        <td colSpan={7} class="muted">
          hidden: {row.hiddenBecause}
        </td>
      </tr>
    );
  const o = f.overlap;
  const cell = (n: number | undefined, id: string) => (
    <td class="num" data-testid={id}>
      {o ? num(n) : dash}
    </td>
  );
  return (
    <tr data-testid={testid}>
      <th scope="row">
        {row.name}
        {row.source === 'chatgpt-group' && (
          <span class="sub" title="No Claude group or org-chart team: the export's SCIM group">
            ChatGPT group
          </span>
        )}
      </th>
      <ShareCell value={f.chatgpt} testid="tools-chatgpt" />
      <ShareCell value={f.claude} testid="tools-claude" />
      <ShareCell value={f.combined} testid="tools-combined" />
      {cell(o?.both, 'tools-both')}
      {cell(o?.onlyChatgpt, 'tools-only-chatgpt')}
      {cell(o?.onlyClaude, 'tools-only-claude')}
      {cell(o?.neither, 'tools-neither')}
    </tr>
  );
}

/**
 * The side-by-side table of one period: the org and each team, each tool's
 * active share, the combined AI-active share, and the overlap, every rate
 * with its "active of seats" beside it; hidden teams say why.
 */
export function ToolsTable({ period }: { period: ToolsPeriodDigest }) {
  return (
    <div class="table-wrap">
      <table class="data" data-testid="tools-table">
        <caption class="muted">
          Active share = people active in the period ÷ seats. ChatGPT seats: enabled users (pending
          and deleted are not seats). Claude seats: members with a row on some day of the period.
          AI-active: active in either tool ÷ people with a seat in either. Overlap counts those
          people.
        </caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col" class="num">
              ChatGPT active
            </th>
            <th scope="col" class="num">
              Claude active
            </th>
            <th scope="col" class="num">
              AI-active (either)
            </th>
            <th scope="col" class="num">
              Both
            </th>
            <th scope="col" class="num">
              Only ChatGPT
            </th>
            <th scope="col" class="num">
              Only Claude
            </th>
            <th scope="col" class="num">
              Neither
            </th>
          </tr>
        </thead>
        <tbody>
          {period.rows.map((r) => (
            <Row key={r.scope} row={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
