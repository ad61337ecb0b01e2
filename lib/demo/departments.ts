// Department profiles of the demo organisation: how big, how eager, which products.
// Adoption differs on purpose (Engineering high and Claude Code heavy, Sales low,
// Finance light on connectors, Legal tiny) so the insight layer has gaps to find.

export type DepartmentKey =
  | 'engineering'
  | 'sales'
  | 'support'
  | 'operations'
  | 'marketing'
  | 'product'
  | 'data'
  | 'finance'
  | 'hr'
  | 'legal';

export interface DepartmentProfile {
  key: DepartmentKey;
  name: string;
  /** Share of the roster (Legal ignores this: it always has LEGAL_HEADCOUNT members). */
  share: number;
  /** Typical weekday probability of being active once onboarded (before per-member spread). */
  adoption: number;
  /** Share of seats that are never used. */
  neverActive: number;
  /** Exponent on the seat-date quantile: > 1 gets seats earlier, < 1 later. */
  seatEarliness: number;
  /** Probability that a member has each product at all. */
  products: { chat: number; code: number; cowork: number; office: number; design: number };
  /** Weights for the Office apps: excel, powerpoint, word, outlook. */
  officeApps: readonly [number, number, number, number];
  /** 0..1 appetite for connectors and skills (size of the member's sets). */
  connectors: number;
  skills: number;
  /** Sub-team names, in the order they are split out when more groups are requested. */
  subTeams: readonly string[];
  /** Words used to name this department's chat projects. */
  projectTopics: readonly string[];
}

/** Legal is deliberately tiny so that a group under the privacy floor (k = 5) exists. */
export const LEGAL_HEADCOUNT = 4;

export const DEPARTMENTS: readonly DepartmentProfile[] = [
  {
    key: 'engineering',
    name: 'Engineering',
    share: 0.28,
    adoption: 0.7,
    neverActive: 0.02,
    seatEarliness: 1.8,
    products: { chat: 0.85, code: 0.88, cowork: 0.25, office: 0.03, design: 0.04 },
    officeApps: [2, 1, 3, 1],
    connectors: 0.8,
    skills: 0.7,
    subTeams: ['Platform', 'Product Engineering', 'Infrastructure', 'Mobile', 'Security'],
    projectTopics: [
      'API Design Notes',
      'Incident Runbooks',
      'Service Migration',
      'Code Review Guide',
      'On-call Handbook',
      'Architecture Decisions',
    ],
  },
  {
    key: 'sales',
    name: 'Sales',
    share: 0.17,
    adoption: 0.2,
    neverActive: 0.14,
    seatEarliness: 0.7,
    products: { chat: 0.98, code: 0.0, cowork: 0.08, office: 0.3, design: 0.0 },
    officeApps: [1, 4, 2, 4],
    connectors: 0.45,
    skills: 0.35,
    subTeams: ['EMEA', 'Americas', 'APAC'],
    projectTopics: [
      'Account Plans',
      'Objection Handling',
      'RFP Answers',
      'Pricing Research',
      'Territory Planning',
    ],
  },
  {
    key: 'support',
    name: 'Support',
    share: 0.12,
    adoption: 0.38,
    neverActive: 0.05,
    seatEarliness: 1,
    products: { chat: 0.99, code: 0.05, cowork: 0.12, office: 0.05, design: 0.0 },
    officeApps: [1, 1, 2, 3],
    connectors: 0.6,
    skills: 0.4,
    subTeams: ['Tier 1', 'Tier 2'],
    projectTopics: ['Macro Library', 'Escalation Playbook', 'Known Issues', 'Customer Tone Guide'],
  },
  {
    key: 'operations',
    name: 'Operations',
    share: 0.09,
    adoption: 0.33,
    neverActive: 0.06,
    seatEarliness: 0.9,
    products: { chat: 0.97, code: 0.04, cowork: 0.2, office: 0.18, design: 0.0 },
    officeApps: [4, 1, 2, 2],
    connectors: 0.5,
    skills: 0.45,
    subTeams: ['Business Operations', 'IT'],
    projectTopics: ['Vendor Reviews', 'Process Maps', 'IT Requests', 'Procurement Policy'],
  },
  {
    key: 'marketing',
    name: 'Marketing',
    share: 0.08,
    adoption: 0.45,
    neverActive: 0.04,
    seatEarliness: 1.1,
    products: { chat: 0.99, code: 0.03, cowork: 0.3, office: 0.15, design: 0.18 },
    officeApps: [1, 4, 3, 1],
    connectors: 0.5,
    skills: 0.6,
    subTeams: ['Growth', 'Brand'],
    projectTopics: [
      'Campaign Briefs',
      'Brand Voice',
      'Launch Messaging',
      'SEO Research',
      'Webinar Scripts',
    ],
  },
  {
    key: 'product',
    name: 'Product',
    share: 0.07,
    adoption: 0.55,
    neverActive: 0.03,
    seatEarliness: 1.3,
    products: { chat: 0.98, code: 0.2, cowork: 0.35, office: 0.08, design: 0.3 },
    officeApps: [1, 3, 3, 1],
    connectors: 0.7,
    skills: 0.55,
    subTeams: ['Core Product', 'Design'],
    projectTopics: ['PRD Drafts', 'User Research', 'Roadmap Themes', 'Feature Specs'],
  },
  {
    key: 'data',
    name: 'Data',
    share: 0.06,
    adoption: 0.62,
    neverActive: 0.03,
    seatEarliness: 1.4,
    products: { chat: 0.95, code: 0.55, cowork: 0.2, office: 0.15, design: 0.0 },
    officeApps: [5, 1, 1, 1],
    connectors: 0.65,
    skills: 0.5,
    subTeams: ['Analytics', 'Machine Learning'],
    projectTopics: ['Metric Definitions', 'SQL Snippets', 'Experiment Readouts', 'Dashboard Specs'],
  },
  {
    key: 'finance',
    name: 'Finance',
    share: 0.06,
    adoption: 0.28,
    neverActive: 0.09,
    seatEarliness: 0.8,
    products: { chat: 0.99, code: 0.02, cowork: 0.1, office: 0.55, design: 0.0 },
    officeApps: [8, 2, 1, 1],
    connectors: 0.08,
    skills: 0.45,
    subTeams: ['FP&A', 'Accounting'],
    projectTopics: ['Month-end Close', 'Budget Variance', 'Forecast Models', 'Audit Prep'],
  },
  {
    key: 'hr',
    name: 'HR',
    share: 0.04,
    adoption: 0.3,
    neverActive: 0.08,
    seatEarliness: 0.9,
    products: { chat: 0.99, code: 0.0, cowork: 0.1, office: 0.12, design: 0.0 },
    officeApps: [2, 1, 4, 3],
    connectors: 0.35,
    skills: 0.4,
    subTeams: ['People Operations', 'Recruiting'],
    projectTopics: ['Job Descriptions', 'Onboarding Plan', 'Policy FAQ', 'Interview Guides'],
  },
  {
    key: 'legal',
    name: 'Legal',
    share: 0,
    adoption: 0.3,
    neverActive: 0,
    seatEarliness: 1,
    products: { chat: 1, code: 0, cowork: 0.25, office: 0.5, design: 0 },
    officeApps: [1, 1, 6, 2],
    connectors: 0.2,
    skills: 0.6,
    subTeams: [],
    projectTopics: ['Contract Templates', 'Privacy Reviews'],
  },
];

/** Order in which departments get their own RBAC group when fewer than 10 are requested. */
export const GROUP_PRIORITY: readonly DepartmentKey[] = [
  'engineering',
  'sales',
  'legal',
  'finance',
  'marketing',
  'support',
  'operations',
  'product',
  'data',
  'hr',
];

/** Order in which departments are split into sub-teams when more than 10 department groups are requested. */
export const SPLIT_PRIORITY: readonly DepartmentKey[] = [
  'engineering',
  'sales',
  'support',
  'engineering',
  'data',
  'marketing',
  'sales',
  'engineering',
  'operations',
  'finance',
  'product',
  'hr',
  'engineering',
  'support',
];

/** Relative size of the n-th sub-team inside a split department (first is biggest). */
export function subTeamWeight(n: number): number {
  return 1 / (1 + 0.35 * n);
}

/** Profile of a department key. */
export function department(key: DepartmentKey): DepartmentProfile {
  const d = DEPARTMENTS.find((x) => x.key === key);
  if (!d) throw new Error(`unknown department ${key}`);
  return d;
}
