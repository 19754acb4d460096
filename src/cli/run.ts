import { createRequire } from 'node:module';

/** The streams and environment the command line tool runs against (injected so tests can capture them). */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Exit codes of every command (see docs/cli-json-v1.md). */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;

const packageVersion: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** Runs the command line tool and resolves to its exit code. Never throws for user errors. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--version')) {
    io.stdout.write(`${packageVersion}\n`);
    return ExitCode.ok;
  }
  io.stderr.write('anchoralign: usage: anchoralign <segment|align|check|report> FILE... (see --help)\n');
  return ExitCode.usage;
}
