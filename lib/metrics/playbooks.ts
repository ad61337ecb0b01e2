/**
 * Playbook links for enablement suggestions: Anthropic's public help and
 * documentation pages, one per product or feature. Office and Design have
 * no entry (no page verified); their suggestions propose a workshop instead.
 * The projects article was read at support.anthropic.com (same article id;
 * that host now serves support.claude.com).
 */
export type PlaybookSubject = 'projects' | 'connectors' | 'skills' | 'cowork' | 'claude_code';

export interface Playbook {
  label: string;
  url: string;
}

export const playbooks: Record<PlaybookSubject, Playbook> = {
  projects: {
    label: 'Projects: what they are and how teams share them',
    url: 'https://support.claude.com/en/articles/9517075-what-are-projects',
  },
  connectors: {
    label: 'Connectors: custom connectors via remote MCP',
    url: 'https://support.claude.com/en/articles/11503834-building-custom-integrations-via-remote-mcp-servers',
  },
  skills: {
    label: 'Skills: provision and manage skills for your organization',
    url: 'https://support.claude.com/en/articles/13119606-provision-and-manage-skills-for-your-organization',
  },
  cowork: {
    label: 'Cowork: getting started',
    url: 'https://support.claude.com/en/articles/13345190-getting-started-with-cowork',
  },
  claude_code: {
    label: 'Claude Code: quickstart',
    url: 'https://code.claude.com/docs/en/quickstart',
  },
};

/** How products are named in suggestion text. */
export const productNames = {
  chat: 'Chat',
  claude_code: 'Claude Code',
  cowork: 'Cowork',
  office: 'Claude in Office',
  design: 'Claude Design',
} as const;
