// Surfaces where skills, connectors and plugins are used.

/** 0 chat, 1 Claude Code, 2 Cowork, 3–6 Office apps (excel, powerpoint, word, outlook). */
export const SURFACE = {
  chat: 0,
  code: 1,
  cowork: 2,
  excel: 3,
  powerpoint: 4,
  word: 5,
  outlook: 6,
} as const;
export type Surface = (typeof SURFACE)[keyof typeof SURFACE];

/** API product of a surface (the `product` group key / filter value). */
export function surfaceProduct(s: number): 'chat' | 'claude_code' | 'cowork' | 'office_agent' {
  return s === 0 ? 'chat' : s === 1 ? 'claude_code' : s === 2 ? 'cowork' : 'office_agent';
}
