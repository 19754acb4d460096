/** A progress bar on stderr for runs that take more than a second. */
export interface Progress {
  /** Records that `done` of `total` units are finished. */
  update(done: number, total: number, label?: string): void;
  /** Clears the bar (call before writing anything else to stderr, and at the end). */
  clear(): void;
}

/** A progress reporter that never draws (non-TTY stderr, `--quiet`). */
export const silentProgress: Progress = { update() {}, clear() {} };

/**
 * A progress bar that appears only after `delayMs` and only on a terminal: logs (stderr piped to a
 * file) never get carriage-return noise. Redraws at most every 100 ms.
 */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, options: { enabled: boolean; delayMs?: number; now?: () => number }): Progress {
  if (!options.enabled || stream.isTTY !== true) return silentProgress;
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? 1000;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total, label = '') {
      const time = now();
      if (time - started < delay || (time - lastDraw < 100 && done < total)) return;
      lastDraw = time;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * width);
      const text = ` ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total} ${label}`.slice(0, (stream.columns ?? 80) - 1);
      stream.write(`\r\u001b[2K${text}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
