// The token cursor every reader works over: the tokens of one sentence with their folded forms, which
// tokens an anchor has claimed, the anchors found so far, and the small moves all readers share
// (the next word, a span, a look-up in the language's tables, making and claiming an anchor).
import type { Anchor, CountryAnchor, DateAnchor, NumberAnchor, NumberRelation, OrdinalAnchor } from '../../types.js';
import { countLineWord, documentCase, type DocumentCase, isTitleCaseLine, type LineCase } from '../document-case.js';
import type { Gazetteer } from '../gazetteer.js';
import type { KeyIndex } from '../key-index.js';
import type { LanguageTables } from '../language.js';
import { foldWord, isCapitalised } from '../text.js';
import { isApostrophe, tokenize, type Token } from '../tokenize.js';
import type { ReadNumber } from './digits.js';
import type { ReadersByKind } from './reader.js';

/** What the caller knows beyond the sentence: the gazetteer, the other versions' names, the document's case evidence. */
export interface CursorContext {
  tables: LanguageTables;
  gazetteer: Gazetteer;
  /** Names (or keys) seen in the other versions, as given, and indexed by key. */
  knownNames: readonly string[] | undefined;
  knownIndex: KeyIndex<string> | undefined;
  /** Whether country adjectives and demonyms count as country anchors. */
  demonyms: boolean;
  /** Folded words the document writes in lowercase. */
  lowercaseWords: ReadonlySet<string> | undefined;
  /** The document's case evidence; undefined lets a sentence be its own. */
  documentCase?: DocumentCase | undefined;
}

/** The parts of a date anchor; at least one of day, month and year. */
export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
  endDay?: number;
}

/** What a number anchor says beyond its span. */
export interface NumberParts {
  value: number;
  relation: NumberRelation;
  upper?: number;
  percent?: boolean;
  spelledOut?: boolean;
  /** The anchor's value when it is no plain number (`1950-2025`). */
  valueText?: string;
  label?: boolean;
}

/**
 * Walks over lists (`6. und 7. Juli`, `Mai und Juni 1956`) that must stay linear: where a failed walk
 * stopped, so no token before it starts another walk, and the year every month of a list found has.
 */
export interface ListWalks {
  noDayListBefore: number;
  noMonthListBefore: number;
  monthListYears: Map<number, number> | undefined;
}

export class TokenCursor {
  readonly text: string;
  /** Offset of the sentence in its document. */
  readonly base: number;
  readonly tables: LanguageTables;
  readonly context: CursorContext;
  readonly tokens: Token[];
  readonly folded: string[];
  /** Index of the first token after the whitespace-free chunk each token belongs to. */
  readonly chunkEnd: Int32Array;
  readonly claimed: Uint8Array;
  readonly anchors: Anchor[] = [];
  readonly listWalks: ListWalks = { noDayListBefore: 0, noMonthListBefore: 0, monthListYears: undefined };
  /** The last number read (readNumber in digits.ts): several digit readers ask for the same token in turn. */
  lastNumber: { at: number; value: ReadNumber | undefined } = { at: -1, value: undefined };
  readonly #readers: ReadersByKind;
  #caseEvidence: DocumentCase | undefined;
  #titleCase: boolean | undefined;

  constructor(text: string, base: number, context: CursorContext, readers: ReadersByKind) {
    this.#readers = readers;
    this.text = text;
    this.base = base;
    this.context = context;
    this.tables = context.tables;
    this.tokens = tokenize(text, this.tables.elidedWords);
    this.folded = this.tokens.map((token) => (token.kind === 'word' ? (this.#elidedFullForm(token) ?? foldWord(token.text)) : token.text));
    this.claimed = new Uint8Array(this.tokens.length);
    this.chunkEnd = new Int32Array(this.tokens.length);
    let end = this.tokens.length;
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      if (this.tokens[i]!.kind === 'space') end = i;
      this.chunkEnd[i] = this.tokens[i]!.kind === 'space' ? i + 1 : end;
    }
  }

  /** The document's case evidence: the caller's, else built from this text, once for all readers. */
  caseEvidence(): DocumentCase {
    return (this.#caseEvidence ??= this.context.documentCase ?? documentCase(this.text));
  }

  /** Whether this text is a title-case headline of a language that writes them (see `isTitleCaseLine`), read once. */
  inTitleCase(): boolean {
    return (this.#titleCase ??= this.tables.titleCaseHeadlines === true && this.#isTitleCaseLine());
  }

  /** Whether this text's words after the first make a title-case line (see `isTitleCaseLine`). */
  #isTitleCaseLine(): boolean {
    const line: LineCase = { long: 0, capitalised: [] };
    let first = true;
    this.tokens.forEach((token, i) => {
      if (token.kind !== 'word') return;
      if (!first) countLineWord(line, this.folded[i]!, isCapitalised(token.text));
      first = false;
    });
    return isTitleCaseLine(line, this.caseEvidence().lowercase);
  }

  /**
   * Reads at token `i` with the first of the cursor's readers for its kind that reads something: the
   * index of the token after what was read, or `i + 1`. Readers call it too (a list of days reads its
   * last date as any date is read).
   */
  readAt(i: number): number {
    const kind = this.tokens[i]!.kind;
    const readers = kind === 'digits' ? this.#readers.digits : kind === 'word' ? this.#readers.word : undefined;
    if (readers !== undefined) {
      for (const reader of readers) {
        const next = reader.read(this, i);
        if (next !== undefined) return next;
      }
    }
    return i + 1;
  }

  /** The full form of an elided word token (`d’` → `de`), which the tokenizer ends at its apostrophe. */
  #elidedFullForm(token: Token): string | undefined {
    if (this.tables.elidedWords.size === 0 || token.text.length < 2 || !isApostrophe(token.text.charCodeAt(token.text.length - 1))) return undefined;
    return this.tables.elidedWords.get(token.text.slice(0, -1).toLowerCase());
  }

  claim(from: number, to: number): void {
    this.claimed.fill(1, from, to);
  }

  /** Index of the next non-space token after `i` if at most one space token (no line break) lies between, else -1. */
  nextWord(i: number): number {
    const tokens = this.tokens;
    let j = i + 1;
    if (j < tokens.length && tokens[j]!.kind === 'space') {
      if (tokens[j]!.text.includes('\n')) return -1;
      j += 1;
    }
    return j < tokens.length && tokens[j]!.kind !== 'space' ? j : -1;
  }

  /** Index of the previous non-space token before `i` if at most one space token lies between, else -1. */
  previousToken(i: number): number {
    let j = i - 1;
    if (j >= 0 && this.tokens[j]!.kind === 'space') j -= 1;
    return j >= 0 && this.tokens[j]!.kind !== 'space' ? j : -1;
  }

  /** Whether token `i` is a word. */
  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  /** Looks token `i` up in one of the language's tables, also in the forms it has without glued clitics. */
  lookupWord<V>(table: Map<string, V>, i: number): V | undefined {
    return this.tables.lookup(table, this.folded[i]!);
  }

  /** The document span and text of tokens [from, to). */
  span(from: number, to: number): { start: number; end: number; text: string } {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    return { start: this.base + start, end: this.base + end, text: this.text.slice(start, end) };
  }

  /** Claims the rest of the chunk (identifier-like digits) without an anchor; returns the token after it. */
  skipChunk(i: number): number {
    const end = this.chunkEnd[i]!;
    this.claim(i, end);
    return end;
  }

  /** Adds an anchor over tokens [from, to) and claims them: the one way every reader records what it read. */
  emit(anchor: Anchor, from: number, to: number): void {
    this.anchors.push(anchor);
    this.claim(from, to);
  }

  emitNumber(from: number, to: number, n: NumberParts): void {
    const anchor: NumberAnchor = {
      type: 'number',
      ...this.span(from, to),
      value: n.valueText ?? numberValue(n.value, n.percent === true),
      numeric: n.value,
      relation: n.relation,
    };
    if (n.upper !== undefined) anchor.upper = n.upper;
    if (n.percent) anchor.percent = true;
    if (n.spelledOut) anchor.spelledOut = true;
    if (n.label) anchor.label = true;
    this.emit(anchor, from, to);
  }

  emitOrdinal(from: number, to: number, value: number, spelled = false): void {
    const anchor: OrdinalAnchor = { type: 'ordinal', ...this.span(from, to), value: `${value}.`, numeric: value };
    if (spelled) (anchor as OrdinalAnchor & { spelledOut?: boolean }).spelledOut = true;
    this.emit(anchor, from, to);
  }

  emitDate(from: number, to: number, d: DateParts): void {
    const anchor: DateAnchor = { type: 'date', ...this.span(from, to), value: dateValue(d) };
    if (d.year !== undefined) anchor.year = d.year;
    if (d.month !== undefined) anchor.month = d.month;
    if (d.day !== undefined) anchor.day = d.day;
    if (d.endDay !== undefined) anchor.endDay = d.endDay;
    this.emit(anchor, from, to);
  }

  /** A country anchor over tokens [from, to); returns `to`. */
  emitCountry(from: number, to: number, code: string, adjective = false): number {
    const anchor: CountryAnchor = { type: 'country', ...this.span(from, to), value: code };
    if (adjective) anchor.adjective = true;
    this.emit(anchor, from, to);
    return to;
  }
}

/** ISO-like value of a date: `2025-02-20`, `2025-02`, `--02-20`, `--02`, `2025`, with `/21` for a day range. */
function dateValue(d: DateParts): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let value: string;
  if (d.year !== undefined && d.month !== undefined && d.day !== undefined) value = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  else if (d.year !== undefined && d.month !== undefined) value = `${d.year}-${pad(d.month)}`;
  else if (d.month !== undefined && d.day !== undefined) value = `--${pad(d.month)}-${pad(d.day)}`;
  else if (d.month !== undefined) value = `--${pad(d.month)}`;
  else value = String(d.year);
  if (d.endDay !== undefined) value += `/${pad(d.endDay)}`;
  return value;
}

/** A number anchor's `value`: its canonical decimal text, `%` after a percentage (`1435`, `12.5%`). */
export function numberValue(value: number, percent: boolean): string {
  return `${formatNumber(value)}${percent ? '%' : ''}`;
}

/** Canonical decimal text of a number: `1435`, `1.5`, no exponent for large integers. */
function formatNumber(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  return String(Number(value.toPrecision(15)));
}
