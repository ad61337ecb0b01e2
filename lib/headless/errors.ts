/**
 * Failures of the headless sync, each with a sentence for the person running
 * it and the process exit code: 2 for a wrong command line or settings file
 * (nothing was tried), 1 for a sync or an output that failed (what was stored
 * is kept; the next run resumes), 3 when another run holds the directory.
 */
export type HeadlessErrorKind = 'usage' | 'settings' | 'sync' | 'disk' | 'output' | 'locked';

export class HeadlessError extends Error {
  constructor(
    readonly kind: HeadlessErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'HeadlessError';
  }

  get exitCode(): number {
    if (this.kind === 'usage' || this.kind === 'settings') return 2;
    if (this.kind === 'locked') return 3;
    return 1;
  }
}

/** A sentence for a file-system failure at `path` (disk full, permissions, missing folder). */
export function diskMessage(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'this user may not write there',
    EPERM: 'this user may not write there',
    EROFS: 'the file system is read-only',
    ENOENT: 'a folder on the way does not exist',
  };
  const reason = (code && why[code]) ?? `the file system answered ${code ?? String(error)}`;
  return `Could not write to ${path}: ${reason}. What was stored before is kept; fix this and run again (it resumes).`;
}

/** True for Node file-system errors (they carry an errno code and a syscall). */
export function isFsError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'syscall' in error && 'code' in error;
}
