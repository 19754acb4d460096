// ReDoS lint: every regular expression literal and every `new RegExp('literal')` / `RegExp('literal')`
// in src/**/*.ts is checked with recheck. A `vulnerable` result fails the run with file:line and the
// attack string. Patterns built at run time (from word lists) cannot be checked statically; they are
// listed so a reviewer sees them, and the adversarial tests in tests/adversarial/ cover them.
//
// recheck uses its native binary when `recheck-linux-x64` is installed and falls back to its pure-JS
// (Scala.js) build in a worker otherwise; set RECHECK_BACKEND=pure to force the JS backend.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';

/** A regular expression found in the source, with its place. */
export interface FoundPattern {
  file: string;
  /** 1-based. */
  line: number;
  source: string;
  flags: string;
}

/** A `RegExp(...)` construction whose pattern is not a literal. */
export interface DynamicPattern {
  file: string;
  line: number;
  expression: string;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function listTypeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listTypeScriptFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

/** Splits the text of a regex literal token (`/a+b/gu`) into pattern and flags. */
export function splitRegexLiteral(literal: string): { source: string; flags: string } {
  const lastSlash = literal.lastIndexOf('/');
  return { source: literal.slice(1, lastSlash), flags: literal.slice(lastSlash + 1) };
}

function staticString(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Finds regex literals and `RegExp` constructions in one source text using the TypeScript parser. */
export function findPatterns(fileName: string, text: string): { found: FoundPattern[]; dynamic: DynamicPattern[] } {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;

  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      found.push({ file: fileName, line: lineOf(node), ...splitRegexLiteral(node.getText(sourceFile)) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const source = staticString(patternArg);
      const flags = flagsArg === undefined ? '' : staticString(flagsArg);
      if (source !== undefined && flags !== undefined) {
        found.push({ file: fileName, line: lineOf(node), source, flags });
      } else if (patternArg !== undefined && ts.isRegularExpressionLiteral(patternArg)) {
        // new RegExp(/x/, 'g'): the literal itself is visited below.
      } else {
        dynamic.push({ file: fileName, line: lineOf(node), expression: node.getText(sourceFile).slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, dynamic };
}

function shorten(value: string, max = 160): string {
  const escaped = JSON.stringify(value);
  return escaped.length <= max ? escaped : `${escaped.slice(0, max)}… (${value.length} chars)`;
}

async function main(): Promise<number> {
  const srcDir = join(repoRoot, 'src');
  const patterns: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  for (const path of listTypeScriptFiles(srcDir)) {
    const result = findPatterns(relative(repoRoot, path), readFileSync(path, 'utf8'));
    patterns.push(...result.found);
    dynamic.push(...result.dynamic);
  }

  // One check per distinct pattern; the same literal often appears in several places.
  const distinct = new Map<string, FoundPattern[]>();
  for (const pattern of patterns) {
    const key = `/${pattern.source}/${pattern.flags}`;
    distinct.set(key, [...(distinct.get(key) ?? []), pattern]);
  }

  let vulnerable = 0;
  let unknown = 0;
  for (const [key, places] of distinct) {
    const first = places[0]!;
    // recheck does not know the `d` (indices) and `v` flags' semantics beyond `u`; `d` changes no matching.
    const flags = first.flags.replace(/[dv]/g, (flag) => (flag === 'v' ? 'u' : ''));
    let diagnostics: Diagnostics;
    try {
      diagnostics = await check(first.source, flags, { timeout: 20_000 });
    } catch (error) {
      unknown += 1;
      console.warn(`${first.file}:${first.line}: could not check ${key}: ${String(error)}`);
      continue;
    }
    const where = places.map((place) => `${place.file}:${place.line}`).join(', ');
    if (diagnostics.status === 'vulnerable') {
      vulnerable += 1;
      console.error(
        `${where}: ${key} is vulnerable (${diagnostics.complexity.summary}); attack string ${shorten(diagnostics.attack.string)} = ${diagnostics.attack.pattern}`,
      );
    } else if (diagnostics.status === 'unknown') {
      unknown += 1;
      console.warn(`${where}: ${key}: recheck could not decide (${diagnostics.error.kind})`);
    }
  }

  for (const place of dynamic) {
    console.log(`${place.file}:${place.line}: built at run time, not checked statically: ${place.expression}`);
  }
  console.log(
    `lint:regex: ${patterns.length} regex occurrences (${distinct.size} distinct patterns) checked in src/: ` +
      `${vulnerable} vulnerable, ${unknown} undecided, ${distinct.size - vulnerable - unknown} safe; ` +
      `${dynamic.length} built at run time`,
  );
  return vulnerable > 0 ? 1 : 0;
}

// Run only as a script, so tests can import findPatterns.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
