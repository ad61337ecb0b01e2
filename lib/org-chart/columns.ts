/**
 * The org chart's columns: which CSV header holds each field Uptake reads.
 * Email and team are required; manager and seat status are optional.
 * Headers are matched case-insensitively, ignoring spaces, dashes and
 * underscores, against each field's aliases; the first match wins.
 */

export const orgChartFields = ['email', 'team', 'manager', 'seatStatus'] as const;
export type OrgChartField = (typeof orgChartFields)[number];
export const requiredFields: readonly OrgChartField[] = ['email', 'team'];

/** Field → index of its column in the header row, or null when not mapped. */
export type ColumnMapping = Record<OrgChartField, number | null>;

export const fieldLabels: Record<OrgChartField, string> = {
  email: 'Email',
  team: 'Team',
  manager: 'Manager (optional)',
  seatStatus: 'Seat status (optional)',
};

const aliases: Record<OrgChartField, string[]> = {
  email: ['email', 'e-mail', 'email address', 'work email', 'user email', 'mail', 'upn'],
  team: ['team', 'team name', 'department', 'dept', 'group', 'org unit', 'division', 'cost center'],
  manager: ['manager', 'manager email', 'reports to', 'line manager', 'supervisor'],
  seatStatus: ['seat', 'seat status', 'claude seat', 'license', 'licence', 'license status'],
};

const normalise = (header: string) => header.toLowerCase().replace(/[\s_\-.]+/g, '');

/**
 * The mapping found from `headers`. Example: `['Work Email', 'Department',
 * 'Reports to']` → `{ email: 0, team: 1, manager: 2, seatStatus: null }`.
 * A column is used for one field at most.
 */
export function detectMapping(headers: readonly string[]): ColumnMapping {
  const names = headers.map(normalise);
  const used = new Set<number>();
  const mapping = {} as ColumnMapping;
  for (const field of orgChartFields) {
    const wanted = aliases[field].map(normalise);
    let found: number | null = null;
    for (const alias of wanted) {
      const i = names.findIndex((n, j) => n === alias && !used.has(j));
      if (i >= 0) {
        found = i;
        break;
      }
    }
    if (found !== null) used.add(found);
    mapping[field] = found;
  }
  return mapping;
}

/** The required fields `mapping` leaves unmapped (empty when it is usable). */
export function missingFields(mapping: ColumnMapping): OrgChartField[] {
  return requiredFields.filter((f) => mapping[f] === null);
}

/** The aliases a field is recognised by, for messages ("looked for: email, e-mail, …"). */
export function aliasesOf(field: OrgChartField): readonly string[] {
  return aliases[field];
}
