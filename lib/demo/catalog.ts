// What the demo organisation uses: skills, connectors, plugins, artifact types, models.
// Names follow the reference (§5.4–§5.7); opaque ids stand in for custom items.

export type ShareStatus = 'organization' | 'private' | 'public' | null;

/** Where an item can be used: chat, Claude Code, Cowork, Office. */
export interface Surfaces {
  chat: boolean;
  code: boolean;
  cowork: boolean;
  office: boolean;
}

/** Surfaces from a 4-letter code: `hcwo` = chat, code, cowork, office; `-` = not there. */
function on(code: string): Surfaces {
  return {
    chat: code[0] === 'h',
    code: code[1] === 'c',
    cowork: code[2] === 'w',
    office: code[3] === 'o',
  };
}

export interface CatalogSkill {
  name: string;
  displayName: string | null;
  shareStatus: ShareStatus;
  /** Relative popularity. */
  weight: number;
  surfaces: Surfaces;
}

function skill(
  name: string,
  weight: number,
  surfaces: string,
  shareStatus: ShareStatus = null,
  displayName: string | null = null,
): CatalogSkill {
  return { name, displayName, shareStatus, weight, surfaces: on(surfaces) };
}

export const SKILLS: readonly CatalogSkill[] = [
  skill('xlsx', 10, 'h-wo'),
  skill('docx', 9, 'h-wo'),
  skill('pptx', 8, 'h-wo'),
  skill('pdf', 8, 'hcwo'),
  skill('brand-guidelines', 5, 'h-wo', 'organization'),
  skill('frontend-design', 4, 'hcw-'),
  skill('skill-creator', 2, 'hcwo'),
  skill('webapp-testing', 3, '-cw-'),
  skill('mcp-builder', 2, '-c--'),
  skill('skill_01JD8Q2N7V4W6X9Z3B5C1M0K8H', 4, 'h-wo', 'organization', 'Northwind Sales Playbook'),
  skill('skill_01JE3R6T8Y1U4I7O9P2A5S0D3F', 2, 'h-wo', 'organization', 'Contract Review Checklist'),
  skill('skill_01JF5G7H9J2K4L6Z8X1C3V5B7N', 3, 'hcwo', 'organization', 'Incident Postmortem'),
  skill('skill_01JG1M3N5B7V9C2X4Z6L8K0J2H', 2, 'hcw-', 'private'),
  skill('skill_01JH4Q6W8E0R2T4Y6U8I0O2P4A', 1, 'h-wo', 'public', 'Quarterly Board Deck'),
  skill('unknown', 1, 'hcwo', null, 'Unknown skill'),
];

export interface CatalogConnector {
  name: string;
  displayName: string | null;
  weight: number;
  /** Managed (Enterprise) auth offered for this connector from 2026-07-01. */
  managedAuth: boolean;
  /** Share of calls that are read-only (the rest split write / unclassified). */
  readShare: number;
  surfaces: Surfaces;
}

function connector(
  name: string,
  weight: number,
  readShare: number,
  surfaces: string,
  managedAuth = false,
  displayName: string | null = null,
): CatalogConnector {
  return { name, displayName, weight, managedAuth, readShare, surfaces: on(surfaces) };
}

export const CONNECTORS: readonly CatalogConnector[] = [
  connector('asana', 2, 0.6, 'hcwo'),
  connector('atlassian', 9, 0.7, 'hcwo', true),
  connector('figma', 2, 0.9, 'hcw-'),
  connector('github', 8, 0.65, 'hcw-'),
  connector('gmail', 4, 0.8, 'h-wo'),
  connector('google-calendar', 3, 0.75, 'h-wo'),
  connector('google-drive', 8, 0.85, 'hcwo', true),
  connector('hubspot', 2, 0.7, 'h-wo'),
  connector('linear', 4, 0.6, 'hcw-'),
  connector('mcp_01JK2L4M6N8P0Q2R4S6T8U0V2W', 2, 0.95, 'hcw-', false, 'Northwind Data Catalog'),
  connector('notion', 4, 0.75, 'hcwo'),
  connector('salesforce', 5, 0.8, 'h-wo', true),
  connector('slack', 7, 0.7, 'hcwo'),
];

export interface CatalogPlugin {
  name: string;
  /** `name@marketplace`; null for the redacted `third-party` bucket. */
  id: string | null;
  weight: number;
  code: boolean;
  cowork: boolean;
}

function plugin(
  name: string,
  marketplace: string | null,
  weight: number,
  code: boolean,
  cowork: boolean,
): CatalogPlugin {
  return { name, id: marketplace ? `${name}@${marketplace}` : null, weight, code, cowork };
}

const OFFICIAL = 'claude-plugins-official';
const INTERNAL = 'northwind-internal';

export const PLUGINS: readonly CatalogPlugin[] = [
  plugin('code-review', OFFICIAL, 6, true, false),
  plugin('commit-commands', OFFICIAL, 5, true, false),
  plugin('feature-dev', OFFICIAL, 4, true, false),
  plugin('finance-close', INTERNAL, 2, false, true),
  plugin('pr-review-toolkit', OFFICIAL, 3, true, false),
  plugin('product-brief', INTERNAL, 3, false, true),
  plugin('security-guidance', OFFICIAL, 3, true, true),
  plugin('serena', OFFICIAL, 2, true, false),
  plugin('third-party', null, 2, true, true),
];

/** The 8 canonical artifact types (§5.7) with relative frequency in chat. */
export const ARTIFACT_TYPES: readonly { type: string; weight: number }[] = [
  { type: 'application/vnd.ant.code', weight: 6 },
  { type: 'application/vnd.ant.mermaid', weight: 2 },
  { type: 'application/vnd.ant.react', weight: 5 },
  { type: 'image/svg+xml', weight: 2 },
  { type: 'other', weight: 1 },
  { type: 'text/csv', weight: 2 },
  { type: 'text/html', weight: 4 },
  { type: 'text/markdown', weight: 10 },
];

export interface CatalogModel {
  name: string;
  /** List prices in cents per million tokens. */
  inputCents: number;
  outputCents: number;
}

export const MODELS: readonly CatalogModel[] = [
  { name: 'claude-haiku-4-5-20251001', inputCents: 100, outputCents: 500 },
  { name: 'claude-opus-4-6', inputCents: 500, outputCents: 2500 },
  { name: 'claude-sonnet-4-6', inputCents: 300, outputCents: 1500 },
];

/** Post-discount share of list price (a negotiated 18% enterprise discount). */
export const DISCOUNT_FACTOR = 0.82;
