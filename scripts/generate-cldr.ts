// Generates the anchor tables that come from CLDR (`npm run generate:cldr`):
//   - cardinal and ordinal number words, by running the RBNF spell-out rules of `cldr-rbnf`,
//   - scale words (thousand, million, milliard) harvested from those rules, with their plural forms,
//   - month names (format and stand-alone, wide and abbreviated) from `cldr-dates-full`, including the
//     regional Arabic calendars (ar-SY/ar-LB/ar-IQ `شباط`, ar-DZ/ar-TN `فيفري`, ar-MA `غشت`),
//   - country names from `cldr-localenames-full` (ISO 3166-1 alpha-2 codes only).
// Writes src/lang/<code>/cldr.ts and the cldr-*.ts modules it joins (committed) and the readable snapshot docs/lang/<code>.md, which also
// lists the hand-written layer from src/lang/<code>/anchors.ts so a native speaker sees everything.
// Languages: those of the registry (src/lang/registry.ts) with anchor tables, or the codes given on the
// command line (`npm run generate:cldr -- vi`: a new language's tables, before its folder is registered).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInitialism } from '../src/lang/initialism.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rbnfDir = join(dirname(require.resolve('cldr-rbnf/package.json')), 'rbnf');
const datesDir = join(dirname(require.resolve('cldr-dates-full/package.json')), 'main');
const namesDir = join(dirname(require.resolve('cldr-localenames-full/package.json')), 'main');
const cldrVersion = (JSON.parse(readFileSync(require.resolve('cldr-rbnf/package.json'), 'utf8')) as { version: string }).version;

/** The registry's languages with anchor tables and their hand-written layers (none on a first run). */
async function registeredTables(): Promise<Array<{ code: string; handAnchors?: Record<string, unknown> }>> {
  return import('../src/lang/registry.js').then(
    (registry: { tabledLanguages(): Array<{ code: string; handAnchors?: object }> }) =>
      registry.tabledLanguages().map((language) => ({ code: language.code, handAnchors: language.handAnchors as Record<string, unknown> | undefined })),
    () => [],
  );
}

// ---------------------------------------------------------------------------------------------------
// A small RBNF interpreter: enough of ICU's rule syntax to spell integers (substitutions << >> ==,
// optional [..] parts, $(cardinal,...)$ plural forms, base/radix), which is all the spell-out sets use.

interface RbnfRule {
  base: number;
  divisor: number;
  body: string;
}
type RuleSets = Map<string, RbnfRule[]>;

function parseRbnf(text: string): RuleSets {
  const sets: RuleSets = new Map();
  let current: RbnfRule[] | undefined;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^(%%?[\w-]+):$/.exec(line);
    if (header) {
      current = [];
      sets.set(header[1]!, current);
      continue;
    }
    const rule = /^([^:]+):\s?(.*);$/.exec(line);
    if (!rule || !current) continue;
    const [baseText, radixText] = rule[1]!.split('/');
    if (!/^\d+$/.test(baseText!)) continue; // -x, x.x, Inf, NaN: not needed for whole numbers
    const base = Number(baseText);
    const radix = radixText ? Number(radixText) : 10;
    let divisor = 1;
    while (divisor * radix <= base) divisor *= radix;
    let body = rule[2]!;
    if (body.startsWith("'")) body = body.slice(1);
    current.push({ base, divisor: radixText ? Number(radixText) : divisor, body });
  }
  return sets;
}

function spell(sets: RuleSets, setName: string, n: number, lang: string, depth = 0): string {
  if (depth > 20) throw new Error(`RBNF recursion too deep for ${setName} ${n}`);
  const rules = sets.get(setName);
  if (!rules) throw new Error(`no RBNF rule set ${setName}`);
  let rule: RbnfRule | undefined;
  for (const candidate of rules) if (candidate.base <= n) rule = candidate;
  if (!rule) throw new Error(`no rule for ${n} in ${setName}`);
  const quotient = Math.floor(n / rule.divisor);
  const remainder = n % rule.divisor;
  const expand = (body: string): string => {
    let out = '';
    for (let i = 0; i < body.length; ) {
      const ch = body[i]!;
      if (ch === '[') {
        const close = body.indexOf(']', i);
        if (remainder !== 0) out += expand(body.slice(i + 1, close));
        i = close + 1;
      } else if (ch === '$' && body[i + 1] === '(') {
        const close = body.indexOf(')$', i);
        const [kind, ...forms] = body.slice(i + 2, close).split(',');
        const category = new Intl.PluralRules(lang, { type: kind === 'ordinal' ? 'ordinal' : 'cardinal' }).select(quotient);
        const options = new Map([...forms.join(',').matchAll(/(\w+)\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
        out += options.get(category) ?? options.get('other') ?? '';
        i = close + 2;
      } else if (ch === '<' || ch === '>' || ch === '=') {
        let close = body.indexOf(ch, i + 1);
        const inner = body.slice(i + 1, close);
        if (ch === '>' && body[close + 1] === '>') close += 1; // >>> : same as >> for whole numbers
        const value = ch === '<' ? quotient : ch === '>' ? remainder : n;
        const target = inner === '' ? setName : inner;
        out += target.startsWith('%') ? spell(sets, target, value, lang, depth + 1) : String(value);
        i = close + 1;
      } else {
        out += ch;
        i += 1;
      }
    }
    return out;
  };
  return expand(rule.body);
}

/** Soft hyphens and zero-width joiners are hyphenation hints in RBNF output, not letters. */
function cleanSpelling(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d]/g, '').trim();
}

interface NumberTables {
  numberWords: Record<string, number>;
  ordinalWords: Record<string, number>;
  scaleWords: Record<string, number>;
}

function numberTables(lang: string): NumberTables {
  const sets = parseRbnf(readFileSync(join(rbnfDir, `${lang}-SpelloutRules.txt`), 'utf8'));
  const publicSets = [...sets.keys()].filter((name) => !name.startsWith('%%'));
  const cardinalSets = publicSets.filter((name) => name.startsWith('%spellout-cardinal'));
  const ordinalSets = publicSets.filter((name) => name.startsWith('%spellout-ordinal'));
  const values = [...Array.from({ length: 101 }, (_, i) => i), 200, 300, 400, 500, 600, 700, 800, 900, 1000];
  const numberWords: Record<string, number> = {};
  const ordinalWords: Record<string, number> = {};
  const add = (table: Record<string, number>, word: string, value: number) => {
    const key = word.toLowerCase();
    // Only one-word spellings are dictionary entries; multi-word numbers are read by combining words.
    if (key === '' || /\s/.test(key) || key in table) return;
    table[key] = value;
  };
  for (const set of cardinalSets) for (const n of values) add(numberWords, cleanSpelling(spell(sets, set, n, lang)), n);
  for (const set of ordinalSets) for (const n of values.slice(1)) add(ordinalWords, cleanSpelling(spell(sets, set, n, lang)), n);
  // Scale words: the literal words of the rules for thousands, millions, milliards (all plural forms).
  const scaleWords: Record<string, number> = {};
  for (const set of cardinalSets) {
    for (const rule of sets.get(set) ?? []) {
      const scale = [1e3, 1e6, 1e9].find((s) => rule.divisor === s);
      if (!scale) continue;
      const literal = rule.body
        .replace(/\[[^\]]*\]/g, ' ')
        .replace(/\$\((\w+),([^)]*)\)\$/g, (_, _kind, forms: string) => ` ${[...forms.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).join(' ')} `)
        .replace(/([<>=])[^<>=]*\1/g, ' ');
      for (const word of cleanSpelling(literal).split(/\s+/)) {
        if (/^\p{L}+$/u.test(word) && !(word.toLowerCase() in scaleWords)) scaleWords[word.toLowerCase()] = scale;
      }
    }
  }
  return { numberWords, ordinalWords, scaleWords };
}

// ---------------------------------------------------------------------------------------------------
// Months and countries.

function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Whether a locale id names a script (`en-Shaw`, `sr-Latn`: a subtag of a capital and three small letters). */
function hasScriptSubtag(locale: string): boolean {
  return locale.split('-').some((subtag) => /^[A-Z][a-z]{3}$/.test(subtag));
}

function monthTables(lang: string): { monthNames: Record<string, number>; monthAbbreviations: Record<string, number> } {
  // Regional locales only: one in another script (`en-Shaw`, `en-Dsrt`) writes months no text of ours uses.
  const locales = readdirSync(datesDir).filter((locale) => locale === lang || (locale.startsWith(`${lang}-`) && !hasScriptSubtag(locale)));
  const monthNames: Record<string, number> = {};
  const monthAbbreviations: Record<string, number> = {};
  for (const locale of locales.sort()) {
    const months = readJson(join(datesDir, locale, 'ca-gregorian.json')).main[locale].dates.calendars.gregorian.months;
    for (const context of ['format', 'stand-alone'] as const) {
      for (const [month, name] of Object.entries<string>(months[context].wide)) {
        const key = name.toLowerCase();
        if (!(key in monthNames)) monthNames[key] = Number(month);
      }
      for (const [month, name] of Object.entries<string>(months[context].abbreviated)) {
        const key = name.toLowerCase().replace(/\.$/, '');
        // Abbreviations only count next to a day or year; skip those equal to a full name of another month.
        if (key.length >= 3 && !(key in monthNames) && !(key in monthAbbreviations)) monthAbbreviations[key] = Number(month);
      }
    }
  }
  return { monthNames, monthAbbreviations };
}

/** Territory codes that are not countries (EU, UN, eurozone, unknown, pseudo). */
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

function countryTable(lang: string): Record<string, string> {
  const territories: Record<string, string> = readJson(join(namesDir, lang, 'territories.json')).main[lang].localeDisplayNames.territories;
  const table: Record<string, string> = {};
  for (const [id, name] of Object.entries(territories)) {
    const code = id.slice(0, 2);
    if (!/^[A-Z]{2}(-alt-(short|variant))?$/.test(id) || notCountries.has(code)) continue;
    // An initialism keeps its capitals (`США`, `VS`): it names the country only written so.
    const key = isInitialism(name) ? name : name.toLowerCase();
    if (!(key in table) && !(key.toLowerCase() in table)) table[key] = code;
  }
  return table;
}

// ---------------------------------------------------------------------------------------------------
// Output.

function tsObject(table: Record<string, string | number>): string {
  const entries = Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{\n${entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')}\n  }`;
}

/**
 * The generated modules of one language: its tables split by subject so that no generated file grows past
 * the project's file-length limit (German ordinals alone run to some 550 lines), and `cldr.ts` joining
 * them into the one object the hand-written layer imports.
 */
const generatedParts = [
  { file: 'cldr-numbers', suffix: 'Numbers', tables: ['numberWords', 'scaleWords'], what: 'cardinal number words and scale words' },
  { file: 'cldr-ordinals', suffix: 'Ordinals', tables: ['ordinalWords'], what: 'ordinal number words' },
  { file: 'cldr-names', suffix: 'Names', tables: ['monthNames', 'monthAbbreviations', 'countryNames'], what: 'month and country names' },
] as const;

function generatedHeader(lang: string): string {
  return `// Generated by scripts/generate-cldr.ts from CLDR ${cldrVersion} (cldr-rbnf, cldr-dates-full,
// cldr-localenames-full). Do not edit: run \`npm run generate:cldr\`. Readable snapshot: docs/lang/${lang}.md
/* eslint-disable */
`;
}

function generateTs(lang: string): { sources: Record<string, string>; tables: Record<string, Record<string, string | number>> } {
  const tables: Record<string, Record<string, string | number>> = { ...numberTables(lang), ...monthTables(lang), countryNames: countryTable(lang) };
  const name = `cldr${lang[0]!.toUpperCase()}${lang.slice(1)}`;
  const sources: Record<string, string> = {};
  for (const part of generatedParts) {
    sources[part.file] = `${generatedHeader(lang)}
/** CLDR ${part.what} for \`${lang}\`. Keys are lowercase. */
export const ${name}${part.suffix} = {
${part.tables.map((table) => `  ${table}: ${tsObject(tables[table]!)},`).join('\n')}
} as const satisfies Record<string, Readonly<Record<string, string | number>>>;
`;
  }
  const order = Object.keys(tables);
  const owner = (table: string) => generatedParts.find((part) => (part.tables as readonly string[]).includes(table))!;
  sources.cldr = `${generatedHeader(lang)}
${generatedParts.map((part) => `import { ${name}${part.suffix} } from './${part.file}.js';`).join('\n')}

/** Anchor tables for \`${lang}\` taken from CLDR. Keys are lowercase. */
export const ${name} = {
${order.map((table) => `  ${table}: ${name}${owner(table).suffix}.${table},`).join('\n')}
} as const;
`;
  return { sources, tables };
}

/** A value of a hand-written table as a cell: a pair of numbers as a fraction (`2/3`), a list joined by commas. */
function cell(value: unknown): string {
  if (Array.isArray(value)) return value.every((x) => typeof x === 'number') ? value.join('/') : value.join(', ');
  return String(value);
}

/** The entries of a table, a field that holds a table of its own (`fractions.nouns`) one row per entry, its name before. */
function flatEntries(table: Readonly<Record<string, unknown>>): Array<[string, string | number]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string | number]> => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).map(([inner, x]) => [`${key}: ${inner}`, cell(x)]);
    return [[key, typeof value === 'number' ? value : cell(value)]];
  });
}

function mdTable(title: string, table: Readonly<Record<string, unknown>> | readonly unknown[] | undefined, source: string): string {
  if (!table) return '';
  const rows = Array.isArray(table)
    ? (table as readonly unknown[]).map((entry) => (Array.isArray(entry) && entry.length === 2 ? `| ${entry[0]} | ${entry[1]} |` : `| ${String(entry)} | |`))
    : flatEntries(table as Readonly<Record<string, unknown>>)
        .sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1))
        .map(([word, value]) => `| ${word} | ${value} |`);
  if (rows.length === 0) return '';
  return `## ${title}\n\n_${source}_ (${rows.length})\n\n| form | value |\n| --- | --- |\n${rows.join('\n')}\n\n`;
}

async function main(): Promise<void> {
  const registered = await registeredTables();
  const requested = process.argv.slice(2).filter((arg) => /^[a-z]{2,3}$/.test(arg));
  const languages = requested.length > 0 ? requested : registered.map((language) => language.code);
  const handAnchorData = new Map(registered.map((language) => [language.code, language.handAnchors]));
  mkdirSync(join(root, 'docs/lang'), { recursive: true });
  const generated = new Map<string, Record<string, Record<string, string | number>>>();
  for (const lang of languages) {
    const { sources, tables } = generateTs(lang);
    mkdirSync(join(root, 'src/lang', lang), { recursive: true });
    for (const [file, source] of Object.entries(sources)) writeFileSync(join(root, 'src/lang', lang, `${file}.ts`), source);
    generated.set(lang, tables);
  }
  // The snapshot shows the generated tables and the hand-written layer side by side.
  for (const lang of languages) {
    const tables = generated.get(lang)!;
    const hand = handAnchorData.get(lang) as Record<string, Readonly<Record<string, string | number>> | readonly string[]> | undefined;
    let md = `# Anchor tables: \`${lang}\`\n\nWhat the anchor extractor knows about this language. Generated by \`npm run generate:cldr\`; review it as a diff.\nCLDR ${cldrVersion} tables come first, then the hand-written layer (\`src/lang/${lang}/anchors.ts\`) with the forms CLDR lacks\n(case endings, clitics, colloquial names). Number words are produced by running the CLDR RBNF spell-out rules.\n\n`;
    if (hand) {
      for (const [name, table] of Object.entries(hand)) md += mdTable(`${name} (hand-written)`, table, `src/lang/${lang}/anchors.ts`);
    }
    for (const [name, table] of Object.entries(tables)) {
      md += mdTable(`${name} (CLDR)`, name === 'countryNames' ? table : table, `CLDR ${cldrVersion}`);
    }
    writeFileSync(join(root, 'docs/lang', `${lang}.md`), md);
  }
  console.log(`generate-cldr: wrote ${languages.length} tables to src/lang/<code>/cldr*.ts and docs/lang/`);
}

await main();
