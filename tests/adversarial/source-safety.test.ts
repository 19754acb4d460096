// The library is pointed at untrusted text: nothing in src/ may evaluate code or reach the network.
// Checked on the syntax tree (TypeScript parser), so comments and strings mentioning `eval(` do not count.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return /\.[cm]?[tj]sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const networkModules = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'ws', 'node-fetch', 'axios']);
const networkGlobals = new Set(['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource']);

/** Every use of code evaluation or networking in one file, as `file:line what`. */
function findUnsafeUses(fileName: string, text: string): string[] {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const report = (node: ts.Node, what: string) =>
    problems.push(`${fileName}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1} ${what}`);
  const moduleName = (specifier: string) => specifier.replace(/^node:/, '').split('/')[0] ?? '';

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'eval') report(node, 'eval()');
      if (ts.isIdentifier(callee) && callee.text === 'Function') report(node, 'Function constructor');
      if (ts.isIdentifier(callee) && networkGlobals.has(callee.text)) report(node, `${callee.text}()`);
      if (ts.isPropertyAccessExpression(callee) && networkGlobals.has(callee.name.text)) report(node, `${callee.name.text}()`);
      if (ts.isIdentifier(callee) && callee.text === 'require') {
        const [arg] = node.arguments ?? [];
        if (arg === undefined || !ts.isStringLiteral(arg)) report(node, 'require() of a computed name');
        else if (networkModules.has(moduleName(arg.text))) report(node, `require('${arg.text}')`);
      }
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg === undefined || !ts.isStringLiteral(arg)) report(node, 'import() of a computed name');
      else if (networkModules.has(moduleName(arg.text))) report(node, `import('${arg.text}')`);
    }
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (networkModules.has(moduleName(node.moduleSpecifier.text))) report(node, `import from '${node.moduleSpecifier.text}'`);
    }
    // setTimeout('code') evaluates a string.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^set(Timeout|Interval|Immediate)$/.test(node.expression.text)) {
      const [arg] = node.arguments;
      if (arg !== undefined && (ts.isStringLiteral(arg) || ts.isTemplateExpression(arg))) report(node, `${node.expression.text} with a string`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problems;
}

describe('source safety', () => {
  it('recognises each forbidden construct (so the scan below can fail)', () => {
    const sample = [
      'eval(userText);',
      'const f = new Function("a", "return a");',
      "import http from 'node:http';",
      "import { connect } from 'net';",
      "const m = await import(name);",
      "const r = require(dynamicName);",
      "await fetch('https://example.org');",
      "await globalThis.fetch(url);",
      "setTimeout('alert(1)', 10);",
      "// eval(x) in a comment and 'fetch(' in a string are fine",
      "import { readFileSync } from 'node:fs'; const lazy = await import('./lang/uk.js');",
    ].join('\n');
    assert.deepEqual(
      findUnsafeUses('sample.ts', sample).map((problem) => Number(problem.split(' ')[0]!.split(':')[1])),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
  });

  it('src/ never evaluates code and never imports or calls anything that reaches the network', () => {
    const files = listSourceFiles(join(repoRoot, 'src'));
    assert.ok(files.length > 5, 'src/ was found');
    const problems = files.flatMap((path) => findUnsafeUses(relative(repoRoot, path), readFileSync(path, 'utf8')));
    assert.deepEqual(problems, []);
  });
});
