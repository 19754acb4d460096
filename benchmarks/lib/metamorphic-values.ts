// bench:metamorphic, values: numbers, clock times, measures and dates written another way. The words
// (number words, scale words and abbreviations, day parts, units, months) are typed here from the
// languages' grammars and usage guides, independently of src/lang/.
import { type Generator, type Proposal, pick, replaceAt } from './metamorphic-grammar.js';

/** Cardinal words 2–12 (base form; Ukrainian masculine nominative). */
const numberWords: Record<string, string[]> = {
  ru: ['', '', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать'],
  uk: ['', '', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять", 'десять', 'одинадцять', 'дванадцять'],
  nl: ['', '', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
  sv: ['', '', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  id: ['', '', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'dua belas'],
  ar: ['', '', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'أحد عشر', 'اثنا عشر'],
};
/** Decimal comma and the thousands separators each language's style guides allow. */
const decimalComma: Record<string, boolean> = { ru: true, uk: true, nl: true, sv: true, id: true, ar: false };
const thousandsStyles: Record<string, string[]> = { ru: [' ', '\u00a0', ''], uk: [' ', '\u00a0', ''], nl: ['.', '', '\u00a0'], sv: [' ', '\u00a0', ''], id: ['.', ''], ar: [',', ''] };
/** Scale words and abbreviations: [thousand, million, billion] as words, and their short forms. */
const scaleWords: Record<string, { words: [string, string, string]; short: [string, string, string] }> = {
  uk: { words: ['тисяч', 'мільйонів', 'мільярдів'], short: ['тис.', 'млн', 'млрд'] },
  ru: { words: ['тысяч', 'миллионов', 'миллиардов'], short: ['тыс.', 'млн', 'млрд'] },
  nl: { words: ['duizend', 'miljoen', 'miljard'], short: ['dzd.', 'mln.', 'mld.'] },
  sv: { words: ['tusen', 'miljoner', 'miljarder'], short: ['tn', 'mn', 'md'] },
  id: { words: ['ribu', 'juta', 'miliar'], short: ['rb', 'jt', 'M'] },
  ar: { words: ['ألف', 'مليون', 'مليار'], short: ['ألف', 'مليون', 'مليار'] },
};
const arabicIndic = (digits: string) => digits.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d))).replace(/\./g, '٫').replace(/,/g, '٬');

/** A number standing alone: not inside a word, a decimal, a time, a date or a range (5–7,6). */
const boundary = (text: string, start: number, end: number) => !/[\p{L}\p{N}]/u.test(text[start - 1] ?? ' ') && !/[\p{L}\p{N}.,:/\-–—]/u.test(text[end] ?? ' ') && !/[.,:/\-–—]/.test(text[start - 1] ?? ' ');
/** Words that make a number word part of a bigger number or a fraction (dua belas, أربعة عشر, dua per tiga). */
const compoundNext = /^[\s-]*(?:belas|puluh|ratus|ribu|per|عشر|عشرة|و|-)/u;

function groupThousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(?:\d{3})+(?!\d))/g, separator);
}
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Figures of four digits or more standing alone, grouped (`20 000`, `1.250.000`) or not (`3000`), with
 * their grouping mark; not a decimal of the language (`1,5` where the comma marks decimals).
 */
interface ThousandsFigure {
  start: number;
  end: number;
  written: string;
  separator: string | undefined;
  value: number;
}
function thousandsFigures(text: string, lang: string): ThousandsFigure[] {
  const found: ThousandsFigure[] = [];
  for (const m of text.matchAll(/[0-9]{1,3}(?:([.,  \u00a0])[0-9]{3})+(?![0-9])|[0-9]{4,}/g)) {
    const end = m.index + m[0].length;
    if (!boundary(text, m.index, end)) continue;
    const separator = m[1];
    if (separator !== undefined && (separator === ',') === decimalComma[lang]) continue; // a decimal mark, not grouping
    found.push({ start: m.index, end, written: m[0], separator, value: Number(m[0].replace(/[^0-9]/g, '')) });
  }
  return found;
}

/** Digits ↔ words, Arabic-Indic digits, thousands separators, scale words ↔ digits ↔ abbreviations. */
export const numbers: Generator = ({ text, lang, random }) => {
  const out: Proposal[] = [];
  const words = numberWords[lang]!;
  for (const m of text.matchAll(/[0-9]+/g)) {
    const value = Number(m[0]);
    const end = m.index + m[0].length;
    if (!boundary(text, m.index, end) || value < 2 || value > 12) continue;
    out.push({ after: replaceAt(text, m.index, end, words[value]!), what: `${value} → ${words[value]}`, control: false });
    const other = 2 + ((value - 2 + 1 + Math.floor(random() * 9)) % 11);
    out.push({ after: replaceAt(text, m.index, end, words[other]!), what: `${value} → ${words[other]} (another number)`, control: true });
  }
  words.forEach((word, value) => {
    if (!word) return;
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (found && !compoundNext.test(text.slice(found.index + word.length)) && !words.some((w) => w && text.slice(0, found.index).trimEnd().toLowerCase().endsWith(w))) out.push({ after: replaceAt(text, found.index, found.index + word.length, String(value)), what: `${word} → ${value}`, control: false });
  });
  // Numbers of four digits or more, in one style of the language → another (or, in Arabic, Indic digits).
  for (const { start, end, written: figure, separator, value } of thousandsFigures(text, lang)) {
    if (separator === undefined && value >= 1900 && value <= 2100) continue; // a year
    if (value >= 1e6 && value % 1e5 === 0) {
      const scale = value >= 1e9 ? 2 : 1;
      const amount = value / (scale === 2 ? 1e9 : 1e6);
      const written = String(amount).replace('.', decimalComma[lang] ? ',' : '.');
      const { words: scaleW, short } = scaleWords[lang]!;
      const form = pick([scaleW[scale]!, short[scale]!], random);
      out.push({ after: replaceAt(text, start, end, `${written} ${form}`), what: `${figure} → ${written} ${form}`, control: false });
      out.push({ after: replaceAt(text, start, end, `${written} ${scale === 2 ? short[1] : short[2]}`), what: `${figure} → ${written} ${scale === 2 ? short[1] : short[2]} (another scale)`, control: true });
      continue;
    }
    const styles = thousandsStyles[lang]!.filter((s) => s !== (separator ?? ''));
    const style = pick(styles, random);
    let rewritten = groupThousands(value, style);
    if (lang === 'ar' && random() < 0.5) rewritten = arabicIndic(rewritten);
    out.push({ after: replaceAt(text, start, end, rewritten), what: `${figure} → ${rewritten}`, control: false });
    const changed = groupThousands(value + 1000 * (1 + Math.floor(random() * 5)), style);
    out.push({ after: replaceAt(text, start, end, changed), what: `${figure} → ${changed} (another number)`, control: true });
  }
  // A number before a scale word → the same amount in full digits, or with the abbreviation.
  const { words: scaleW, short } = scaleWords[lang]!;
  scaleW.forEach((word, scale) => {
    if (scale === 0) return;
    const m = new RegExp(`([0-9]+(?:[.,][0-9]+)?)[  \u00a0]${escapeRegex(word)}(?![\\p{L}])`, 'u').exec(text);
    if (!m) return;
    const amount = Number(m[1]!.replace(',', '.'));
    if (!Number.isFinite(amount)) return;
    const full = Math.round(amount * (scale === 2 ? 1e9 : 1e6));
    const grouped = groupThousands(full, thousandsStyles[lang]![0]!);
    const end = m.index + m[0].length;
    out.push({ after: replaceAt(text, m.index, end, pick([grouped, `${m[1]} ${short[scale]}`], random)), what: `${m[0]} → digits or ${short[scale]}`, control: false });
    out.push({ after: replaceAt(text, m.index, end, `${m[1]} ${short[scale === 1 ? 2 : 1]}`), what: `${m[0]} → ${m[1]} ${short[scale === 1 ? 2 : 1]} (another scale)`, control: true });
  });
  if (lang === 'ar' && /[0-9]/.test(text)) {
    // A clock time keeps its colon (٤:٤٠); the Arabic decimal separator ٫ is for fractions only.
    const indic = (digits: string, at: number) => (/^(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]$/.test(digits) && clockBefore.ar!.test(text.slice(0, at)) ? arabicIndic(digits.replace('.', ':')) : arabicIndic(digits));
    out.push({ after: text.replace(/[0-9]+(?:[.,:][0-9]+)*/g, indic), what: 'all digits → Arabic-Indic', control: false });
  }
  return out;
};

/**
 * Thousands grouped with the mark the language itself writes decimals with, as text keeps the grouping of
 * the source it was translated or copied from (`375,000 $` in Swedish, `20.000` in Arabic): one group
 * (`20,000`) reads either way, several (`1,250,000`) only as groups. Controls change the figure.
 */
export const foreignGrouping: Generator = ({ text, lang, random }) => {
  const out: Proposal[] = [];
  const mark = decimalComma[lang] ? ',' : '.';
  for (const { start, end, written: figure, separator, value } of thousandsFigures(text, lang)) {
    if (value < 1000 || (separator === undefined && value < 10000)) continue; // a year, or a figure written without groups
    out.push({ after: replaceAt(text, start, end, groupThousands(value, mark)), what: `${figure} → ${groupThousands(value, mark)}`, control: false });
    const changed = groupThousands(value + 1000 * (1 + Math.floor(random() * 5)), mark);
    out.push({ after: replaceAt(text, start, end, changed), what: `${figure} → ${changed} (another number)`, control: true });
  }
  return out;
};

// Clock times: a 24-hour time with the language's clock word → 12-hour with the day part (and back).
const clockBefore: Record<string, RegExp> = {
  ru: /(?<![\p{L}])(?:в|к|до|с)\s+$/u, uk: /(?<![\p{L}])(?:о|об|на)\s+$/u, nl: /(?<![\p{L}])(?:om|rond|tot|vanaf)\s+$/u, sv: /(?<![\p{L}])(?:klockan|kl\.)\s+$/u, id: /(?<![\p{L}])(?:pukul|jam)\s+$/u, ar: /الساعة\s+$/u,
};
const clockAfter: Record<string, RegExp> = { ru: /^(?: ч\.)?/, uk: /^ ?(?:год\.?)?/, nl: /^ uur/, sv: /^/, id: /^(?: WIB)?/, ar: /^/ };
/** Day parts by hour: [first hour, word]; the last entry whose hour ≤ h applies. */
const dayParts: Record<string, Array<[number, string]>> = {
  uk: [[0, 'ночі'], [5, 'ранку'], [12, 'дня'], [17, 'вечора']],
  ru: [[0, 'ночи'], [5, 'утра'], [12, 'дня'], [17, 'вечера']],
  nl: [[0, "'s nachts"], [6, "'s ochtends"], [12, "'s middags"], [18, "'s avonds"]],
  sv: [[0, 'på natten'], [6, 'på morgonen'], [12, 'på eftermiddagen'], [18, 'på kvällen']],
  id: [[0, 'dini hari'], [4, 'pagi'], [11, 'siang'], [15, 'sore'], [19, 'malam']],
  ar: [[0, 'ليلًا'], [5, 'صباحًا'], [12, 'ظهرًا'], [15, 'مساءً']],
};
function twelveHour(lang: string, hour: number, minutes: string): string {
  const part = dayParts[lang]!.filter(([from]) => from <= hour).at(-1)![1];
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const time = minutes === '00' ? String(h) : `${h}.${minutes}`;
  if (lang === 'nl') return `${time} uur ${part}`;
  if (lang === 'ru') return minutes === '00' ? `${h} ${h === 1 ? 'час' : h <= 4 ? 'часа' : 'часов'} ${part}` : `${h}:${minutes} ${part}`;
  if (lang === 'uk') return minutes === '00' ? `${h} ${h === 1 ? 'годині' : 'годині'} ${part}` : `${h}:${minutes} ${part}`;
  return `${time} ${part}`;
}

export const clock: Generator = ({ text, lang, random }) => {
  const out: Proposal[] = [];
  for (const m of text.matchAll(/([01]?[0-9]|2[0-3])[.:]([0-5][0-9])/g)) {
    const end = m.index + m[0].length;
    if (!boundary(text, m.index, end) || !clockBefore[lang]!.test(text.slice(0, m.index))) continue;
    const hour = Number(m[1]);
    const tail = clockAfter[lang]!.exec(text.slice(end))![0];
    const rewritten = twelveHour(lang, hour, m[2]!);
    out.push({ after: replaceAt(text, m.index, end + tail.length, rewritten), what: `${m[0]}${tail} → ${rewritten}`, control: false });
    const shifted = (hour + 1 + Math.floor(random() * 3)) % 24;
    const wrong = twelveHour(lang, shifted, m[2]!);
    out.push({ after: replaceAt(text, m.index, end + tail.length, wrong), what: `${m[0]}${tail} → ${wrong} (another time)`, control: true });
  }
  return out;
};

// Measures: [the language's words for an imperial unit, factor to the metric unit, its word]. Only that
// way round: a translator converts the source's imperial units; converting a metric figure back would
// compare a double rounding (300 kg → 660 lb against the source's 650).
const measureUnits: Record<string, Array<[RegExp, number, string]>> = {
  ru: [[/^(?:миль|мили|миля|милю)/, 1.609, 'км'], [/^(?:дюйм\p{L}*)/u, 2.54, 'см'], [/^(?:ярд\p{L}*)/u, 0.9144, 'м'], [/^(?:фут\p{L}*)/u, 0.3048, 'м'], [/^(?:фунт\p{L}*)/u, 0.4536, 'кг']],
  uk: [[/^(?:миль|милі|миля|милю)/, 1.609, 'км'], [/^(?:дюйм\p{L}*)/u, 2.54, 'см'], [/^(?:ярд\p{L}*)/u, 0.9144, 'м'], [/^(?:фут\p{L}*)/u, 0.3048, 'м'], [/^(?:фунт\p{L}*)/u, 0.4536, 'кг']],
  nl: [[/^mijl/, 1.609, 'km'], [/^(?:inch|duim)/, 2.54, 'cm'], [/^yard/, 0.9144, 'meter'], [/^(?:voet|ft)/, 0.3048, 'meter'], [/^(?:pond)/, 0.4536, 'kilo']],
  sv: [[/^engelska mil/, 1.609, 'km'], [/^tum/, 2.54, 'cm'], [/^yard/, 0.9144, 'meter'], [/^(?:fot)/, 0.3048, 'meter'], [/^(?:pund)/, 0.4536, 'kilo']],
  id: [[/^mil(?![\p{L}])/u, 1.609, 'km'], [/^inci/, 2.54, 'cm'], [/^(?:yard|yar)(?![\p{L}])/u, 0.9144, 'meter'], [/^(?:kaki)/, 0.3048, 'meter'], [/^(?:pon)(?![\p{L}])/u, 0.4536, 'kg']],
  ar: [[/^(?:ميل|أميال)/, 1.609, 'كيلومتر'], [/^(?:بوصة|بوصات|إنش)/, 2.54, 'سم'], [/^(?:ياردة|يارد)/, 0.9144, 'مترًا'], [/^(?:قدم|أقدام)/, 0.3048, 'متر'], [/^(?:رطل|أرطال)/, 0.4536, 'كيلوغرام']],
};
/** A translator's rounding: two significant figures, to the nearest 5 above 100. */
export function translatorRound(value: number): number {
  if (value >= 100) return Math.round(value / 5) * 5;
  if (value >= 10) return Math.round(value);
  return Math.round(value * 10) / 10;
}

export const measures: Generator = ({ text, lang, random }) => {
  const out: Proposal[] = [];
  const comma = decimalComma[lang]!;
  for (const m of text.matchAll(/([0-9]+(?:[.,][0-9]+)?)(\s?)(?=\p{L}|°)/gu)) {
    if (!boundary(text, m.index, m.index + m[1]!.length) && /[\p{L}\p{N}]/u.test(text[m.index - 1] ?? ' ')) continue;
    // The upper end of a range (`1 to 4 inches`): converting it alone would change the lower end's unit too.
    if (/[0-9]\s*(?:[–—-]|to|tot|till|hingga|sampai|إلى|до|по|і|и|en|och|dan|و)?\s*$/u.test(text.slice(0, m.index)) && /[0-9]/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const amount = Number(m[1]!.replace(',', '.'));
    const unitStart = m.index + m[0].length;
    const rest = text.slice(unitStart);
    const degrees = /^°\s?([FC])/.exec(rest);
    let converted: number | undefined;
    let unitLength = 0;
    let word = '';
    if (degrees) {
      if (degrees[1] !== 'F') continue;
      converted = ((amount - 32) * 5) / 9;
      converted = Math.round(converted);
      unitLength = degrees[0].length;
      word = '°C';
    } else {
      const unit = measureUnits[lang]!.find(([pattern]) => pattern.test(rest));
      if (!unit) continue;
      const unitMatch = unit[0].exec(rest)!;
      unitLength = unitMatch[0].length;
      converted = translatorRound(amount * unit[1]);
      word = unit[2];
    }
    const written = String(converted).replace('.', comma ? ',' : '.');
    const end = unitStart + unitLength;
    out.push({ after: replaceAt(text, m.index, end, `${written} ${word}`), what: `${text.slice(m.index, end)} → ${written} ${word}`, control: false });
    const wrong = `${m[1]} ${word}`;
    if (Math.abs(converted - amount) / Math.max(amount, 1) > 0.2) out.push({ after: replaceAt(text, m.index, end, wrong), what: `${text.slice(m.index, end)} → ${wrong} (unit changed, number kept)`, control: true });
    void random;
  }
  return out;
};

// Dates: "<day> <month> <year>" ↔ the language's numeric date; Arabic: Egyptian ↔ Levantine months.
const monthNames: Record<string, string[]> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
const levantine = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const two = (n: number) => String(n).padStart(2, '0');
function numericDate(lang: string, day: number, month: number, year: number): string {
  if (lang === 'sv') return `${year}-${two(month)}-${two(day)}`;
  if (lang === 'uk' || lang === 'ru') return `${two(day)}.${two(month)}.${year}`;
  if (lang === 'nl') return `${day}-${month}-${year}`;
  return `${day}/${month}/${year}`;
}

export const dates: Generator = ({ text, lang, random }) => {
  const out: Proposal[] = [];
  const names = monthNames[lang]!;
  const table = lang === 'ar' ? [...names, ...levantine] : names;
  table.forEach((name, index) => {
    const month = (index % 12) + 1;
    const pattern = new RegExp(`(?<![\\p{N}])([0-9]{1,2})\\s+${escapeRegex(name)}(?:\\s+(?:року|р\\.|года|г\\.)?)?(?:\\s*,?\\s*([0-9]{4}))?(?:\\s+(?:року|р\\.|года|г\\.))?`, 'iu');
    const m = pattern.exec(text);
    if (m && m[2] !== undefined) {
      const day = Number(m[1]);
      const year = Number(m[2]);
      if (day >= 1 && day <= 31) {
        const end = m.index + m[0].length;
        out.push({ after: replaceAt(text, m.index, end, numericDate(lang, day, month, year)), what: `${m[0]} → numeric`, control: false });
        const otherDay = ((day + Math.floor(random() * 5)) % 28) + 1;
        if (otherDay !== day) out.push({ after: replaceAt(text, m.index, end, numericDate(lang, otherDay, month, year)), what: `${m[0]} → numeric, day ${otherDay}`, control: true });
      }
    }
    if (lang === 'ar') {
      const at = text.indexOf(name);
      const follows = text[at + name.length];
      if (at >= 0 && (follows === undefined || !/\p{L}/u.test(follows))) {
        const swapped = index < 12 ? levantine[index]! : names[index - 12]!;
        out.push({ after: replaceAt(text, at, at + name.length, swapped), what: `${name} → ${swapped}`, control: false });
        const wrong = index < 12 ? levantine[(index + 1) % 12]! : names[(index - 12 + 1) % 12]!;
        out.push({ after: replaceAt(text, at, at + name.length, wrong), what: `${name} → ${wrong} (another month)`, control: true });
      }
    }
  });
  return out;
};
