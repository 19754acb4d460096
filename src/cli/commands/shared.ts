import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { CommandContext } from '../context.js';
import { describeFsError, firstLine, UsageError } from '../errors.js';
import { type CheckOptions, parseCheckConfig } from '../pipeline.js';

/**
 * Reads and validates `--config FILE`. Any problem (missing file, bad JSON, unknown rule) is a
 * usage error: one line naming the file and the bad key or line, exit 2.
 */
export async function loadConfig(context: CommandContext, path: string | undefined): Promise<CheckOptions> {
  if (path === undefined) return {};
  let text: string;
  try {
    text = readFileSync(isAbsolute(path) ? path : join(context.io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read the config file: ${describeFsError(error)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return await parseCheckConfig(text);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof RangeError || error instanceof TypeError) {
      throw new UsageError(`${path}: ${firstLine(error.message)}`);
    }
    throw error;
  }
}
