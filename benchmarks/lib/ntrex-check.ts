// The ntrex suites of bench:check: real professional translations of English news into uk, nl, id, sv
// and ar (../shared/data/ntrex-dev, 62 documents, line i of every file translates line i of en.txt).
// Documents are numbered 1–62 in DOCUMENT_IDS.tsv order: 1–31 are the development half, 32–62 the
// held-out half, reported separately and never read one by one while developing.
//
// Three settings, each seeded:
// - five-way: all five versions of a document, one fact changed in one version (parallel mode);
// - pairwise: the changed version against each other version that states the fact (all 10 pairs);
// - comparable: each version keeps a random two thirds of its sentences, shuffled in blocks, so the
//   five read as separate reports (comparable mode); a change counts only where at least two other
//   versions still state the fact. Three such views per document, each drawn from its own generator.
// An injection is detected when a new error or warning has evidence in the changed sentence; blame
// (five-way, comparable) asks whether the first evidence of that finding is the changed version.
// Untouched documents give the false alarms, each listed with its sentences and the English referee.
import { extractAnchors, createGazetteer } from '../../src/anchors/index.js';
import { check } from '../../src/check/index.js';
import { getProfile } from '../../src/lang/index.js';
import { demonymsOf } from '../../src/lang/registry.js';
import type { Anchor, EntityAnchor, Finding } from '../../src/types.js';
import { markdownTable } from './results.js';
import { seededRandom } from './random.js';
import { adjudicated, type Adjudication } from './ntrex-adjudicated.js';
import { adjudicatedHeldOut } from './ntrex-adjudicated-held-out.js';
import { isAlarm, lastDevDocument, ntrexDir, readNtrex } from './ntrex.js';

export const ntrexLangs = ['uk', 'nl', 'id', 'sv', 'ar'] as const;
export type Lang = (typeof ntrexLangs)[number];
export type Half = 'dev' | 'held-out';
export type Setting = 'five-way' | 'pairwise' | 'comparable';

/** Kinds of injected change; the digit kinds are told apart by what the changed digits stand for. */
export const kinds = ['count', 'year', 'day', 'amount', 'time', 'number word', 'month', 'country', 'person name', 'scale word'] as const;
export type Kind = (typeof kinds)[number];

/** Changes drawn per document and kind (each from a random version); more would mostly repeat facts. */
const injectionsPerDocumentAndKind = 2;
/** Comparable setting: the share of its sentences each version keeps, and the largest block moved whole. */
const comparableKeepShare = 2 / 3;
const comparableMaxBlock = 3;
/** Keeps the comparable views' generators apart from the injections' (seed·1000 + document, documents ≤ 62). */
const comparableSeedOffset = 500;
/**
 * Comparable views drawn per document, each checked: one draw swung the held-out false alarms between
 * 1.2 and 3.1 per 100 with the same code, so the figures pool three.
 */
export const comparableViewsPerDocument = 3;
/** Comparable setting: other versions that must still state a changed fact for the change to count. */
const comparableMinWitnesses = 2;
/** Five-way: other versions that must state the fact, so that a majority can name the outlier. */
export const fiveWayMinWitnesses = 2;

export interface NtrexDocument {
  number: number;
  half: Half;
  id: string;
  /** First line in the data files. */
  from: number;
  lines: Record<Lang, string[]>;
  en: string[];
}

export function loadNtrex(): NtrexDocument[] {
  let from = 0;
  return readNtrex(ntrexDir, [...ntrexLangs, 'en']).map((doc) => {
    const document: NtrexDocument = {
      number: doc.number,
      half: doc.number <= lastDevDocument ? 'dev' : 'held-out',
      id: doc.id,
      from,
      lines: Object.fromEntries(ntrexLangs.map((l) => [l, doc.lines[l]!])) as Record<Lang, string[]>,
      en: doc.lines.en!,
    };
    from += document.en.length;
    return document;
  });
}

// ---------------------------------------------------------------------------------------------------
// What a sentence states, read independently of the checker where that can be done with plain text
// (digits, months, scale words); names, countries and number words are read with the extractor.

const gazetteer = createGazetteer();
const anchorMemo = new Map<string, Anchor[]>();
function anchorsOf(text: string, lang: string): Anchor[] {
  const key = `${lang}\u0000${text}`;
  let found = anchorMemo.get(key);
  if (found === undefined) {
    found = extractAnchors(text, { lang, gazetteer, demonyms: true });
    anchorMemo.set(key, found);
  }
  return found;
}

const digitRun = /[0-9\u0660-\u0669]+(?:[.,:\u00a0\u202f\u2009\u066b\u066c][0-9\u0660-\u0669]+| [0-9]{3}(?![0-9]))*/g;
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
}
function digitValues(text: string): Set<string> {
  return new Set([...text.matchAll(digitRun)].map((m) => asciiDigits(m[0]).replace(/[^0-9]/g, '').replace(/^0+(?=.)/, '')));
}

/** Levantine month names (used by much of the Arabic press beside the Egyptian يناير … ديسمبر). */
const levantineMonths: Record<string, number> = {
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
};
const egyptianMonths: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, سبتمبر: 9, أكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
};
function monthTable(lang: string): Record<string, number> {
  if (lang === 'ar') return { ...egyptianMonths, ...levantineMonths };
  const table: Record<string, number> = {};
  for (const [word, month] of Object.entries(getProfile(lang).anchors.monthNames)) if (!word.includes('.') && word.length > 2) table[word.toLowerCase()] = month;
  return table;
}
const arabicClitics = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?$/;
const letter = /\p{L}/u;
/** Month words in a sentence: [start, end, month]. A word must stand alone (Arabic: after clitics only). */
function monthsIn(text: string, lang: string): Array<[number, number, number]> {
  const lower = text.toLowerCase();
  const found: Array<[number, number, number]> = [];
  for (const [word, month] of Object.entries(monthTable(lang))) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (end < lower.length && letter.test(lower[end]!)) continue;
      let wordStart = at;
      while (wordStart > 0 && letter.test(lower[wordStart - 1]!)) wordStart--;
      if (wordStart < at && !(lang === 'ar' && arabicClitics.test(lower.slice(wordStart, at)))) continue;
      if (found.some(([s, e]) => s < end && at < e)) continue;
      found.push([at, end, month]);
    }
  }
  return found.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
}

/**
 * Scale words by language: [form, value, replacement]: the replacement is the same form of another
 * scale (so the changed text stays grammatical enough: мільйонів → мільярдів, miljoner → miljarder).
 */
const scaleForms: Record<string, Array<[string, number, string]>> = {
  uk: [
    ['тис.', 1e3, 'млн'], ['тисяч', 1e3, 'мільйонів'], ['тисячі', 1e3, 'мільйони'], ['тисяча', 1e3, 'мільйон'],
    ['млн', 1e6, 'млрд'], ['мільйонів', 1e6, 'мільярдів'], ['мільйони', 1e6, 'мільярди'], ['мільйона', 1e6, 'мільярда'], ['мільйон', 1e6, 'мільярд'],
    ['млрд', 1e9, 'млн'], ['мільярдів', 1e9, 'мільйонів'], ['мільярди', 1e9, 'мільйони'], ['мільярда', 1e9, 'мільйона'], ['мільярд', 1e9, 'мільйон'],
    ['трлн', 1e12, 'млрд'], ['трильйонів', 1e12, 'мільярдів'],
  ],
  nl: [
    ['duizend', 1e3, 'miljoen'], ['miljoen', 1e6, 'miljard'], ['miljoenen', 1e6, 'miljarden'], ['mln', 1e6, 'mld'], ['mln.', 1e6, 'mld.'],
    ['miljard', 1e9, 'miljoen'], ['miljarden', 1e9, 'miljoenen'], ['mld', 1e9, 'mln'], ['mrd', 1e9, 'mln'], ['mld.', 1e9, 'mln.'], ['biljoen', 1e12, 'miljard'],
  ],
  sv: [
    ['tusen', 1e3, 'miljoner'], ['miljon', 1e6, 'miljard'], ['miljoner', 1e6, 'miljarder'], ['miljonerna', 1e6, 'miljarderna'], ['mn', 1e6, 'md'], ['mnkr', 1e6, 'mdkr'],
    ['miljard', 1e9, 'miljon'], ['miljarder', 1e9, 'miljoner'], ['md', 1e9, 'mn'], ['mdr', 1e9, 'mn'], ['mdkr', 1e9, 'mnkr'], ['biljon', 1e12, 'miljard'], ['biljoner', 1e12, 'miljarder'],
  ],
  id: [
    ['ribu', 1e3, 'juta'], ['rb', 1e3, 'jt'], ['juta', 1e6, 'miliar'], ['jt', 1e6, 'M'], ['miliar', 1e9, 'juta'], ['milyar', 1e9, 'juta'], ['M', 1e9, 'jt'],
    ['triliun', 1e12, 'miliar'], ['T', 1e12, 'M'],
  ],
  ar: [
    ['ألف', 1e3, 'مليون'], ['آلاف', 1e3, 'ملايين'], ['مليون', 1e6, 'مليار'], ['ملايين', 1e6, 'مليارات'], ['مليار', 1e9, 'مليون'], ['مليارات', 1e9, 'ملايين'], ['تريليون', 1e12, 'مليار'],
  ],
};
/** Scale words in a sentence: [start, end, value, replacement]. Abbreviations in capitals keep their case. */
function scalesIn(text: string, lang: string): Array<[number, number, number, string]> {
  const found: Array<[number, number, number, string]> = [];
  const words = /[\p{L}.]+/gu;
  for (const m of text.matchAll(words)) {
    let word = m[0];
    let start = m.index;
    if (word.endsWith('.') && !(scaleForms[lang] ?? []).some(([f]) => f === word)) word = word.slice(0, -1);
    const forms = scaleForms[lang] ?? [];
    let entry = forms.find(([f]) => (f.length <= 2 ? f === word : f === word.toLowerCase()));
    if (entry === undefined && lang === 'ar') {
      const stripped = word.replace(/^(?:و|ف)?(?:ب|ل)?(?:ال)?/, '');
      entry = forms.find(([f]) => f === stripped);
      if (entry !== undefined) start += word.length - stripped.length, (word = stripped);
    }
    if (entry === undefined) continue;
    // A scale word counts only beside a number (digits or a number word), not as "thousands of".
    const before = text.slice(Math.max(0, start - 12), start);
    if (!/[0-9\u0660-\u0669]\s*$/.test(before) && !anchorsOf(text, lang).some((a) => a.type === 'number' && a.end >= start && a.start <= start)) continue;
    found.push([start, start + word.length, entry[1], entry[2]]);
  }
  return found;
}
function scaleValues(text: string, lang: string): Set<number> {
  return new Set(scalesIn(text, lang).map(([, , v]) => v));
}

function isPersonName(a: EntityAnchor): boolean {
  return a.gazetteerId === undefined && a.country === undefined && (a.entityKind === 'person' || (a.entityKind === 'unknown' && a.text.includes(' ')));
}

// People of an article, told apart from organisations, laws and places with the English referee (our
// extractor alone reads any multi-word unknown name as person-like: "Welsh Parliament", "Selly Oak").
// A person's name is written as the English writes it in every Latin-script translation (translators
// translate "Welsh Parliament", not "Elin Jones"), and none of its words is an English word the corpus
// writes in lower case ("oak", "shop", "act", "city", "news").
const latinTranslations = ['nl', 'id', 'sv'] as const;
let englishWords: Set<string> | undefined;
function isEnglishWord(word: string): boolean {
  englishWords ??= new Set(loadNtrex().flatMap((d) => d.en.join(' ').match(/\p{Ll}[\p{L}'’]*/gu) ?? []));
  return englishWords.has(word.toLowerCase());
}
/**
 * Words that come before a place or a thing but not before a person's name, in the English and in
 * the Latin-script translations ("the Ryder Cup", "in Selly Oak", "di Las Vegas", "i Des Moines").
 */
const placeOrThingWords: Record<string, string[]> = {
  en: ['the', 'in', 'at', 'near', 'across', 'into', 'outside', 'towards', 'toward', 'off'],
  nl: ['de', 'het', 'in', 'nabij'],
  id: ['di', 'ke'],
  sv: ['i', 'på', 'nära'],
};
function placeOrThingBefore(doc: NtrexDocument, name: string): boolean {
  const texts: Array<[string, string]> = [['en', doc.en.join(' ')], ...latinTranslations.map((l): [string, string] => [l, doc.lines[l].join(' ')])];
  const placeOrThing = texts.some(([lang, text]) => {
    const lower = text.toLowerCase();
    return placeOrThingWords[lang]!.some((w) => lower.includes(` ${w} ${name.toLowerCase()}`) || lower.startsWith(`${w} ${name.toLowerCase()}`));
  });
  return placeOrThing || doc.en.some((line) => quotedOrBeforeCountry(line, name));
}
/** A title in quotes ('La Bomba'), or a place followed by its country ("Punta Eugenia, Mexico"). */
function quotedOrBeforeCountry(line: string, name: string): boolean {
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    if (/['‘"“]/u.test(line[at - 1] ?? '')) return true;
    const after = line.slice(at + name.length);
    if (after.startsWith(', ') && anchorsOf(after.slice(2), 'en').some((a) => a.type === 'country' && a.start === 0)) return true;
  }
  return false;
}
const peopleMemo = new Map<number, Set<string>>();
/** Keys of the people the English of a document names (each line's person-like names that pass the referee). */
function peopleOf(doc: NtrexDocument): Set<string> {
  let people = peopleMemo.get(doc.number);
  if (people !== undefined) return people;
  people = new Set();
  const candidates = new Map<string, string>();
  doc.en.forEach((line, i) => {
    for (const a of anchorsOf(line, 'en')) {
      if (a.type !== 'entity' || !isPersonName(a)) continue;
      if (!latinTranslations.every((l) => doc.lines[l][i]!.includes(a.text))) continue;
      if (a.text.split(/[\s-]+/u).some(isEnglishWord)) continue;
      candidates.set(a.value, a.text);
    }
  });
  for (const [key, text] of candidates) if (!placeOrThingBefore(doc, text)) people.add(key);
  peopleMemo.set(doc.number, people);
  return people;
}
function isPersonOf(doc: NtrexDocument, a: EntityAnchor): boolean {
  return isPersonName(a) && peopleOf(doc).has(a.value);
}

/** Words that make H.MM / H:MM a clock time rather than a decimal (`om 15.00 uur`, `pukul 3.26`, `الساعة 4.40`). */
const timeContext = /uur|\bom\b|klockan|\bkl\b|pukul|\bjam\b|(?<!\p{L})об?(?!\p{L})|годин|الساعة|صباح|مساء|a\.m|p\.m|\bsore|\bpagi|malam|siang|\bwib\b|\bgmt\b|\bbst\b|\bedt\b|\bet\b/iu;
const currency = /[$€£¥₴]|долар|dollar|dolar|euro|євро|pond|фунт|kronor|крон|rupiah|دولار|يورو|جنيه|ريال|درهم/iu;

/** Whether the text between spaces around `at` is a web or e-mail address (`http://…/498`, `www.…`, `a@b.c`). */
function inAddress(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !/\s/u.test(text[to]!)) to++;
  return /:\/\/|www\.|@/u.test(text.slice(from, to));
}

// ---------------------------------------------------------------------------------------------------
// Injections

export interface Injection {
  kind: Kind;
  document: number;
  lang: Lang;
  line: number;
  before: string;
  after: string;
  /** Other versions whose same line states the changed fact. */
  statedBy: Lang[];
}

function matchCase(model: string, word: string): string {
  return model[0] !== undefined && model[0] !== model[0].toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}
const otherCountries = ['FR', 'IT', 'DE', 'AT', 'CH', 'ES', 'GB', 'US', 'IN', 'PK', 'CN', 'VN', 'JP', 'RU', 'PL', 'NO', 'PE', 'AR', 'CL'];

/**
 * One sentence to change, with the texts that must state the same fact for a change to count (other
 * versions' same line for ntrex; an identical copy for single-language news). `isPerson` tells the
 * names of people apart; without it no person name is changed.
 */
export interface InjectionSite {
  lang: string;
  text: string;
  witnesses: ReadonlyArray<{ lang: string; text: string }>;
  isPerson?: (a: EntityAnchor) => boolean;
}
/** A change drawn at a site: `statedBy` indexes the site's witnesses that state the changed fact. */
export interface SiteChange {
  kind: Kind;
  after: string;
  statedBy: number[];
}

function candidates(doc: NtrexDocument, lang: Lang, line: number, kind: Kind, random: () => number, names: readonly EntityAnchor[]): Injection[] {
  const others = ntrexLangs.filter((l) => l !== lang);
  const site: InjectionSite = { lang, text: doc.lines[lang][line]!, witnesses: others.map((o) => ({ lang: o, text: doc.lines[o][line]! })), isPerson: (a) => isPersonOf(doc, a) };
  return changesAt(site, kind, random, names).map((c) => ({ kind, document: doc.number, lang, line, before: site.text, after: c.after, statedBy: c.statedBy.map((k) => others[k]!) }));
}

/** Every change of one kind the injector can make in a sentence (same draws of `random` as before the split). */
export function changesAt(site: InjectionSite, kind: Kind, random: () => number, names: readonly EntityAnchor[] = []): SiteChange[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { text, lang } = site;
  const found: SiteChange[] = [];
  const add = (start: number, end: number, by: string, stated: (other: string, otherText: string) => boolean) => {
    const statedBy = site.witnesses.flatMap((w, k) => (stated(w.lang, w.text) ? [k] : []));
    if (statedBy.length === 0) return;
    found.push({ kind, after: text.slice(0, start) + by + text.slice(end), statedBy });
  };
  const own = anchorsOf(text, lang);
  if (kind === 'count' || kind === 'year' || kind === 'day' || kind === 'amount' || kind === 'time') {
    for (const m of text.matchAll(digitRun)) {
      const start = m.index;
      const end = start + m[0].length;
      const value = asciiDigits(m[0]).replace(/[^0-9]/g, '').replace(/^0+(?=.)/, '');
      const covering = own.find((a) => a.start <= start && a.end >= end);
      let runKind: Kind = 'count';
      const near = text.slice(Math.max(0, start - 14), Math.min(text.length, end + 16));
      if (/^(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9]$/.test(asciiDigits(m[0])) && (m[0].includes(':') || timeContext.test(near))) runKind = 'time';
      else if (covering?.type === 'date' && covering.year !== undefined && value.endsWith(String(covering.year))) runKind = 'year';
      else if (covering?.type === 'date' && covering.day !== undefined) runKind = 'day';
      else if (/^(?:1[5-9]|20)[0-9]{2}$/.test(value) && covering?.type !== 'number') runKind = 'year';
      else if (currency.test(text.slice(Math.max(0, start - 12), Math.min(text.length, end + 24))) || (covering?.type === 'number' && covering.percent) || scalesIn(text, lang).some(([s]) => s >= end && s <= end + 2)) runKind = 'amount';
      if (runKind !== kind) continue;
      const digits = [...m[0]];
      let last = digits.length - 1;
      while (last >= 0 && !/[0-9\u0660-\u0669]/.test(digits[last]!)) last--;
      const code = digits[last]!.charCodeAt(0);
      const zero = code >= 0x660 ? 0x660 : 0x30;
      digits[last] = String.fromCharCode(zero + ((code - zero + 1 + Math.floor(random() * 8)) % 10));
      let changed = digits.join('');
      // A day stays a day of the month (a "37 May" is no date at all), so the change is a wrong date.
      if (kind === 'day' && Number(value) <= 31) {
        const day = ((Number(value) - 1 + 1 + Math.floor(random() * 26)) % 28) + 1;
        changed = String(day);
        if (m[0] !== asciiDigits(m[0])) changed = changed.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)));
      }
      // Digits of a web or e-mail address are no fact the text states (drawn all the same, so the draws stay).
      if (inAddress(text, start)) continue;
      add(start, end, changed, (_, t) => digitValues(t).has(value));
    }
  } else if (kind === 'number word') {
    const words = Object.entries(getProfile(lang).anchors.numberWords).filter(([w, v]) => v >= 2 && v <= 12 && !w.includes(' '));
    for (const a of own) {
      if (a.type !== 'number' || !a.spelledOut || a.relation !== 'exact' || a.upper !== undefined || a.numeric < 1 || a.numeric > 100) continue;
      if (a.text.includes(' ')) continue;
      const ending = a.text.toLowerCase().slice(-2);
      const other = words.filter(([, v]) => v !== a.numeric);
      const sameForm = other.filter(([w]) => w.endsWith(ending));
      const word = pick(sameForm.length > 0 ? sameForm : other)[0];
      add(a.start, a.end, matchCase(a.text, word), (o, t) => digitValues(t).has(String(a.numeric)) || anchorsOf(t, o).some((b) => b.type === 'number' && b.numeric === a.numeric));
    }
  } else if (kind === 'month') {
    const table = Object.entries(monthTable(lang));
    const found = monthsIn(text, lang);
    // The same month named twice, joined by a slash (`يوليو/تموز`, the Egyptian and the Levantine name):
    // the change takes both names, else the one left still states the month.
    const slashPartner = (end: number, month: number) => found.find(([s, , m]) => m === month && s === end + 1 && text[end] === '/');
    const calendarOf = (word: string) => (word in levantineMonths ? levantineMonths : word in egyptianMonths ? egyptianMonths : undefined);
    for (const [start, end, month] of found) {
      if (found.some(([, e, m]) => m === month && e + 1 === start && text[e] === '/')) continue;
      const target = ((month - 1 + 1 + Math.floor(random() * 10)) % 12) + 1;
      const original = text.slice(start, end);
      let pool = table.filter(([, v]) => v === target);
      if (lang === 'ar') pool = random() < 0.5 ? Object.entries(levantineMonths).filter(([, v]) => v === target) : Object.entries(egyptianMonths).filter(([, v]) => v === target);
      const partner = slashPartner(end, month);
      const ownCalendar = calendarOf(original);
      if (partner !== undefined && ownCalendar !== undefined) pool = Object.entries(ownCalendar).filter(([, v]) => v === target);
      const sameForm = pool.filter(([w]) => w.slice(-2) === original.toLowerCase().slice(-2));
      let replacement = pick(sameForm.length > 0 ? sameForm : pool)?.[0];
      if (replacement === undefined) continue;
      replacement = matchCase(original, replacement);
      let changedEnd = end;
      if (partner !== undefined) {
        const second = text.slice(partner[0], partner[1]);
        const secondCalendar = calendarOf(second);
        const secondPool = secondCalendar !== undefined ? Object.entries(secondCalendar).filter(([, v]) => v === target) : table.filter(([, v]) => v === target);
        const secondWord = pick(secondPool)?.[0];
        if (secondWord === undefined) continue;
        replacement += `/${matchCase(second, secondWord)}`;
        changedEnd = partner[1];
      }
      add(start, changedEnd, replacement, (o, t) => monthsIn(t, o).some(([, , m]) => m === month) || anchorsOf(t, o).some((b) => b.type === 'date' && b.month === month));
    }
  } else if (kind === 'country') {
    for (const a of own) {
      if (a.type !== 'country') continue;
      const code = pick(otherCountries.filter((x) => x !== a.value));
      let by: string | undefined;
      if (a.adjective) {
        const data = demonymsOf(lang);
        const lower = a.text.toLowerCase();
        const stem = data && Object.values(data.stems).flat().filter((s) => lower.startsWith(s)).sort((x, y) => y.length - x.length)[0];
        const replacement = data?.stems[code]?.[0];
        if (stem === undefined || replacement === undefined) continue;
        by = matchCase(a.text, replacement + a.text.slice(stem.length));
      } else {
        by = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
        if (by === undefined || by === code) continue;
      }
      add(a.start, a.end, by, (o, t) => anchorsOf(t, o).some((b) => b.type === 'country' && b.value === a.value));
    }
  } else if (kind === 'person name') {
    for (const a of own) {
      if (a.type !== 'entity' || site.isPerson === undefined || !site.isPerson(a)) continue;
      // Only a whole name is swapped, not the first part of a hyphenated one ("Paul Mills-Hicks").
      if (/[-\p{L}]/u.test(text[a.end] ?? '') || /[-\p{L}]/u.test(text[a.start - 1] ?? '')) continue;
      const replacements = names.filter((n) => n.value !== a.value && !n.text.includes(a.text) && !a.text.includes(n.text));
      if (replacements.length === 0) continue;
      add(a.start, a.end, pick(replacements).text, (o, t) => anchorsOf(t, o).some((b) => b.type === 'entity' && b.value === a.value));
    }
  } else if (kind === 'scale word') {
    for (const [start, end, value, replacement] of scalesIn(text, lang)) {
      add(start, end, replacement, (o, t) => scaleValues(t, o).has(value));
    }
  }
  return found;
}

/** Names of people of one document in one language that at least two other versions write too. */
function documentNames(doc: NtrexDocument, lang: Lang): EntityAnchor[] {
  const names: EntityAnchor[] = [];
  for (let line = 0; line < doc.lines[lang].length; line++) {
    for (const a of anchorsOf(doc.lines[lang][line]!, lang)) {
      if (a.type !== 'entity' || !isPersonOf(doc, a)) continue;
      const witnesses = ntrexLangs.filter((o) => o !== lang && anchorsOf(doc.lines[o][line]!, o).some((b) => b.type === 'entity' && b.value === a.value));
      if (witnesses.length >= 2 && !names.some((n) => n.value === a.value)) names.push(a);
    }
  }
  return names;
}

/**
 * Up to `count` of one kind's candidate changes, shuffled with `random`, no two in the same version or
 * on the same line (so every language and many sentences get their share); one version only: `oneAVersion` false.
 */
export function takeSpread<T extends { lang: string; line: number; statedBy: readonly unknown[] }>(all: T[], random: () => number, count: number, oneAVersion = true): T[] {
  const usable = all.filter((i) => i.statedBy.length >= 1);
  for (let i = usable.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [usable[i], usable[j]] = [usable[j]!, usable[i]!];
  }
  const taken: T[] = [];
  for (const injection of usable) {
    if (taken.length >= count) break;
    if (taken.some((t) => (oneAVersion && t.lang === injection.lang) || t.line === injection.line)) continue;
    taken.push(injection);
  }
  return taken;
}

export function drawInjections(doc: NtrexDocument, random: () => number): Injection[] {
  const names = Object.fromEntries(ntrexLangs.map((l) => [l, documentNames(doc, l)])) as Record<Lang, EntityAnchor[]>;
  const chosen: Injection[] = [];
  for (const kind of kinds) {
    const all: Injection[] = [];
    for (const lang of ntrexLangs) for (let line = 0; line < doc.lines[lang].length; line++) all.push(...candidates(doc, lang, line, kind, random, names[lang]));
    chosen.push(...takeSpread(all, random, injectionsPerDocumentAndKind));
  }
  return chosen;
}

// ---------------------------------------------------------------------------------------------------
// Tallies

export interface Tally {
  injected: number;
  detected: number;
  blamed: number;
  correct: number;
  wrong: number;
}
export const emptyTally = (): Tally => ({ injected: 0, detected: 0, blamed: 0, correct: 0, wrong: 0 });

export interface FalseAlarm {
  setting: Setting;
  document: number;
  rule: string;
  severity: string;
  message: string;
  /** One line per evidence: language, value, sentence. */
  evidence: Array<{ lang: string; text: string; sentence: string; line: number }>;
  en: string[];
  verdict: 'translation' | 'ours';
  note?: string;
}

export interface Miss {
  setting: Setting;
  injection: Injection;
  partner?: string;
  findings: string[];
  kind: 'miss' | 'wrong' | 'blame';
}

export interface SettingResult {
  byKind: Map<string, Tally>;
  byLang: Map<string, Tally>;
  total: Tally;
  untouched: number;
  falseAlarms: FalseAlarm[];
}
export const newSettingResult = (): SettingResult => ({ byKind: new Map(), byLang: new Map(), total: emptyTally(), untouched: 0, falseAlarms: [] });

export function record(result: SettingResult, keys: { kind: string; lang: string }, detected: boolean, blamed: boolean, correct: number, wrong: number) {
  for (const t of [result.total, getOr(result.byKind, keys.kind), getOr(result.byLang, keys.lang)]) {
    t.injected++;
    if (detected) t.detected++;
    if (blamed) t.blamed++;
    t.correct += correct;
    t.wrong += wrong;
  }
}
export function getOr(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (t === undefined) map.set(key, (t = emptyTally()));
  return t;
}

/** A view of a document's versions: which original line each sentence of each version is. */
interface View {
  order: Record<Lang, number[]>;
}
function parallelView(doc: NtrexDocument): View {
  return { order: Object.fromEntries(ntrexLangs.map((l) => [l, doc.lines[l].map((_, i) => i)])) as Record<Lang, number[]> };
}
/**
 * A document's comparable view, drawn from its own generator: sharing the injections' generator made
 * the view depend on how many draws the injections took, so any new anchor reshuffled the view.
 */
export function comparableView(doc: NtrexDocument, seed: number, draw = 0): View {
  const random = seededRandom(seed * 1000 + comparableSeedOffset + 100 * draw + doc.number);
  const order = {} as Record<Lang, number[]>;
  for (const lang of ntrexLangs) {
    const n = doc.lines[lang].length;
    const keep = Math.max(1, Math.round(n * comparableKeepShare));
    const indices = doc.lines[lang].map((_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    const kept = indices.slice(0, keep).sort((x, y) => x - y);
    const blocks: number[][] = [];
    for (let i = 0; i < kept.length; ) {
      const size = 1 + Math.floor(random() * comparableMaxBlock);
      blocks.push(kept.slice(i, i + size));
      i += size;
    }
    for (let i = blocks.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
    }
    order[lang] = blocks.flat();
  }
  return { order };
}

function runView(doc: NtrexDocument, view: View, langs: readonly Lang[], mode: 'parallel' | 'comparable', changed?: Injection) {
  return check(
    langs.map((lang) => ({
      lang,
      sentences: view.order[lang].map((line) => (changed && changed.lang === lang && changed.line === line ? changed.after : doc.lines[lang][line]!)),
    })),
    { mode },
  );
}

/**
 * The referee's entry for an alarm, if the English settles it as a genuine disagreement of the
 * translations: same document and rule, and the same evidence texts; with `partOfIt`, also an alarm
 * between some of the versions (a pair, the versions a comparable run keeps) whose evidence is among
 * the entry's and includes the departing version. Each half has its own list: the held-out one is kept
 * by a referee who does no development.
 */
export function adjudicationOf(document: number, rule: string, texts: readonly string[], partOfIt: boolean): Adjudication | undefined {
  const referee = document <= lastDevDocument ? adjudicated : adjudicatedHeldOut;
  const sameEvidence = (a: Adjudication) => a.values.every((v) => texts.includes(v)) && texts.every((t) => a.values.includes(t));
  const part = (a: Adjudication) => texts.length >= 2 && texts.every((t) => a.values.includes(t)) && texts.includes(a.departs);
  return referee.find((a) => a.document === document && a.rule === rule && (sameEvidence(a) || (partOfIt && part(a))));
}

function listAlarms(result: ReturnType<typeof check>, doc: NtrexDocument, view: View, langs: readonly Lang[], setting: Setting): FalseAlarm[] {
  return result.findings.filter(isAlarm).map((f) => {
    const evidence = f.evidence.map((e) => {
      const lang = langs[e.document]!;
      const line = view.order[lang][e.sentence]!;
      return { lang, text: e.text, sentence: doc.lines[lang][line]!, line };
    });
    const lines = [...new Set(evidence.map((e) => e.line))].sort((x, y) => x - y);
    const verdict = adjudicationOf(doc.number, f.rule, evidence.map((e) => e.text), setting !== 'five-way');
    return {
      setting, document: doc.number, rule: f.rule, severity: f.severity, message: f.message, evidence,
      en: lines.map((l) => `${l + 1}: ${doc.en[l]}`),
      verdict: verdict ? 'translation' : 'ours',
      ...(verdict ? { note: verdict.note } : {}),
    } as FalseAlarm;
  });
}

export interface NtrexRun {
  results: Record<Half, Record<Setting, SettingResult>>;
  pairs: Record<Half, Map<string, Tally>>;
  misses: Miss[];
  injections: number;
  seconds: number;
}

export function runNtrex(options: { seed: number; halves: readonly Half[]; settings: readonly Setting[]; documents?: readonly number[] }): NtrexRun {
  const started = performance.now();
  const documents = loadNtrex().filter((d) => options.halves.includes(d.half) && (options.documents === undefined || options.documents.includes(d.number)));
  const results = {
    dev: { 'five-way': newSettingResult(), pairwise: newSettingResult(), comparable: newSettingResult() },
    'held-out': { 'five-way': newSettingResult(), pairwise: newSettingResult(), comparable: newSettingResult() },
  } as Record<Half, Record<Setting, SettingResult>>;
  const pairs = { dev: new Map<string, Tally>(), 'held-out': new Map<string, Tally>() };
  const misses: Miss[] = [];
  let injections = 0;
  for (const doc of documents) {
    // One generator per document, so a document's draw does not depend on which others run.
    const random = seededRandom(options.seed * 1000 + doc.number);
    const drawn = drawInjections(doc, random);
    const comparableViews = Array.from({ length: comparableViewsPerDocument }, (_, draw) => comparableView(doc, options.seed, draw));
    const parallel = parallelView(doc);
    const lineCount = doc.en.length;
    const describe = (f: Finding, langs: readonly Lang[], view: View) =>
      `${f.severity} ${f.rule}: ${f.message} [${f.evidence.map((e) => `${langs[e.document]}#${view.order[langs[e.document]!][e.sentence]! + 1} ${e.text}`).join(' / ')}]`;

    for (const setting of options.settings) {
      const result = results[doc.half][setting];
      if (setting === 'pairwise') {
        for (let a = 0; a < ntrexLangs.length; a++) {
          for (let b = a + 1; b < ntrexLangs.length; b++) {
            const langs = [ntrexLangs[a]!, ntrexLangs[b]!];
            const clean = runView(doc, parallel, langs, 'parallel');
            result.untouched += lineCount;
            result.falseAlarms.push(...listAlarms(clean, doc, parallel, langs, setting));
            const cleanIds = new Set(clean.findings.map((f) => f.id));
            for (const injection of drawn) {
              if (!langs.includes(injection.lang)) continue;
              const partner = langs.find((l) => l !== injection.lang)!;
              if (!injection.statedBy.includes(partner)) continue;
              injections++;
              const run = runView(doc, parallel, langs, 'parallel', injection);
              const changedDoc = langs.indexOf(injection.lang);
              const fresh = run.findings.filter((f) => isAlarm(f) && !cleanIds.has(f.id));
              const hits = (f: Finding) => f.evidence.some((e) => e.document === changedDoc && e.sentence === injection.line);
              const correct = fresh.filter(hits).length;
              record(result, { kind: injection.kind, lang: injection.lang }, correct > 0, false, correct, fresh.length - correct);
              const pairKey = `${langs[0]}–${langs[1]}`;
              const t = getOr(pairs[doc.half], pairKey);
              t.injected++;
              if (correct > 0) t.detected++;
              t.correct += correct;
              t.wrong += fresh.length - correct;
              if (doc.half === 'dev' && (correct === 0 || correct < fresh.length)) {
                misses.push({ setting, injection, partner, findings: fresh.map((f) => `${hits(f) ? '' : 'WRONG '}${describe(f, langs, parallel)}`), kind: correct === 0 ? 'miss' : 'wrong' });
              }
            }
          }
        }
        continue;
      }
      const views = setting === 'five-way' ? [parallel] : comparableViews;
      const mode = setting === 'five-way' ? 'parallel' : 'comparable';
      for (const view of views) {
        const clean = runView(doc, view, ntrexLangs, mode);
        // Untouched sentences: lines of the document (five-way), lines at least two versions keep (comparable).
        result.untouched += setting === 'five-way' ? lineCount : doc.en.filter((_, line) => ntrexLangs.filter((l) => view.order[l].includes(line)).length >= 2).length;
        result.falseAlarms.push(...listAlarms(clean, doc, view, ntrexLangs, setting));
        const cleanIds = new Set(clean.findings.map((f) => f.id));
        for (const injection of drawn) {
          const witnesses = injection.statedBy.filter((l) => view.order[l].includes(injection.line));
          if (setting === 'five-way' && witnesses.length < fiveWayMinWitnesses) continue;
          if (setting === 'comparable' && (witnesses.length < comparableMinWitnesses || !view.order[injection.lang].includes(injection.line))) continue;
          injections++;
          const run = runView(doc, view, ntrexLangs, mode, injection);
          const changedDoc = ntrexLangs.indexOf(injection.lang);
          const changedSentence = view.order[injection.lang].indexOf(injection.line);
          const fresh = run.findings.filter((f) => isAlarm(f) && !cleanIds.has(f.id));
          const hits = (f: Finding) => f.evidence.some((e) => e.document === changedDoc && e.sentence === changedSentence);
          const correct = fresh.filter(hits);
          const blamed = correct.length > 0 && correct[0]!.evidence[0]!.document === changedDoc && correct[0]!.evidence[0]!.sentence === changedSentence;
          record(result, { kind: injection.kind, lang: injection.lang }, correct.length > 0, blamed, correct.length, fresh.length - correct.length);
          if (doc.half === 'dev' && (correct.length === 0 || correct.length < fresh.length || !blamed)) {
            misses.push({ setting, injection, findings: fresh.map((f) => `${hits(f) ? '' : 'WRONG '}${describe(f, ntrexLangs, view)}`), kind: correct.length === 0 ? 'miss' : !blamed ? 'blame' : 'wrong' });
          }
        }
      }
    }
  }
  return { results, pairs, misses, injections, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------
// Tables

export const ratio = (x: number, y: number) => (y === 0 ? '–' : (x / y).toFixed(2));

export function rowOf(name: string, t: Tally, withBlame: boolean): Array<string | number> {
  return [name, t.injected, ratio(t.detected, t.injected), ratio(t.correct, t.correct + t.wrong), ...(withBlame ? [ratio(t.blamed, t.detected)] : [])];
}

export const per100 = (count: number, sentences: number) => (sentences === 0 ? '–' : ((100 * count) / sentences).toFixed(2));

/** All alarms per 100 sentences, then without the adjudicated genuine ones: "7.44 (38 alarms; 4 genuine) → net 6.65". */
export function rawToNet(alarms: number, genuine: number, sentences: number): string {
  return `${per100(alarms, sentences)} (${alarms} alarms; ${genuine} genuine) → net ${per100(alarms - genuine, sentences)}`;
}

export function countedAlarms(r: SettingResult): number {
  return r.falseAlarms.filter((a) => a.verdict === 'ours').length;
}

export function summaryTable(run: NtrexRun, halves: readonly Half[], settings: readonly Setting[]): string {
  const rows: Array<Array<string | number>> = [];
  for (const setting of settings) {
    for (const half of halves) {
      const r = run.results[half][setting];
      const ours = countedAlarms(r);
      const translation = r.falseAlarms.length - ours;
      rows.push([
        setting, half === 'dev' ? 'dev (1–31)' : 'held-out (32–62)', r.total.injected, ratio(r.total.detected, r.total.injected), ratio(r.total.correct, r.total.correct + r.total.wrong),
        setting === 'pairwise' ? '–' : ratio(r.total.blamed, r.total.detected), r.untouched, ours, per100(ours, r.untouched), translation, rawToNet(r.falseAlarms.length, translation, r.untouched),
      ]);
    }
  }
  return markdownTable(
    ['setting', 'half', 'injections', 'recall', 'precision', 'blame', 'untouched sentences', 'false alarms', 'per 100', 'translation disagreements (not counted)', 'per 100: raw → net'],
    rows,
  );
}

export function detailTables(run: NtrexRun, half: Half, settings: readonly Setting[]): string {
  const out: string[] = [];
  for (const setting of settings) {
    const r = run.results[half][setting];
    const withBlame = setting !== 'pairwise';
    const header = ['', 'injections', 'recall', 'precision', ...(withBlame ? ['blame'] : [])];
    out.push(`**${setting}, ${half}**, by kind and by changed language:`, '');
    out.push(markdownTable(['kind', ...header.slice(1)], [...kinds.filter((k) => r.byKind.has(k)).map((k) => rowOf(k, r.byKind.get(k)!, withBlame)), rowOf('**all**', r.total, withBlame)]));
    out.push('');
    out.push(markdownTable(['language', ...header.slice(1)], ntrexLangs.filter((l) => r.byLang.has(l)).map((l) => rowOf(l, r.byLang.get(l)!, withBlame))));
    out.push('');
    if (setting === 'pairwise') {
      out.push(markdownTable(['pair', 'injections', 'recall', 'precision'], [...run.pairs[half]].sort(([a], [b]) => a.localeCompare(b)).map(([pair, t]) => rowOf(pair, t, false))));
      out.push('');
    }
    const byRule = new Map<string, number>();
    for (const a of r.falseAlarms) if (a.verdict === 'ours') byRule.set(ruleShape(a), (byRule.get(ruleShape(a)) ?? 0) + 1);
    out.push(`False alarms by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}.`, '');
  }
  return out.join('\n');
}

/**
 * A false alarm's rule, and for name-variant which of its shapes (see docs/rules/name-variant.md): one
 * name spelt two ways in one article, an office given to two names, or a name swapped in a linked
 * sentence (read in the link itself or across the neighbouring links).
 */
function ruleShape(alarm: FalseAlarm): string {
  if (alarm.rule !== 'name-variant') return alarm.rule;
  if (alarm.message.includes(' spells one name two ways')) return 'name-variant (spelling)';
  if (!/ translations? names? /u.test(alarm.message)) return 'name-variant (office)';
  return alarm.message.endsWith(' in the linked sentence.') ? 'name-variant (swap)' : 'name-variant (swap across links)';
}

export function falseAlarmList(run: NtrexRun, half: Half, settings: readonly Setting[]): string {
  const out: string[] = [];
  for (const setting of settings) {
    const alarms = run.results[half][setting].falseAlarms;
    out.push(`## ${setting} (${alarms.length} alarms on untouched documents)`, '');
    for (const a of alarms) {
      out.push(`### doc ${a.document} · ${a.rule} (${a.severity}) · ${a.verdict === 'translation' ? 'translation disagreement (confirmed against en)' : 'ours'}`, '');
      out.push(`${a.message}`, '');
      if (a.note) out.push(`Why it is genuine: ${a.note}`, '');
      for (const e of a.evidence) out.push(`- ${e.lang} line ${e.line + 1}, \`${e.text}\`: ${e.sentence}`);
      for (const en of a.en) out.push(`- en line ${en}`);
      out.push('');
    }
  }
  return out.join('\n');
}

export function missList(run: NtrexRun): string {
  const out: string[] = [];
  for (const m of run.misses) {
    out.push(`### ${m.kind} · ${m.setting}${m.partner ? ` (against ${m.partner})` : ''} · doc ${m.injection.document} ${m.injection.kind} in ${m.injection.lang} line ${m.injection.line + 1}`, '');
    out.push(`- before: ${m.injection.before}`, `- after: ${m.injection.after}`);
    for (const f of m.findings) out.push(`- finding: ${f}`);
    out.push('');
  }
  return out.join('\n');
}
