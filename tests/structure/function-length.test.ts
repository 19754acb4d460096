// No function under src/ grows past a length one reader can follow in one go: a longer one does several
// steps that each deserve a name. A function kept whole on purpose is listed here with its reason.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { listSourceFiles, repoRoot, sourceRoot } from './sources.js';

/** Longest function allowed, in lines from its first to its last (nested functions count in their parent). */
const maxFunctionLines = 60;

/** Functions kept whole, by `path:name`, with the reason. */
const keptWhole: Readonly<Record<string, string>> = {
  'src/align/search.ts:fillGrid': 'the loop over every cell and bead type, with beadCost inlined over locals (held to it by search-cost.test.ts)',
};

/** Every function, method and arrow function of a source text, with its name (or `(anonymous)`) and length in lines. */
function functionLengths(fileName: string, text: string): Array<{ name: string; line: number; lines: number }> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ name: string; line: number; lines: number }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isConstructorDeclaration(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named = (node as { name?: ts.Node }).name;
      const parent = node.parent;
      const name = named !== undefined ? named.getText(source) : ts.isVariableDeclaration(parent) ? parent.name.getText(source) : '(anonymous)';
      found.push({ name, line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function length', () => {
  it('measures functions, methods and arrow functions from first line to last', () => {
    const text = ['function short() {', '  return 1;', '}', 'const arrow = () => {', '  const x = 1;', '  return x;', '};', 'class C {', '  method() {', '    return 2;', '  }', '}'].join('\n');
    const lengths = functionLengths('sample.ts', text);
    assert.deepEqual(
      lengths.map(({ name, line, lines }) => `${name}@${line}:${lines}`),
      ['short@1:3', 'arrow@4:4', 'method@9:3'],
    );
  });

  it(`keeps every function under src/ at ${maxFunctionLines} lines or fewer, but the ones kept whole for a reason`, () => {
    const files = listSourceFiles(sourceRoot, /\.ts$/);
    assert.ok(files.length > 20, `expected the source tree under ${sourceRoot}, found ${files.length} files`);
    const tooLong: string[] = [];
    const seenKept = new Set<string>();
    for (const path of files) {
      const file = relative(repoRoot, path).split('\\').join('/');
      for (const { name, line, lines } of functionLengths(path, readFileSync(path, 'utf8'))) {
        if (lines <= maxFunctionLines) continue;
        if (keptWhole[`${file}:${name}`] !== undefined) {
          seenKept.add(`${file}:${name}`);
          continue;
        }
        tooLong.push(`${file}:${line} ${name} (${lines} lines)`);
      }
    }
    assert.deepEqual(tooLong, [], `functions longer than ${maxFunctionLines} lines; split them into named steps, or list them in keptWhole with the reason`);
    // A function that no longer needs its exception loses it, so the list cannot hide a new long function.
    assert.deepEqual(Object.keys(keptWhole).filter((key) => !seenKept.has(key)), []);
  });
});
