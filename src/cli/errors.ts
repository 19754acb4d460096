/** A mistake in the command line (unknown option, missing argument): one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with one input file: reported on one line, the rest of the batch still runs. */
export interface InputProblem {
  /** The path as given (or expanded from a directory or glob). */
  path: string;
  /** What is wrong, for a person: "not valid UTF-8 (first bad byte at offset 12)". */
  reason: string;
}

/** A file-system error as a short phrase ("no such file or directory"), without the stack or errno noise. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EIO':
      return 'input/output error while reading';
    default:
      return error instanceof Error ? firstLine(error.message) : String(error);
  }
}

/** The first line of a message (errors from other modules may span several). */
export function firstLine(message: string): string {
  const end = message.search(/[\r\n]/);
  return end < 0 ? message : message.slice(0, end);
}
