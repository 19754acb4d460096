// One value written two ways: a measure converted by the translator (550 pounds / 249 kg, 20 feet / 6 m,
// 80 degrees / 27 °C), a clock time in 12 or 24 hours (3 p.m. / 15 uur), a century as an ordinal or as
// its years. Count rules ask here before calling two figures a disagreement.
import { getProfile } from '../lang/index.js';
import { findLanguage, holdsWords } from '../lang/registry.js';
import { withoutArabicMarks } from '../lang/scripts/arabic.js';
import { clockSymbols, quotedUnitLanguage, squareUnits, type UnitDefinition, unitSymbols, units } from '../lang/units.js';
import type { CheckVocabulary, UnitName } from '../lang/profile.js';
import type { NumberAnchor, OrdinalAnchor } from '../types.js';
import type { RuleContext } from './types.js';
import { dualNounsOf } from './duals.js';
import { isClockTime } from './deps.js';
import { wordAfter } from './text.js';
import { figureAcrossRangeWord } from './word-ranges.js';

type Count = NumberAnchor | OrdinalAnchor;

/** How far apart two converted figures may be (translators round: 550 lb = 249.5 kg, "about 30 °C" for 80 °F). */
const conversionTolerance = 0.12;
/**
 * How near a round figure in the other unit system two rounded conversions of it must both lie: a
 * translator writes 12 mph (19.3 km/h) as 20 km/h, 3.5% off; never more than half the written figure's
 * own rounding step (a changed 21 km/h is no rounding of 19.3).
 */
const roundTolerance = 0.05;
/**
 * How far from the exact conversion a figure of one significant digit may lie (200 miles = 321.9 km
 * written "300 km", 6.8% off); a round "50 m" is still no rounding of 56.7 m (12%).
 */
const coarseRoundTolerance = 0.08;
/**
 * The smallest rounding step read as coarse: small figures (30 m) sit among many imperial figures whose
 * conversions one digit can round to, so they keep {@link roundTolerance}.
 */
const minCoarseStep = 100;
/**
 * How far apart two hedged figures of one measure may be ("ongeveer 30 meter" / "приблизно 27 метрів" for
 * about 30 yards; "autour de 26 degrés" / "rond de 30°C" for the 80s °F): a translator who hedges a
 * converted figure rounds it loosely.
 */
const hedgedTolerance = 0.15;
/** The largest factor between two units a translator converts between (grams and pounds: 454); figures further apart are no conversion. */
export const largestConversionFactor = 1000;
/** Figures below it are single digits, where one unit is a tenth of the figure or more. */
const singleDigitLimit = 10;
/** Words after a number looked at for a clock word (`3 p.m.`, `pukul 3 sore`). */
const clockReach = 2;

interface Matcher {
  exact: Map<string, string>;
  stems: Array<[string, string]>;
  suffixes: Array<[string, string]>;
}

const matchers = new Map<string, Matcher>();

/** Unit, clock and century words of one language (its own and English, whose words news quotes), with the symbols all share. */
function matcher(kind: 'unit' | 'clock' | 'century' | 'square-before' | 'square-after', lang: string): Matcher {
  const key = `${kind}\u0000${lang}`;
  let found = matchers.get(key);
  if (found !== undefined) return found;
  found = { exact: new Map(), stems: [], suffixes: [] };
  const vocabularies = [...new Set([findLanguage(lang)?.check, findLanguage(quotedUnitLanguage)?.check])].filter((v): v is CheckVocabulary => v !== undefined);
  const add = (form: string, value: string) => {
    if (form.startsWith('*')) found!.suffixes.push([form.slice(1), value]);
    else if (form.endsWith('*')) found!.stems.push([form.slice(0, -1), value]);
    else found!.exact.set(form, value);
  };
  if (kind === 'unit') {
    for (const source of [unitSymbols, ...vocabularies.map((v) => v.unitWords ?? {})]) {
      for (const [unit, forms] of Object.entries(source)) for (const form of forms ?? []) add(form, unit);
    }
  } else if (kind === 'square-before' || kind === 'square-after') {
    for (const v of vocabularies) for (const form of (kind === 'square-before' ? v.squareWords?.before : v.squareWords?.after) ?? []) add(form, kind);
  } else {
    const forms = kind === 'clock' ? [...clockSymbols, ...vocabularies.flatMap((v) => v.clockWords ?? [])] : vocabularies.flatMap((v) => v.centuryWords ?? []);
    for (const form of forms) add(form, kind);
  }
  matchers.set(key, found);
  return found;
}

function lookUp(m: Matcher, word: string): string | undefined {
  // Short vowels written or not (Arabic `ميلاً`, `ميلا`).
  const lower = withoutArabicMarks(word.toLowerCase());
  let bare = lower.length;
  while (bare > 0 && '.,;:'.includes(lower[bare - 1]!)) bare--;
  const exact = m.exact.get(lower) ?? m.exact.get(lower.slice(0, bare));
  if (exact !== undefined) return exact;
  for (const [stem, unit] of m.stems) if (lower.startsWith(stem)) return unit;
  return undefined;
}

/** The word (or unit token: `°C`, `km/h`) right after offset `end`, or the part after a hyphen (`249-кілограмовий`). */
function tokenAfter(text: string, end: number): string | undefined {
  let i = end;
  if (text[i] === '-' || text[i] === '‑') i++;
  else while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\u202f')) i++;
  const start = i;
  while (i < text.length && !/[\s,;:!?()"“”«»]/u.test(text[i]!)) i++;
  return i > start ? text.slice(start, i) : undefined;
}

function wordsAround(text: string, start: number, end: number, reach: number): string[] {
  const before = text.slice(Math.max(0, start - 40), start).split(/\s+/u).filter((w) => w !== '');
  const after = text.slice(end, end + 60).split(/\s+/u).filter((w) => w !== '');
  return [...before.slice(-reach), ...after.slice(0, reach + 1)];
}

/** A count in one sentence: the anchor, the sentence text and where the anchor starts in it. */
export interface PlacedCount {
  anchor: Count;
  text: string;
  /** Offset of the anchor in `text`. */
  start: number;
  lang: string;
  /**
   * The other figure of a range the sentence writes with a word (`5 tot 10 cm`, `2 إلى 4 بوصات`), which
   * the reader takes for two figures: the range's bounds are then this figure and that one.
   */
  rangeWith?: number;
}

/** A count with its sentence's text, for {@link sameValueWrittenDifferently} and {@link unitOf}. */
export function placed(context: RuleContext, document: number, item: { anchor: Count; sentence: number }): PlacedCount {
  const doc = context.documents[document]!;
  const s = doc.sentences[item.sentence]!;
  const count: PlacedCount = { anchor: item.anchor, text: s.text, start: item.anchor.start - s.start, lang: doc.lang };
  const rangeWith = figureAcrossRangeWord(count, context.anchors[document]?.[item.sentence] ?? [], s.start);
  return rangeWith === undefined ? count : { ...count, rangeWith };
}

/** The unit of measure written after a count (after the second figure of a range), if any. */
export function unitOf(count: PlacedCount): UnitDefinition | undefined {
  const units_ = matcher('unit', count.lang);
  // A dual names its unit in its own word (`قدمين`, "two feet").
  if (count.anchor.type === 'number' && count.anchor.spelledOut) {
    for (const noun of dualNounsOf(count.anchor.text, count.lang)) {
      const name = lookUp(units_, noun);
      if (name !== undefined) return units[name as UnitName];
    }
  }
  let at = count.start + count.anchor.text.length;
  // The first bound of a range ("5 tot 8 cm", "2 إلى 4 بوصات", "2,5–10 cm") takes the unit after the
  // second: step over the range word or dash and the number after it.
  for (let step = 0; step < 2; step++) {
    const dash = step === 0 ? rangeDashAt(count.text, at) : 0;
    if (dash > 0) {
      const number = numberAt(count.text, at + dash);
      if (number === 0) return undefined;
      at += dash + number;
      continue;
    }
    const token = tokenAfter(count.text, at);
    if (token === undefined) return undefined;
    const area = areaAt(count, at, token);
    if (area !== undefined) return units[area];
    const name = lookUp(units_, token);
    if (name === 'degree') {
      // "27 градусів Цельсія", "80 graden Fahrenheit": the scale word after the degree word says which.
      const scale = tokenAfter(count.text, count.text.indexOf(token, at) + token.length);
      const scaleName = scale === undefined ? undefined : lookUp(units_, scale);
      if (scaleName === 'celsius' || scaleName === 'fahrenheit') return units[scaleName];
    }
    if (name !== undefined) return units[name as UnitName];
    if (step > 0 || !isRangeWord(token, count.lang)) return undefined;
    const tokenEnd = count.text.indexOf(token, at) + token.length;
    let next = tokenEnd;
    while (next < count.text.length && /\s/u.test(count.text[next]!)) next++;
    const number = numberAt(count.text, next) || numberWordAt(count.text, next, count.lang);
    if (number === 0) return undefined;
    at = next + number;
  }
  return undefined;
}

/**
 * A unit of area written as a square word and a unit of length, in either order (`square feet`, `кв. м`,
 * `квадратних метрів`, `meter persegi`, `متر مربع`), where `token` is the word after the count at `at`.
 */
function areaAt(count: PlacedCount, at: number, token: string): UnitName | undefined {
  const lengthUnits = matcher('unit', count.lang);
  const tokenEnd = count.text.indexOf(token, at) + token.length;
  const next = tokenAfter(count.text, tokenEnd);
  if (next === undefined) return undefined;
  const [first, second] = lookUp(matcher('square-before', count.lang), token) !== undefined ? [next, undefined] : [token, next];
  const square = squareUnits[lookUp(lengthUnits, first) as UnitName];
  if (square === undefined) return undefined;
  return second === undefined || lookUp(matcher('square-after', count.lang), second) !== undefined ? square : undefined;
}

/** Length of a number word of `lang` starting at `at` (the second bound of `5 tot tien cm`), 0 if none. */
function numberWordAt(text: string, at: number, lang: string): number {
  const word = tokenAfter(text, at);
  if (word === undefined || text.indexOf(word, at) !== at) return 0;
  const numberWords = getProfile(lang).anchors.numberWords;
  return Object.hasOwn(numberWords, word.toLowerCase()) ? word.length : 0;
}

/** Length of the figure in digits (with decimal or group separators: `10,2`, `1.435`) starting at `at`, 0 if none. */
function numberAt(text: string, at: number): number {
  const match = /[0-9\u0660-\u0669]+(?:[.,٫][0-9\u0660-\u0669]+)*/uy;
  match.lastIndex = at;
  return match.exec(text)?.[0].length ?? 0;
}

/** Length of a dash joining two figures of a range (`2,5–10`, `5 - 8`), 0 if none stands at `at`. */
function rangeDashAt(text: string, at: number): number {
  const match = /[ \u00a0]?[-–—‑][ \u00a0]?(?=[0-9\u0660-\u0669])/uy;
  match.lastIndex = at;
  return match.exec(text)?.[0].length ?? 0;
}

/**
 * Whether a word between two figures makes the first take the unit after the second: a range word
 * (`5 tot 8 cm`), or a coordinator (`entre 5 et 10 cm`, `5 and 10 cm`: both figures in that unit).
 */
function isRangeWord(word: string, lang: string): boolean {
  const lower = word.toLowerCase();
  const anchors = getProfile(lang).anchors;
  return lower === '-' || lower === '–' || (anchors.rangeWords ?? []).includes(lower) || (anchors.coordinators ?? []).includes(lower);
}

const near = (x: number, y: number, tolerance: number) => Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
/** Degrees Celsius in one degree Fahrenheit. */
const celsiusPerFahrenheit = 5 / 9;
const fahrenheitToCelsius = (f: number) => (f - 32) * celsiusPerFahrenheit;

/** Whether two figures have as many digits before the point and the same first digit (100 and 106). */
function sameFirstDigitAndSize(p: number, q: number): boolean {
  if (p <= 0 || q <= 0) return false;
  const [sizeP, sizeQ] = [Math.floor(Math.log10(p)), Math.floor(Math.log10(q))];
  return sizeP === sizeQ && Math.floor(p / 10 ** sizeP) === Math.floor(q / 10 ** sizeQ);
}

/** Whether a figure is given as an approximation ("about 30", "rond de 30"). */
function isHedged(anchor: Count): boolean {
  return anchor.type === 'number' && anchor.relation === 'approximately';
}

/**
 * Whether a figure written without a unit ("widespread 80s") is the other figure's temperature in
 * degrees Fahrenheit ("27 градусів Цельсія", "27 ºC"): weather news leaves the °F unsaid, translators
 * convert it.
 */
export function fahrenheitLeftUnsaid(bare: PlacedCount, measured: PlacedCount): boolean {
  const unit = unitOf(measured);
  if (unitOf(bare) !== undefined || unit?.dimension !== 'temperature' || unit.scale === 'f') return false;
  return boundsAgree(bare, measured, (p, q) => p > freezingFahrenheit && near(fahrenheitToCelsius(p), q, conversionTolerance));
}

/** Water freezes at 32 °F: a bare figure at or below it is no temperature a translator converted. */
const freezingFahrenheit = 32;

function bounds(anchor: Count): number[] {
  return anchor.type === 'number' && anchor.upper !== undefined ? [anchor.numeric, anchor.upper] : [anchor.numeric];
}

/**
 * Whether each bound of `x` relates to the same bound of `y` by `same`. A figure against a range is one
 * of its bounds, the other bound read as a separate number ("5 tot 8 cm" / "5–7,5 cm"); where a range
 * word joins that figure to the other one, both bounds must agree ("5 tot 10 cm" is no "1–10,2 см").
 */
function boundsAgree(x: PlacedCount, y: PlacedCount, same: (p: number, q: number) => boolean): boolean {
  const [bx, by] = [bounds(x.anchor), bounds(y.anchor)];
  if (bx.length === by.length) return bx.every((p, i) => same(p, by[i]!));
  const [single, range] = bx.length === 1 ? [x, by] : [y, bx];
  const inOrder = (p: number, q: number) => (bx.length === 1 ? same(p, q) : same(q, p));
  if (single.rangeWith !== undefined) {
    const wordRange = [Math.min(single.anchor.numeric, single.rangeWith), Math.max(single.anchor.numeric, single.rangeWith)];
    return wordRange.every((p, i) => inOrder(p, range[i]!));
  }
  return range.some((r) => inOrder(single.anchor.numeric, r));
}

/** Whether two measures state one value in two units, or one value rounded from the same figure in another unit system. */
function sameMeasure(x: PlacedCount, y: PlacedCount): boolean {
  const [ux, uy] = [unitOf(x), unitOf(y)];
  if (ux === undefined || uy === undefined || ux.dimension !== uy.dimension) return false;
  // Two roundings of one converted figure part at the first digit (30 / 27); a figure changed in its last
  // digits keeps it ("gut 100 m" / "bien 106 m"), hedged or not. Single digits one apart are the two
  // whole figures around one converted value ("ungefähr 6 Grad" / "runt fem grader" for 5.6 °C); two
  // figures with decimals are no such pair ("etwa 1,6 km" / "близько 1,8 км").
  const hedgedAlike = (p: number, q: number) =>
    (near(p, q, hedgedTolerance) && !sameFirstDigitAndSize(p, q)) ||
    (Math.abs(p - q) <= 1 && Math.max(p, q) < singleDigitLimit && (Number.isInteger(p) || Number.isInteger(q)));
  if (isHedged(x.anchor) && isHedged(y.anchor) && (ux === uy || ux.dimension === 'temperature') && boundsAgree(x, y, hedgedAlike)) return true;
  if (ux.dimension === 'temperature') return sameTemperature(x, y, ux, uy);
  if (ux !== uy && boundsAgree(x, y, (p, q) => near(p * ux.factor, q * uy.factor, conversionTolerance))) return true;
  // A metric figure rounded at its own last digit from the other side's imperial one (1 inch = 2.54 cm written "3 cm").
  if (ux.metric !== uy.metric) {
    const roundedToMetric = (p: number, q: number) => (ux.metric ? roundedFrom(p, (q * uy.factor) / ux.factor) : roundedFrom(q, (p * ux.factor) / uy.factor));
    if (boundsAgree(x, y, roundedToMetric)) return true;
  }
  // The same metric unit, both figures rounded from one round figure in an imperial unit of the
  // dimension, one of them with decimals as a conversion has (1.27 cm and 1.3 cm for half an inch, 10.2 and 10 cm
  // for 4 inches); two whole figures alike are left to the look-alike pairing (6700 m / 6702 m).
  if (ux === uy && ux.metric) return convertedFromOneImperialFigure(x, y, ux);
  return false;
}

/** {@link sameMeasure} for two temperatures (`ux` and `uy` their units): one value on two scales, or a difference converted. */
function sameTemperature(x: PlacedCount, y: PlacedCount, ux: UnitDefinition, uy: UnitDefinition): boolean {
  const celsius = (v: number, u: UnitDefinition, other: UnitDefinition) => (u.scale === 'f' || (u.scale === 'degree' && other.scale === 'c') ? fahrenheitToCelsius(v) : v);
  // Degrees on one scale on both sides were not converted: a figure one apart is another figure
  // (`81 derajat` / `80 graden`); only a conversion between scales may round.
  const oneScale = ux.scale === uy.scale;
  const tries = [
    (p: number, q: number) => !oneScale && near(celsius(p, ux, uy), celsius(q, uy, ux), conversionTolerance),
    (p: number, q: number) => near(fahrenheitToCelsius(p), q, conversionTolerance),
    (p: number, q: number) => near(p, fahrenheitToCelsius(q), conversionTolerance),
    // Below freezing the Celsius figure is negative, a sign its anchor does not carry ("14 °F" /
    // "minus 10 Grad Celsius"): only with both scales written, as bare degrees may be either.
    (p: number, q: number) => ux.scale === 'f' && uy.scale === 'c' && near(Math.abs(fahrenheitToCelsius(p)), q, conversionTolerance),
    (p: number, q: number) => ux.scale === 'c' && uy.scale === 'f' && near(p, Math.abs(fahrenheitToCelsius(q)), conversionTolerance),
    // A difference of temperatures converts without the offset ("10 degrees above average" / "fem grader").
    (p: number, q: number) => near(p * celsiusPerFahrenheit, q, conversionTolerance) || near(p, q * celsiusPerFahrenheit, conversionTolerance),
    // Degrees whose scale the text leaves unsaid may be the other side's Celsius (`26 degrés` / `27 °C`).
    (p: number, q: number) => !oneScale && (ux.scale === 'degree' || uy.scale === 'degree') && near(p, q, conversionTolerance),
  ];
  return tries.some((same) => boundsAgree(x, y, same));
}

/**
 * {@link sameMeasure} for two figures in one metric unit `unit`: both roundings of the conversion of one
 * round figure in an imperial unit of its dimension.
 */
function convertedFromOneImperialFigure(x: PlacedCount, y: PlacedCount, unit: UnitDefinition): boolean {
  // A translator converts between units of about one size: 620 km are no rounding of 680,000 yards.
  const imperial = Object.values(units).filter((u) => u.dimension === unit.dimension && !u.metric && Math.max(u.factor / unit.factor, unit.factor / u.factor) <= largestConversionFactor);
  const decimals = [...bounds(x.anchor), ...bounds(y.anchor)].some((v) => v % 1 !== 0);
  return imperial.some((u) =>
    boundsAgree(x, y, (p, q) => {
      const [ip, iq] = [(p * unit.factor) / u.factor, (q * unit.factor) / u.factor];
      const round = Math.round(ip * 2) / 2;
      // Each figure a rounding of that conversion at its own last digit: 2.5 cm is one inch, 2.6 cm is not.
      const converted = (round * u.factor) / unit.factor;
      if (decimals && round > 0 && roundedFrom(p, converted) && roundedFrom(q, converted)) return true;
      // Or each figure is the conversion of one round imperial figure, rounded as far as its own last
      // digit says (550 lb = 249.5 kg written 249 and 250; 85 mph = 136.8 km/h written 135 and 137).
      if (!closeEnoughForOneConversion(p, q)) return false;
      return roundImperialFigures(ip, iq).some((figure) => {
        const converted = (figure * u.factor) / unit.factor;
        return roundedFrom(p, converted) && roundedFrom(q, converted);
      });
    }),
  );
}

/**
 * Whether two figures in one metric unit lie close enough to be two roundings of one converted figure:
 * a whole unit or more apart, within {@link roundTolerance} of each other (249 / 250 kg, 136 / 137 km/h).
 * One rounded up and one with its decimals dropped pass for any small figure by the rules of each alone
 * (3.63 t written 3 and 4), and so would a changed one (`drie ton` / `vier ton`, `10 m` / `9 m`).
 */
function closeEnoughForOneConversion(p: number, q: number): boolean {
  const gap = Math.abs(p - q);
  // A figure of one significant digit in the hundreds or more rounds coarser (321.9 km written 300 and 320).
  const coarse = [p, q].some((figure) => isCoarseFigure(figure));
  return gap < 1 || gap <= (coarse ? coarseRoundTolerance : roundTolerance) * Math.max(p, q);
}

/** A figure of one significant digit whose rounding step is at least {@link minCoarseStep} (300, 2000). */
function isCoarseFigure(figure: number): boolean {
  const step = roundingStep(figure);
  return step >= minCoarseStep && step >= 10 ** Math.floor(Math.log10(figure));
}

/**
 * Round figures in an imperial unit near or between two values: two significant digits, halves at least
 * (550, 85, 2.5). Between, since two translators may round one figure to either side of it (650 lb =
 * 294.8 kg written 290 and 300 kg: 639 and 661 lb).
 */
function roundImperialFigures(p: number, q: number): number[] {
  const figures = new Set<number>();
  for (const value of [p, q]) {
    if (!(value > 0)) continue;
    const step = Math.max(10 ** (Math.floor(Math.log10(value)) - 1), smallestImperialStep);
    figures.add(Math.floor(value / step) * step);
    figures.add(Math.ceil(value / step) * step);
  }
  const [low, high] = [Math.min(...figures), Math.max(...figures)];
  const step = Math.max(10 ** (Math.floor(Math.log10(Math.max(low, smallestImperialStep))) - 1), smallestImperialStep);
  for (let k = 1, figure = low + step; figure < high && k <= maxFiguresBetween; k++, figure += step) figures.add(figure);
  return [...figures].filter((figure) => figure > 0);
}

/** Most round figures tried between two values (two roundings of one figure lie a few steps apart). */
const maxFiguresBetween = 4;

/** Imperial figures are read to the half at the finest (`2.5 inches`, `half an inch`). */
const smallestImperialStep = 0.5;

/**
 * Whether `written` is `exact` rounded at its own last significant digit (249 for 249.5; 300 for 294.8,
 * to the hundred; 7.5 for 7.62, to the half); rounded coarser than the unit, never further than
 * {@link roundTolerance}, or {@link coarseRoundTolerance} for a figure of one significant digit (a round
 * `50 m` is no rounding of 56.7).
 */
function roundedFrom(written: number, exact: number): boolean {
  const step = roundingStep(written);
  // A figure of hundreds or more with one significant digit (300, 2000) is rounded as coarsely as a
  // figure can be: 200 miles (321.9 km) written "300 km".
  const tolerance = isCoarseFigure(written) ? coarseRoundTolerance : roundTolerance;
  // Rounded to the unit or finer, a small figure moves by half a unit whatever share of it that is (2.54 → 3).
  const allowed = step <= 1 ? step / 2 : Math.min(step / 2, tolerance * exact);
  if (Math.abs(written - exact) <= allowed) return true;
  // Or the decimals simply dropped (85 mph = 136.8 km/h written 136).
  return step <= 1 && written <= exact && exact - written < step;
}

/** The step a figure is rounded to: the place of its last non-zero digit, five of them when that digit is a 5 after others. */
function roundingStep(figure: number): number {
  const digits = String(figure);
  const point = digits.indexOf('.');
  const decimals = point < 0 ? 0 : digits.length - point - 1;
  let place = 10 ** -decimals;
  let scaled = Math.round(figure / place);
  while (scaled % 10 === 0 && scaled > 0) {
    scaled /= 10;
    place *= 10;
  }
  // A lone digit 5 (`5 kilos`) is a figure rounded to the unit, not to five units.
  return scaled % 10 === 5 && scaled > 5 ? place * 5 : place;
}

const halfDay = 12;
const minutesPerHour = 60;


/** A count's hours: a clock time's minutes as hours, any other count as it stands. */
function clockHours(count: PlacedCount): number {
  return isClockTime(count.anchor) ? count.anchor.numeric / minutesPerHour : count.anchor.numeric;
}

/** Whether a clock word stands by the number. */
export function isClockHour(count: PlacedCount): boolean {
  const m = matcher('clock', count.lang);
  return wordsAround(count.text, count.start, count.start + count.anchor.text.length, clockReach).some((w) => lookUp(m, w) !== undefined);
}

/**
 * Time-zone codes news give after a clock time (`15:00 GMT`, `pukul 01.00 WIB`), read in every language,
 * by the zone they name: translators write one zone with another code of it (`Eastern time` / `EST`).
 * IST (India, Israel, Ireland) names no one zone and is left out.
 */
const zoneOfCode: ReadonlyMap<string, string> = new Map([
  ...['UTC', 'GMT', 'WET', 'Z'].map((code) => [code, 'UTC+0'] as const),
  ...['BST', 'WEST', 'CET', 'MEZ'].map((code) => [code, 'UTC+1'] as const),
  ...['CEST', 'MESZ', 'EET'].map((code) => [code, 'UTC+2'] as const),
  ...['EEST', 'MSK'].map((code) => [code, 'UTC+3'] as const),
  ...['WIB'].map((code) => [code, 'UTC+7'] as const),
  ...['WITA', 'SGT', 'HKT'].map((code) => [code, 'UTC+8'] as const),
  ...['WIT', 'JST', 'KST'].map((code) => [code, 'UTC+9'] as const),
  ...['AEST'].map((code) => [code, 'UTC+10'] as const),
  ...['AEDT'].map((code) => [code, 'UTC+11'] as const),
  ...['ET', 'EST', 'EDT'].map((code) => [code, 'US Eastern'] as const),
  ...['CT', 'CST', 'CDT'].map((code) => [code, 'US Central'] as const),
  ...['MT', 'MST', 'MDT'].map((code) => [code, 'US Mountain'] as const),
  ...['PT', 'PST', 'PDT'].map((code) => [code, 'US Pacific'] as const),
]);

/** Words after a clock time within which its time-zone code stands (`9 a.m. EST Sunday`). */
const zoneReach = 3;

/**
 * The time zone a clock time is given in by a code after it (`GMT`, `WIB`), or undefined. Zones named in
 * words (`Eastern time`, `за східним часом`, `plaatselijke tijd`) are left unread: each translation
 * words the same zone its own way, and words cannot tell a converted time from a translated zone.
 */
export function timeZoneOf(count: PlacedCount): string | undefined {
  if (!isClockTime(count.anchor) && !isClockHour(count)) return undefined;
  const end = count.start + count.anchor.text.length;
  const words = count.text.slice(end, end + 40).split(/[\s,;()]+/u).filter((w) => w !== '').slice(0, zoneReach);
  for (const word of words) {
    const zone = zoneOfCode.get(word.replace(/\.$/u, ''));
    if (zone !== undefined) return zone;
  }
  return undefined;
}

/** Whether a number names a century (a century word beside it, or a suffix such as `-talet` on it). */
export function isCentury(count: PlacedCount): boolean {
  const m = matcher('century', count.lang);
  const end = count.start + count.anchor.text.length;
  const glued = tokenAfter(count.text, end);
  if (glued !== undefined && count.text[end] === '-' && m.suffixes.some(([suffix]) => `-${glued.toLowerCase()}`.startsWith(suffix))) return true;
  return wordsAround(count.text, count.start, end, 1).some((w) => lookUp(m, w) !== undefined);
}

/** Smallest figure read as a century's first year rather than its ordinal (`1800-talet`). */
const firstYearOfCentury = 100;
const centuryNumber = (value: number) => (value >= firstYearOfCentury ? Math.floor(value / firstYearOfCentury) + 1 : value);

/**
 * Whether two counts that differ may state one value: a converted measure, a clock time in 12 and 24
 * hours or in another time zone, or a century (whose other versions write it as years or an ordinal).
 */
export function sameValueWrittenDifferently(x: PlacedCount, y: PlacedCount): boolean {
  // A century against another form (a bare ordinal, years) may be one value; two centuries are compared
  // by their number, written as an ordinal or as its first year (`19e eeuw` / `1800-talet`).
  const [centuryX, centuryY] = [isCentury(x), isCentury(y)];
  if (centuryX && centuryY) return centuryNumber(x.anchor.numeric) === centuryNumber(y.anchor.numeric);
  if (centuryX || centuryY) return true;
  // Clock times given in two time zones by their codes may be one moment ("18:00 GMT" / "19.00 uur CET").
  const [zoneX, zoneY] = [timeZoneOf(x), timeZoneOf(y)];
  if (zoneX !== undefined && zoneY !== undefined && zoneX !== zoneY) return true;
  // Clock times in minutes since midnight (`15:00`), or an hour beside a clock word (`pukul 3 sore`):
  // the same time of day in 12 and 24 hours.
  const [p, q] = [clockHours(x), clockHours(y)];
  // A full hour written as the hour alone (`om 15 uur`, `19 годину` against `15:00`).
  if (p === q && isClockTime(x.anchor) !== isClockTime(y.anchor)) return true;
  if (Math.abs(p - q) === halfDay && Math.max(p, q) <= 2 * halfDay && (isClockTime(x.anchor) || isClockTime(y.anchor) || isClockHour(x) || isClockHour(y))) return true;
  return sameMeasure(x, y) || scaleLeftUnread(x, y) || scaleLeftUnread(y, x) || groupsLeftUnread(x, y) || groupsLeftUnread(y, x);
}

/** The step between scale words (thousand, million, billion, trillion). */
const scaleStep = 1000;
/** Most steps a figure may leave to a scale word: up to a trillion. */
const mostScaleSteps = 4;
/** Relative error allowed in a ratio of two figures read from decimals (`2,8` against 2800000000). */
const ratioTolerance = 1e-9;

/**
 * Whether `small` is `large` written as a figure and a scale word the reader does not know: a version in
 * a language we hold no scale words for (`11 triệu`, `2,8 tỷ` in Vietnamese) reads as 11 where the others
 * read 11000000. Only in such a language, only with a word right after the figure, and only at a whole
 * number of scale steps; in a language whose scale words we know, a figure without one is another figure.
 */
function scaleLeftUnread(small: PlacedCount, large: PlacedCount): boolean {
  if (small.anchor.type !== 'number' || large.anchor.type !== 'number' || small.anchor.percent || large.anchor.percent) return false;
  if (small.anchor.numeric <= 0 || large.anchor.numeric <= small.anchor.numeric) return false;
  if (holdsWords(small.lang, 'scale')) return false;
  const ratio = large.anchor.numeric / small.anchor.numeric;
  const steps = Math.round(Math.log(ratio) / Math.log(scaleStep));
  if (steps < 1 || steps > mostScaleSteps || Math.abs(ratio - scaleStep ** steps) > ratioTolerance * ratio) return false;
  return wordFollows(small);
}

/** Three digits after a space (plain, no-break or narrow no-break) and no fourth: a group of thousands. */
const spacedGroup = /[ \u00a0\u202f](\d{3})(?!\d)/uy;

/**
 * Whether `small` is `large` written with spaces between groups of thousands that the reader does not take
 * as one figure: a version in a language we hold no number forms for (French `3 000`, `380 000` given an
 * unknown code) reads as 3 where the others read 3000. Only with the other side's very value.
 */
function groupsLeftUnread(small: PlacedCount, large: PlacedCount): boolean {
  if (small.anchor.type !== 'number' || large.anchor.type !== 'number' || holdsWords(small.lang, 'number')) return false;
  if (!Number.isInteger(small.anchor.numeric) || small.anchor.numeric < 0 || small.anchor.numeric >= scaleStep) return false;
  const end = small.start + small.anchor.text.length;
  let value = small.anchor.numeric;
  // Sticky: each group read where the last one ended, with no copy of the rest of the sentence.
  spacedGroup.lastIndex = end;
  let grouped = false;
  for (let group = spacedGroup.exec(small.text); group !== null; group = spacedGroup.exec(small.text)) {
    value = value * scaleStep + Number(group[1]);
    grouped = true;
  }
  return grouped && value === large.anchor.numeric;
}

/** Whether a word stands right after the figure of a count (spaces between, no sign or punctuation). */
export function wordFollows(count: PlacedCount): boolean {
  return wordAfter(count.text, count.start + count.anchor.text.length) !== undefined;
}

/** Days in each unit of time (`timeUnits` of the language profiles). */
const daysIn: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30.4, year: 365.25 };

/** How far apart two durations in different units may lie and still be one, rounded ("two weeks" / "quinze jours"). */
const durationTolerance = 0.25;

/** Whether two durations in units of time may be one converted ("zwei Wochen" / "quinze jours", not "п'ять тижнів" / "ستة أيام"). */
export function durationsConvert(valueA: number, unitA: string, valueB: number, unitB: string): boolean {
  const [daysA, daysB] = [daysIn[unitA], daysIn[unitB]];
  if (daysA === undefined || daysB === undefined) return true;
  const [x, y] = [valueA * daysA, valueB * daysB];
  return Math.abs(x - y) <= durationTolerance * Math.max(x, y);
}
