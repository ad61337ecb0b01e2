// What the demo organisation uses: skills, connectors, plugins, artifact types, models.
// Names follow the reference (§5.4–§5.7); opaque ids stand in for custom items.

export type ShareStatus = 'organization' | 'private' | 'public' | null;

export interface CatalogSkill {
  name: string;
  displayName: string | null;
  shareStatus: ShareStatus;
  /** Relative popularity. */
  weight: number;
  /** Which surfaces use it (chat, Claude Code, Cowork, Office). */
  surfaces: { chat: boolean; code: boolean; cowork: boolean; office: boolean };
}

const ALL = { chat: true, code: true, cowork: true, office: true };
const DOCS = { chat: true, code: false, cowork: true, office: true };

export const SKILLS: readonly CatalogSkill[] = [
  { name: 'xlsx', displayName: null, shareStatus: null, weight: 10, surfaces: DOCS },
  { name: 'docx', displayName: null, shareStatus: null, weight: 9, surfaces: DOCS },
  { name: 'pptx', displayName: null, shareStatus: null, weight: 8, surfaces: DOCS },
  { name: 'pdf', displayName: null, shareStatus: null, weight: 8, surfaces: ALL },
  {
    name: 'brand-guidelines',
    displayName: null,
    shareStatus: 'organization',
    weight: 5,
    surfaces: DOCS,
  },
  {
    name: 'frontend-design',
    displayName: null,
    shareStatus: null,
    weight: 4,
    surfaces: { chat: true, code: true, cowork: true, office: false },
  },
  { name: 'skill-creator', displayName: null, shareStatus: null, weight: 2, surfaces: ALL },
  {
    name: 'webapp-testing',
    displayName: null,
    shareStatus: null,
    weight: 3,
    surfaces: { chat: false, code: true, cowork: true, office: false },
  },
  {
    name: 'mcp-builder',
    displayName: null,
    shareStatus: null,
    weight: 2,
    surfaces: { chat: false, code: true, cowork: false, office: false },
  },
  {
    name: 'skill_01JD8Q2N7V4W6X9Z3B5C1M0K8H',
    displayName: 'Northwind Sales Playbook',
    shareStatus: 'organization',
    weight: 4,
    surfaces: DOCS,
  },
  {
    name: 'skill_01JE3R6T8Y1U4I7O9P2A5S0D3F',
    displayName: 'Contract Review Checklist',
    shareStatus: 'organization',
    weight: 2,
    surfaces: { chat: true, code: false, cowork: true, office: true },
  },
  {
    name: 'skill_01JF5G7H9J2K4L6Z8X1C3V5B7N',
    displayName: 'Incident Postmortem',
    shareStatus: 'organization',
    weight: 3,
    surfaces: ALL,
  },
  {
    name: 'skill_01JG1M3N5B7V9C2X4Z6L8K0J2H',
    displayName: null,
    shareStatus: 'private',
    weight: 2,
    surfaces: { chat: true, code: true, cowork: true, office: false },
  },
  {
    name: 'skill_01JH4Q6W8E0R2T4Y6U8I0O2P4A',
    displayName: 'Quarterly Board Deck',
    shareStatus: 'public',
    weight: 1,
    surfaces: DOCS,
  },
  { name: 'unknown', displayName: 'Unknown skill', shareStatus: null, weight: 1, surfaces: ALL },
];

export interface CatalogConnector {
  name: string;
  displayName: string | null;
  weight: number;
  /** Managed (Enterprise) auth offered for this connector from 2026-07-01. */
  managedAuth: boolean;
  /** Share of calls that are read-only (the rest split write / unclassified). */
  readShare: number;
  surfaces: { chat: boolean; code: boolean; cowork: boolean; office: boolean };
}

export const CONNECTORS: readonly CatalogConnector[] = [
  {
    name: 'asana',
    displayName: null,
    weight: 2,
    managedAuth: false,
    readShare: 0.6,
    surfaces: ALL,
  },
  {
    name: 'atlassian',
    displayName: null,
    weight: 9,
    managedAuth: true,
    readShare: 0.7,
    surfaces: ALL,
  },
  {
    name: 'figma',
    displayName: null,
    weight: 2,
    managedAuth: false,
    readShare: 0.9,
    surfaces: { chat: true, code: true, cowork: true, office: false },
  },
  {
    name: 'github',
    displayName: null,
    weight: 8,
    managedAuth: false,
    readShare: 0.65,
    surfaces: { chat: true, code: true, cowork: true, office: false },
  },
  {
    name: 'gmail',
    displayName: null,
    weight: 4,
    managedAuth: false,
    readShare: 0.8,
    surfaces: DOCS,
  },
  {
    name: 'google-calendar',
    displayName: null,
    weight: 3,
    managedAuth: false,
    readShare: 0.75,
    surfaces: DOCS,
  },
  {
    name: 'google-drive',
    displayName: null,
    weight: 8,
    managedAuth: true,
    readShare: 0.85,
    surfaces: ALL,
  },
  {
    name: 'hubspot',
    displayName: null,
    weight: 2,
    managedAuth: false,
    readShare: 0.7,
    surfaces: DOCS,
  },
  {
    name: 'linear',
    displayName: null,
    weight: 4,
    managedAuth: false,
    readShare: 0.6,
    surfaces: { chat: true, code: true, cowork: true, office: false },
  },
  {
    name: 'mcp_01JK2L4M6N8P0Q2R4S6T8U0V2W',
    displayName: 'Northwind Data Catalog',
    weight: 2,
    managedAuth: false,
    readShare: 0.95,
    surfaces: { chat: true, code: true, cowork: true, office: false },
  },
  {
    name: 'notion',
    displayName: null,
    weight: 4,
    managedAuth: false,
    readShare: 0.75,
    surfaces: ALL,
  },
  {
    name: 'salesforce',
    displayName: null,
    weight: 5,
    managedAuth: true,
    readShare: 0.8,
    surfaces: DOCS,
  },
  {
    name: 'slack',
    displayName: null,
    weight: 7,
    managedAuth: false,
    readShare: 0.7,
    surfaces: ALL,
  },
];

export interface CatalogPlugin {
  name: string;
  id: string | null;
  weight: number;
  code: boolean;
  cowork: boolean;
}

export const PLUGINS: readonly CatalogPlugin[] = [
  {
    name: 'code-review',
    id: 'code-review@claude-plugins-official',
    weight: 6,
    code: true,
    cowork: false,
  },
  {
    name: 'commit-commands',
    id: 'commit-commands@claude-plugins-official',
    weight: 5,
    code: true,
    cowork: false,
  },
  {
    name: 'feature-dev',
    id: 'feature-dev@claude-plugins-official',
    weight: 4,
    code: true,
    cowork: false,
  },
  {
    name: 'finance-close',
    id: 'finance-close@northwind-internal',
    weight: 2,
    code: false,
    cowork: true,
  },
  {
    name: 'pr-review-toolkit',
    id: 'pr-review-toolkit@claude-plugins-official',
    weight: 3,
    code: true,
    cowork: false,
  },
  {
    name: 'product-brief',
    id: 'product-brief@northwind-internal',
    weight: 3,
    code: false,
    cowork: true,
  },
  {
    name: 'security-guidance',
    id: 'security-guidance@claude-plugins-official',
    weight: 3,
    code: true,
    cowork: true,
  },
  { name: 'serena', id: 'serena@claude-plugins-official', weight: 2, code: true, cowork: false },
  { name: 'third-party', id: null, weight: 2, code: true, cowork: true },
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
