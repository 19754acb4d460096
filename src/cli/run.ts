import { parseArgs } from 'node:util';
import { checkCommand } from './commands/check.js';
import { alignCommand } from './commands/align.js';
import { reportCommand } from './commands/report.js';
import { segmentCommand } from './commands/segment.js';
import { type CommandContext, createContext } from './context.js';
import { firstLine, UsageError } from './errors.js';
import { jsonlCommand, wantsJsonl } from './jsonl/command.js';
import { type CommandName, commandHelp, commandNames, generalHelp } from './help.js';
import { packageVersion } from './version.js';

/** The streams and environment the command line tool runs against (injected so tests can capture them). */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes of every command (see docs/cli-json-v1.md). */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;

type Runner = (args: readonly string[], context: CommandContext) => Promise<number>;

const runners: Readonly<Record<CommandName, Runner>> = {
  segment: segmentCommand,
  align: alignCommand,
  check: checkCommand,
  report: reportCommand,
};

/**
 * Runs the command line tool and resolves to its exit code. Never throws: usage errors and
 * unreadable input are one line on stderr and exit code 2; an unexpected internal error too (with
 * the stack when `ANCHORALIGN_DEBUG=1`).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const context = createContext(io);
  try {
    return await dispatch(argv, context);
  } catch (error) {
    context.progress.clear();
    if (error instanceof UsageError) {
      io.stderr.write(`anchoralign: ${error.message}\n`);
      return ExitCode.usage;
    }
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    io.stderr.write(`anchoralign: internal error: ${message}${io.env.ANCHORALIGN_DEBUG ? '' : ' (set ANCHORALIGN_DEBUG=1 for details)'}\n`);
    if (io.env.ANCHORALIGN_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return ExitCode.usage;
  }
}

async function dispatch(argv: readonly string[], context: CommandContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    context.io.stderr.write(generalHelp);
    return ExitCode.usage;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return writeHelp(context, generalHelp);
    if (isCommand(topic)) return writeHelp(context, commandHelp[topic]);
    throw new UsageError(`no help on ${JSON.stringify(topic)}; commands: ${commandNames.join(', ')}`);
  }
  if (isCommand(first)) {
    if (rest.includes('--help') || rest.includes('-h')) return writeHelp(context, commandHelp[first]);
    if (wantsJsonl(rest)) return jsonlCommand(first, rest, context);
    return runners[first](rest, context);
  }
  if (first.startsWith('-')) {
    const { values } = parseGlobal(argv);
    if (values.version) {
      context.io.stdout.write(`${packageVersion()}\n`);
      return ExitCode.ok;
    }
    if (values.help) return writeHelp(context, generalHelp);
  }
  throw new UsageError(`unknown command ${JSON.stringify(first)}; use one of ${commandNames.join(', ')} (see --help)`);
}

function parseGlobal(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { version: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`${firstLine(error instanceof Error ? error.message : String(error))} (see --help)`);
  }
}

function isCommand(name: string): name is CommandName {
  return (commandNames as readonly string[]).includes(name);
}

function writeHelp(context: CommandContext, text: string): number {
  context.io.stdout.write(text);
  return ExitCode.ok;
}
