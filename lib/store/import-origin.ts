/**
 * Is a history file this history's own organisation's? Asked before an import
 * (options → History), so another organisation's figures never mix into this
 * history unless the admin says so after reading why.
 *
 * Evidence, best first: the kinds (a demo file into an organisation's history,
 * or the reverse, is never the same); both API organisation ids when known;
 * else the members both histories have seen (the same organisation shares most
 * of them). An empty history here has nothing to mix with, unless the kinds
 * differ. Files of the first release say nothing about whose they are; then
 * only the members can tell.
 */
import type { FileSource } from '@/lib/store/export-format';
import { describeSource, type Source } from '@/lib/store/sources';

/** Share of the file's members this history must know for the file to be its own. */
export const sameFileShare = 0.5;

export interface ImportOrigin {
  /** True: import without asking. False: ask, showing `sentence`. */
  same: boolean;
  /** Why, in words (for the question; also when `same`). */
  sentence: string;
}

export interface OriginEvidence {
  /** The file's header `source` (undefined for files of the first release). */
  file: FileSource | undefined;
  /** When the file was exported, `YYYY-MM-DD`. */
  exportedDay: string;
  /** Members in the file. */
  fileMembers: number;
  /** Of those, members this history has seen. */
  shared: number;
  /** The active source here (null before the first registry). */
  here: Pick<Source, 'kind' | 'name' | 'orgId'> | null;
  /** Members this history has seen. */
  hereMembers: number;
}

/**
 * Decides whether a file may be imported without asking (pure).
 *
 * @example importOrigin({ file: { kind: 'demo', name: 'Northwind Labs', orgId: null }, here: { kind: 'org', name: 'Acme', orgId: null }, … })
 *   // → { same: false, sentence: 'This file holds the history of Northwind Labs (demo data) …' }
 */
export function importOrigin(e: OriginEvidence): ImportOrigin {
  const whose = e.file ? describeSource(e.file) : 'an organisation the file does not name';
  const here = e.here ? describeSource(e.here) : 'the history here';
  const intro = `This file (exported ${e.exportedDay}) holds the history of ${whose}; the history here is ${here}'s.`;
  const mix = 'Importing it would mix two organisations’ figures.';
  if (e.file && e.here && e.file.kind !== e.here.kind)
    return { same: false, sentence: `${intro} ${mix}` };
  if (e.hereMembers === 0)
    return {
      same: true,
      sentence: `The history here is empty: the file becomes ${here}'s history.`,
    };
  if (e.file?.kind === 'demo' && e.here?.kind === 'demo')
    return { same: true, sentence: 'Both are the demo organisation’s history.' };
  if (e.file?.orgId && e.here?.orgId)
    return e.file.orgId === e.here.orgId
      ? { same: true, sentence: 'The file is from the same organisation (same organisation id).' }
      : { same: false, sentence: `${intro} Their organisation ids differ. ${mix}` };
  const common = `They have ${e.shared} of the file's ${e.fileMembers} members in common.`;
  if (e.fileMembers > 0 && e.shared / e.fileMembers >= sameFileShare)
    return { same: true, sentence: `The file is from the same organisation. ${common}` };
  return { same: false, sentence: `${intro} ${common} ${mix}` };
}
