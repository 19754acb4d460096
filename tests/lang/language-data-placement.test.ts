// Everything the project knows about a language lives in src/lang/: no word of a natural language and
// no branch on a language code anywhere else in src/. Checked on the syntax tree (TypeScript parser), so
// comments and TSDoc examples do not count; string, template and regular-expression literals do.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { languageVocabulary } from '../../src/lang/registry.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sourceRoot = join(repoRoot, 'src');
const languageRoot = join(sourceRoot, 'lang');

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return /\.[cm]?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

// A letter of any script but Latin's ASCII: words of Ukrainian, Arabic, Swedish (`år`) and so on.
// Modifier letters (`ʼ`, tatweel) are apostrophes and fillers, not words.
const isNonAsciiLetter = (char: string) => char.charCodeAt(0) > 0x7f && /\p{L}/u.test(char) && !/\p{Lm}/u.test(char);
// `\p{Script=Cyrillic}`: a script named in a pattern stands for the languages written in it.
const namedScript = /\\p\{(?:Script|sc|Script_Extensions|scx)=/u;
// A mark of one script (Arabic harakat), not one Latin shares with others (the combining acute).
const isScriptMark = (char: string) => /\p{M}/u.test(char) && !/[\p{scx=Zinh}\p{scx=Zyyy}\p{scx=Latn}]/u.test(char);
const scriptCharacter = (char: string) => isNonAsciiLetter(char) || isScriptMark(char);
const escape = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/suy;
/** One character of a pattern at `at` (an escape read as the character it stands for; a class escape as none). */
function atomAt(pattern: string, at: number): { char: string | undefined; next: number } {
  if (pattern[at] !== '\\') {
    const char = String.fromCodePoint(pattern.codePointAt(at)!);
    return { char, next: at + char.length };
  }
  escape.lastIndex = at;
  const match = escape.exec(pattern);
  if (!match) return { char: undefined, next: at + 1 };
  const [, braced, four, two, other] = match;
  const hex = braced ?? four ?? two;
  return { char: hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : /[^a-zA-Z0-9]/.test(other!) ? other : undefined, next: escape.lastIndex };
}

/** Code points of a range read for letters (its first ones: a script's block is shorter). */
const maxRangeRead = 0x3000;
/** Whether a pattern names letters of a script by code point (`[\u0600-\u06ff]`, `\u064b`). */
function namesScriptByCodePoint(pattern: string): boolean {
  let inClass = false;
  let previous: string | undefined;
  for (let at = 0; at < pattern.length; ) {
    const escaped = pattern[at] === '\\';
    if (!escaped && !inClass && pattern[at] === '[') {
      inClass = true;
      previous = undefined;
      at += pattern[at + 1] === '^' ? 2 : 1;
      continue;
    }
    if (!escaped && inClass && pattern[at] === ']') {
      inClass = false;
      at++;
      continue;
    }
    if (!escaped && inClass && pattern[at] === '-' && previous !== undefined && pattern[at + 1] !== ']') {
      const { char: last, next } = atomAt(pattern, at + 1);
      at = next;
      const [start, end] = [previous.codePointAt(0)!, last?.codePointAt(0) ?? 0];
      previous = undefined;
      // The letters inside; marks only at its ends (Latin's combining marks run into Greek's).
      if (end <= 0x7f || end < start) continue;
      if (last !== undefined && scriptCharacter(last)) return true;
      for (let code = Math.max(start, 0x80); code <= Math.min(end, start + maxRangeRead); code++) if (isNonAsciiLetter(String.fromCodePoint(code))) return true;
      continue;
    }
    const { char, next } = atomAt(pattern, at);
    if (escaped && char !== undefined && scriptCharacter(char)) return true;
    previous = inClass ? char : undefined;
    at = next;
  }
  return false;
}
const vowelLetters = 'aeiou';
/** A list of the vowels of Latin script (`'aeiou'`, `/[aeiouy]/`): which letters are vowels is a language's. */
function isVowelList(text: string): boolean {
  const letters = text.replace(/\\[a-zA-Z](?:\{[^}]*\})?/g, '').match(/[a-zA-Z]/g) ?? [];
  const distinct = new Set(letters);
  return [...distinct].every((letter) => `${vowelLetters}y`.includes(letter)) && [...distinct].filter((letter) => vowelLetters.includes(letter)).length >= 3;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/**
 * Whether a literal is a language code (`en`, `gsw`): two or three lowercase letters that Unicode names as
 * a language, in their canonical form (`run` is a word, not Rundi, whose code is `rn`).
 */
function isLanguageCode(text: string): boolean {
  if (!/^[a-z]{2,3}$/.test(text)) return false;
  try {
    return Intl.getCanonicalLocales(text)[0] === text && languageNames.of(text) !== undefined;
  } catch {
    return false;
  }
}
const languageish = /lang|code|locale|primary/i;
const vocabulary = languageVocabulary();

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  if (ts.isRegularExpressionLiteral(node)) return node.text;
  return undefined;
}

const propertyName = (name: ts.PropertyName | undefined): string | undefined =>
  name === undefined ? undefined : ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;

/** Every piece of language knowledge in one file outside src/lang/, as `file:line what`. */
export function findLanguageKnowledge(fileName: string, text: string): string[] {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const report = (node: ts.Node, what: string) =>
    problems.push(`${fileName}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1} ${what}`);
  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== undefined) {
      if ([...literal].some(isNonAsciiLetter)) report(node, `word of a language: ${node.getText(sourceFile).slice(0, 60)}`);
      else if (namedScript.test(literal)) report(node, `script named in a pattern: ${node.getText(sourceFile).slice(0, 60)}`);
      else if ([...literal].some(isScriptMark) || (ts.isRegularExpressionLiteral(node) && namesScriptByCodePoint(literal))) {
        report(node, `script named by code point: ${node.getText(sourceFile).slice(0, 60)}`);
      } else if (isVowelList(literal)) report(node, `vowel letters of a language: ${node.getText(sourceFile).slice(0, 60)}`);
    }
    // Property names and identifiers too: a transliteration table `{ ж: 'zh' }` is language data.
    if (ts.isIdentifier(node) && [...node.text].some(isNonAsciiLetter)) report(node, `word of a language: ${node.text}`);
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(node.operatorToken.kind)) {
      for (const [side, other] of [[node.left, node.right], [node.right, node.left]] as const) {
        if (ts.isStringLiteral(side) && isLanguageCode(side.text) && languageish.test(other.getText(sourceFile))) report(node, `language-code branch: ${node.getText(sourceFile)}`);
      }
    }
    if (ts.isCaseClause(node) && ts.isStringLiteral(node.expression) && isLanguageCode(node.expression.text) && ts.isSwitchStatement(node.parent.parent) && languageish.test(node.parent.parent.expression.getText(sourceFile))) {
      report(node, `language-code branch: case '${node.expression.text}'`);
    }
    if (ts.isArrayLiteralExpression(node)) {
      const strings = node.elements.filter(ts.isStringLiteral).map((element) => element.text);
      const codes = strings.filter(isLanguageCode).length;
      if (codes >= 2 && codes * 2 >= node.elements.length) report(node, `list of language codes: ${node.getText(sourceFile).slice(0, 60)}`);
      const words = strings.filter((word) => word.length >= 2 && vocabulary.has(word.toLowerCase())).length;
      if (words >= 3 && words * 2 >= node.elements.length) report(node, `list of words of a language: ${node.getText(sourceFile).slice(0, 60)}`);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.map((property) => propertyName(property.name)).filter((key): key is string => key !== undefined);
      const codes = keys.filter(isLanguageCode).length;
      if (codes >= 2 && codes * 2 >= node.properties.length) report(node, `table keyed by language: ${node.getText(sourceFile).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problems;
}

describe('language data lives in src/lang/', () => {
  it('no file of src/ outside src/lang/ holds a word of a language or branches on a language code', () => {
    const problems = listSourceFiles(sourceRoot)
      .filter((path) => !path.startsWith(languageRoot + sep))
      .flatMap((path) => findLanguageKnowledge(relative(repoRoot, path), readFileSync(path, 'utf8')));
    assert.deepEqual(problems, []);
  });

  it('the scan finds each kind of language knowledge it looks for', () => {
    const samples: Array<[string, RegExp]> = [
      ["const months = new Set(['лютого', 'februari']);", /word of a language/],
      ["if (tables.code === 'en') swap();", /language-code branch/],
      ["if ('id' !== lang) return;", /language-code branch/],
      ["switch (primaryLanguage) { case 'de': break; }", /language-code branch/],
      ["const capitalisesNouns = new Set(['de', 'lb', 'gsw']);", /list of language codes/],
      ["const byLanguage = { uk: 1, nl: 2, sv: 3 };", /table keyed by language/],
      ["const isCyrillic = /\\p{Script=Cyrillic}/u;", /script named in a pattern/],
      ["const joiners = new Set(['and', 'och', 'und', 'et']);", /list of words of a language/],
      ["const letters = { ж: 'zh' };", /word of a language: ж/],
      ["const arabicLetter = /[\\u0600-\\u06ff]/;", /script named by code point/],
      ["const harakat = /[\\u064b-\\u065f]/gu;", /script named by code point/],
      ["const cyrillic = /[\\u{410}-\\u{44f}]/u;", /script named by code point/],
      ["const tanween = '\\u064b';", /script named by code point/],
      ["const vowels = 'aeiou';", /vowel letters of a language/],
      ["if (/[aeouy]/.test(next)) return;", /vowel letters of a language/],
    ];
    for (const [source, expected] of samples) {
      const found = findLanguageKnowledge('sample.ts', source);
      assert.equal(found.length, 1, `${source} → ${JSON.stringify(found)}`);
      assert.match(found[0]!, expected);
    }
    const innocent = [
      "if (anchor.type === 'date') return;",
      "const keys = ['id', 'kind', 'country', 'names'];",
      "const dash = '–'; const apostrophe = 'ʼ';",
      "const entry = { id: 'x', kind: 'place' };",
      "const spaces = /[\\u00a0\\u2000-\\u200b\\u202f]/;",
      "const digits = /[0-9\\u0660-\\u0669]/u;",
      "const accents = /[\\u0300-\\u036f]/g;",
      "const tatweel = /\\u0640/gu;",
      "const errno = 'EIO'; const word = 'queue';",
    ];
    for (const source of innocent) assert.deepEqual(findLanguageKnowledge('sample.ts', source), [], source);
  });
});
