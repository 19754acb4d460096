// Country names whose parts a text separates otherwise than the table does: spaces, hyphens and dashes
// are one thing between the parts of a name (`Папуа — Новая Гвинея`, `Папуа Нова Гвінея` for
// `Папуа-Нова Гвінея`, `Papoea Nieuw-Guinea`, `Ekvatorial-Guinea` for `Ekvatorialguinea`), and each part
// may be inflected (`Гвинее-Бисау`). The longest name wins over a shorter one inside it (`Guinea`).
import { inflectionEndings, lookupFolded, namesOf, namesOfAllLanguages, sameWordUpToEnding } from './countries.js';
import { languageTables } from './language.js';
import { memoize } from './memo.js';

/** What may stand between two parts of a country name in the tables. */
const partSeparators = /[\s\-‐‑–—]+/u;
/** Letters of a part that index it: a part's inflection leaves its first letters alone. */
const startKeyLength = 3;

/** One country name split at its separators, with its parts written together (`ekvatorialguinea`). */
interface PartedName {
  parts: readonly string[];
  compact: string;
  code: string;
  /** Whether the name is the language's own, whose endings it may take; another table's name is read as written. */
  own: boolean;
}

const startKey = (part: string): string => part.slice(0, startKeyLength);

/** Any one separator, to leave a name without one unsplit. */
const partSeparator = /[\s\-‐‑–—]/u;

/** A name's parts (the name alone when nothing separates it, with no split to make). */
function splitName(name: string): string[] {
  if (!partSeparator.test(name)) return name === '' ? [] : [name];
  return name.split(partSeparators).filter((p) => p !== '');
}

/** The names of two or more parts of all tables, split once for every language (with their key in `seen` below). */
let allPartedNames: Array<{ parts: string[]; code: string; key: string }> | undefined;

function partedNamesOfAllLanguages(): Array<{ parts: string[]; code: string; key: string }> {
  if (allPartedNames) return allPartedNames;
  allPartedNames = [];
  for (const [name, code] of namesOfAllLanguages()) {
    const parts = splitName(name);
    if (parts.length >= 2) allPartedNames.push({ parts, code, key: `${parts.join(' ')}|${code}` });
  }
  return allPartedNames;
}

/** The names of a language (every one) and of all tables (multi-part ones), by the start of their first and of their last part. */
const partedNamesOf = memoize((lang: string): { byFirst: Map<string, PartedName[]>; byLast: Map<string, PartedName[]> } => {
  const byFirst = new Map<string, PartedName[]>();
  const byLast = new Map<string, PartedName[]>();
  const seen = new Set<string>();
  const file = (index: Map<string, PartedName[]>, key: string, entry: PartedName) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  const add = (parts: string[], code: string, own: boolean, key: string) => {
    if (parts.length === 0 || seen.has(key)) return;
    seen.add(key);
    const entry = { parts, compact: parts.join(''), code, own };
    file(byFirst, startKey(parts[0]!), entry);
    if (parts.length > 1) file(byLast, startKey(parts[parts.length - 1]!), entry);
  };
  for (const [name, code] of namesOf(lang)) {
    const parts = splitName(name);
    add(parts, code, true, `${parts.join(' ')}|${code}`);
  }
  for (const { parts, code, key } of partedNamesOfAllLanguages()) add(parts, code, false, key);
  return { byFirst, byLast };
});

/** Whether a written part is a name's part: as written, or (the language's own names, where it declines them) with another ending. */
function samePart(written: string, part: string, lang: string, own = true): boolean {
  if (written === part) return true;
  if (!own) return false;
  const tables = languageTables(lang);
  return !tables.arabicScript && tables.nameEndings.length > 0 && sameWordUpToEnding(written, part, inflectionEndings(lang));
}

const partsMemos = memoize((lang: string) => memoize((joined: string) => computePartsCountry(joined.split(' '), lang) ?? null));

/**
 * The country named by the folded words `parts` (two or more), whatever separates them in the table:
 * `['папуа', 'новую', 'гвинею']` → PG, `['ekvatorial', 'guinea']` → GQ. Memoised per language.
 */
export function partsCountry(parts: readonly string[], lang: string): string | undefined {
  return parts.length < 2 ? undefined : (partsMemos(lang)(parts.join(' ')) ?? undefined);
}

function computePartsCountry(parts: readonly string[], lang: string): string | undefined {
  for (const joiner of [' ', '-']) {
    const code = lookupFolded(parts.join(joiner), lang);
    if (code) return code;
  }
  const last = parts[parts.length - 1]!;
  const before = parts.slice(0, -1).join('');
  for (const name of partedNamesOf(lang).byFirst.get(startKey(parts[0]!)) ?? []) {
    const found = name.parts.length === parts.length ? name.parts.every((p, i) => samePart(parts[i]!, p, lang, name.own)) : writtenApart(before, last, name, lang);
    if (found) return name.code;
  }
  return undefined;
}

/** Fewest letters of the last part of a name written apart where the table writes it together. */
const minApartLetters = 3;

/** Whether a name the table writes together is the parts `before` + `last` (`ekvatorial` + `guinea`), the last inflected. */
function writtenApart(before: string, last: string, name: PartedName, lang: string): boolean {
  const { compact } = name;
  return compact.startsWith(before) && compact.length - before.length >= minApartLetters && samePart(last, compact.slice(before.length), lang, name.own);
}

/** Whether a folded word may start a country name of two or more parts (a cheap test before {@link partsCountry}). */
export function mayStartPartedName(folded: string, lang: string): boolean {
  return partedNamesOf(lang).byFirst.has(startKey(folded));
}

/**
 * Whether the folded words `tail` (two or more, the last a country's name) are the last parts of a longer
 * country name whose first part is missing (`Нова Гвінея` of `Папуа-Нова Гвінея`, `New Guinea`): the
 * shorter name inside them (`Гвінея`) is then no country.
 */
export function endsLongerName(tail: readonly string[], lang: string): boolean {
  if (tail.length < 2) return false;
  const last = tail[tail.length - 1]!;
  for (const name of partedNamesOf(lang).byLast.get(startKey(last)) ?? []) {
    if (name.parts.length <= tail.length) continue;
    const offset = name.parts.length - tail.length;
    if (tail.every((w, i) => samePart(w, name.parts[offset + i]!, lang, name.own))) return true;
  }
  return false;
}
