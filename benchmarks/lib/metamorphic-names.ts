// bench:metamorphic, names: the same name in another grammatical case, and another form of the same
// name. Grammar from reference grammars (Ukrainian noun and adjective declension, Arabic proclitics and
// article, Dutch and Swedish genitive -s), not from the tool's lists.
import { russianNameInCase } from './metamorphic-russian.js';
import {
  type Generator, type Proposal, type SentenceContext, type WordAt,
  englishNameLike, englishSex, fullNames, nameWords, opensSentence, pick, replaceAt, wordsOf,
} from './metamorphic-grammar.js';

/** Ukrainian declension: endings by case (nominative, genitive, dative, accusative, instrumental, locative) of a person's name. */
type Paradigm = ReadonlyArray<string | undefined>;
const paradigms = {
  hard: ['', 'а', 'ові', 'а', 'ом', 'ові'], hushing: ['', 'а', 'еві', 'а', 'ем', 'еві'], o: ['о', 'а', 'ові', 'а', 'ом', 'ові'],
  adjective: ['ий', 'ого', 'ому', 'ого', 'им', 'ому'], adjectiveFeminine: ['а', 'ої', 'ій', 'у', 'ою', 'ій'],
  feminine: ['а', 'и', 'і', 'у', 'ою', 'і'], feminineVelar: ['а', 'и', undefined, 'у', 'ою', undefined], feminineHushing: ['а', 'і', 'і', 'у', 'ею', 'і'],
  feminineSoft: ['я', 'ї', 'ї', 'ю', 'єю', 'ї'], softMasculine: ['й', 'я', 'ю', 'я', 'єм', 'ї'],
} satisfies Record<string, Paradigm>;
const vowel = '[аеиіоуяюєї]';
const consonant = '[бвгґджзклмнпрстфхцчшщ]';
const endsIn = (word: string, pattern: string) => new RegExp(`${pattern}$`).test(word);

/**
 * The stem and paradigm of a Ukrainian name as it stands in the text (any case), told apart with the
 * English name: an -а/-у/-ою form is feminine when the English name ends in -a (Еліну / Elina), else a
 * masculine genitive or dative (Говарда / Howard, Уельсу / Wales).
 */
export function ukrainianParadigm(word: string, en: string): [string, Paradigm] | undefined {
  const feminine = englishNameLike(en, word, true);
  const cut = (n: number) => word.slice(0, word.length - n);
  const feminineOf = (stem: string) => (/[жчшщ]$/.test(stem) ? paradigms.feminineHushing : /[гкх]$/.test(stem) ? paradigms.feminineVelar : paradigms.feminine);
  const masculineOf = (stem: string) => (/[жчшщц]$/.test(stem) ? paradigms.hushing : paradigms.hard);
  if (endsIn(word, `${consonant}ий`)) return [cut(2), paradigms.adjective];
  if (endsIn(word, '(?:ськ|цьк|зьк)(?:ого|ому)')) return [cut(3), paradigms.adjective];
  if (endsIn(word, '(?:ськ|цьк|зьк)а')) return [cut(1), paradigms.adjectiveFeminine];
  if (endsIn(word, '(?:ськ|цьк|зьк)(?:ої|ою)')) return [cut(2), paradigms.adjectiveFeminine];
  if (endsIn(word, '(?:енк|ьк|чк)о')) return [cut(1), paradigms.o]; // Шевченко, Кличко
  if (endsIn(word, '(?:н|нн|ч|ьн)ій')) return undefined; // an adjective in the feminine dative/locative (Генеральній)
  if (endsIn(word, `${vowel}й`)) return [cut(1), paradigms.softMasculine];
  if (endsIn(word, `${vowel}я`)) return feminine ? [cut(1), paradigms.feminineSoft] : [cut(1), paradigms.softMasculine];
  if (endsIn(word, 'ії')) return [cut(1), paradigms.feminineSoft];
  if (endsIn(word, '[нь]а') && !feminine) return [cut(1), paradigms.adjectiveFeminine]; // Метропольна: an adjective
  if (endsIn(word, `${consonant}(?:а|у)`)) return feminine ? [cut(1), feminineOf(cut(1))] : [cut(1), masculineOf(cut(1))];
  if (endsIn(word, `${consonant}ою`) && feminine) return [cut(2), feminineOf(cut(2))];
  if (endsIn(word, `${consonant}(?:ові|еві)`) && !feminine) return [cut(3), masculineOf(cut(3))];
  if (endsIn(word, `${consonant}(?:ом|ем)`) && !feminine && !englishNameEndingIn(en, word, 'm')) return [cut(2), masculineOf(cut(2))];
  if (endsIn(word, consonant) && !feminine && !endsIn(word, '(?:ів|ам|ах|ям|ях)') && englishSex(en) !== 'f') return [word, masculineOf(word)];
  return undefined; // -о, -е, -і: foreign names Ukrainian leaves undeclined (Токіо, Бейонсе, Тіффані)
}
function englishNameEndingIn(en: string, word: string, letter: string): boolean {
  return englishNameLike(en, word) && wordsOf(en).some((w) => w.word.endsWith(letter) && /^\p{Lu}/u.test(w.word));
}
/** The form of a Ukrainian name in case `index`, or undefined. */
function ukrainianForm(word: string, en: string, index: number): string | undefined {
  const found = ukrainianParadigm(word, en);
  const ending = found?.[1][index];
  return found && ending !== undefined ? found[0] + ending : undefined;
}
/** Other case forms of a Ukrainian name, as it stands in the text. */
export function ukrainianCases(word: string, en: string): string[] {
  const found = ukrainianParadigm(word, en);
  if (!found) return [];
  const [stem, endings] = found;
  return endings.filter((e): e is string => e !== undefined).map((ending) => stem + ending).filter((form) => form !== word && form.length > 2);
}
/**
 * A whole Ukrainian name (first name and surname) put together into another case. A woman's surname in
 * a consonant or -й is not declined (Тереза Мей, Терези Мей).
 */
function ukrainianNameInCase(words: readonly string[], en: string, random: () => number): string | undefined {
  const feminine = words.length > 1 && englishNameLike(en, words[0]!, true);
  const fixedSurname = feminine && /[бвгґджзклмнпрстфхцчшщй]$/.test(words.at(-1)!);
  const declined = fixedSurname ? words.slice(0, -1) : words;
  const current = ukrainianParadigm(declined.at(-1)!, en);
  if (!current) return undefined;
  const now = current[1].findIndex((e) => e !== undefined && current[0] + e === declined.at(-1));
  const cases = [0, 1, 2, 3, 4, 5].filter((c) => c !== now && declined.every((w) => ukrainianForm(w, en, c) !== undefined) && (now < 0 || current[1][c] !== current[1][now]));
  if (cases.length === 0) return undefined;
  const chosen = pick(cases, random);
  return [...declined.map((w) => ukrainianForm(w, en, chosen)!), ...(fixedSurname ? [words.at(-1)!] : [])].join(' ');
}

/** Arabic proclitics: و and, ف so, ب with/in, ل for, ك like; with the article: وال، بال، لل. */
export function arabicCliticForms(word: string): string[] {
  if (word.startsWith('ال')) return [`و${word}`, `ب${word}`, `ل${word.slice(1)}`, `وب${word}`, `ف${word}`];
  return [`و${word}`, `ب${word}`, `ل${word}`, `ف${word}`, `ك${word}`, `ول${word}`];
}

/** Genitive -s: Dutch Johnsons / Maria's / Vargas'; Swedish Johnsons (a name in -s, -x, -z takes nothing). */
export function genitiveS(word: string, lang: 'nl' | 'sv'): string | undefined {
  if (/[sxz]$/.test(word)) return lang === 'nl' ? `${word}'` : undefined;
  if (lang === 'nl' && /[aiouy]$/.test(word)) return `${word}'s`; // a final -e is silent: Singapores
  return `${word}s`;
}

/** Names as runs of adjacent name words (a first name and a surname are one run). */
function nameRuns(context: SentenceContext): WordAt[][] {
  const runs: WordAt[][] = [];
  for (const w of nameWords(context).sort((x, y) => x.start - y.start)) {
    const last = runs.at(-1)?.at(-1);
    if (last && last.end < w.start && /^\s$/.test(context.text.slice(last.end, w.start))) runs.at(-1)!.push(w);
    else if (!last || last.end <= w.start) runs.push([w]);
  }
  return runs;
}

/**
 * The run in another case: Ukrainian declines every word together; Arabic glues a proclitic to the
 * first word; Dutch and Swedish put the genitive -s on the last.
 */
function inAnotherCase(run: readonly WordAt[], context: SentenceContext): string | undefined {
  const words = run.map((w) => w.word);
  switch (context.lang) {
    case 'uk': return ukrainianNameInCase(words, context.en, context.random);
    case 'ru': return russianNameInCase(words, context.en, context.random);
    case 'ar': return [pick(arabicCliticForms(words[0]!), context.random), ...words.slice(1)].join(' ');
    case 'nl': case 'sv': { const g = genitiveS(words.at(-1)!, context.lang); return g ? [...words.slice(0, -1), g].join(' ') : undefined; }
    default: return undefined;
  }
}

/** Names in another case; control: another person of the document in that case. */
export const nameCase: Generator = (context) => {
  const out: Proposal[] = [];
  for (const run of nameRuns(context)) {
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    const original = context.text.slice(start, end);
    const form = inAnotherCase(run, context);
    if (form !== undefined && form !== original) out.push({ after: replaceAt(context.text, start, end, form), what: `${original} → ${form}`, control: false });
    if (!context.personNames.some((p) => p.includes(run.at(-1)!.word) || run.at(-1)!.word.includes(p.split(' ').at(-1)!))) continue;
    const others = context.docNames.filter((n) => !n.split(' ').some((part) => original.includes(part)));
    if (others.length === 0) continue;
    const other = pick(others, context.random);
    const otherRun = other.split(' ').map((word) => ({ word, start: 0, end: 0 }));
    const otherForm = inAnotherCase(otherRun, context) ?? other;
    out.push({ after: replaceAt(context.text, start, end, otherForm), what: `${original} → ${otherForm} (another person)`, control: true });
  }
  return out;
};

/** Courtesy titles a translator adds or drops before a surname (by sex). */
const titles: Record<string, { m: string; f: string }> = {
  uk: { m: 'пан', f: 'пані' }, ru: { m: 'господин', f: 'госпожа' }, nl: { m: 'dhr.', f: 'mevr.' }, sv: { m: 'herr', f: 'fru' }, id: { m: 'Pak', f: 'Bu' }, ar: { m: 'السيد', f: 'السيدة' },
};
const quotes: Record<string, [string, string]> = { uk: ['«', '»'], ru: ['«', '»'], nl: ['‘', '’'], sv: ['”', '”'], id: ['"', '"'], ar: ['«', '»'] };
/** Capitalised discourse words that open a sentence before its subject ("Also Johnson said…"). */
const openers: Record<string, string[]> = {
  uk: ['Також', 'Тоді', 'Згодом', 'Натомість'], ru: ['Также', 'Затем', 'Позднее', 'Между тем'], nl: ['Ook', 'Daarna', 'Intussen', 'Volgens'], sv: ['Även', 'Sedan', 'Enligt', 'Samtidigt'],
  id: ['Bahkan', 'Kemudian', 'Menurut', 'Sementara'], ar: [],
};

/** Another form of the same name: surname alone, initial + surname, a title, quotes, an opener before it. */
export const nameForm: Generator = (context) => {
  const { text, lang, random } = context;
  const out: Proposal[] = [];
  const sex = englishSex(context.en);
  for (const [first, last] of fullNames(context)) {
    const full = text.slice(first.start, last.end);
    // Surnames, initials and titles are for people: the clean check read this run as a person's name.
    const isPerson = context.personNames.some((p) => p.includes(last.word) || full.includes(p));
    const [open, close] = quotes[lang]!;
    out.push({ after: replaceAt(text, first.start, last.end, `${open}${full}${close}`), what: `${full} in quotes`, control: false });
    if (!isPerson) continue;
    const options: Array<[string, string]> = [[last.word, 'surname alone']];
    if (lang !== 'ar') options.push([`${first.word[0]}. ${last.word}`, 'initial + surname']);
    if (sex) options.push([`${titles[lang]![sex]} ${last.word}`, 'title + surname']);
    const [form, what] = pick(options, random);
    out.push({ after: replaceAt(text, first.start, last.end, form), what: `${full} → ${form} (${what})`, control: false });
    const others = context.docNames.filter((n) => !n.split(' ').some((part) => full.includes(part)));
    if (others.length > 0) {
      const other = pick(others, random).split(' ').at(-1)!;
      out.push({ after: replaceAt(text, first.start, last.end, other), what: `${full} → ${other} (another person, surname alone)`, control: true });
    }
  }
  // A title already there is dropped.
  for (const title of Object.values(titles[lang]!)) {
    const at = text.indexOf(`${title} `);
    if (at >= 0 && (at === 0 || /\s/.test(text[at - 1]!))) out.push({ after: replaceAt(text, at, at + title.length + 1, ''), what: `title ${title} dropped`, control: false });
  }
  // A discourse word before a name that opens the sentence.
  const opening = nameWords(context).length === 0 ? undefined : wordsOf(text)[0];
  if (opening && lang !== 'ar' && openers[lang]!.length > 0 && isNameOpening(context, opening)) {
    const opener = pick(openers[lang]!, random);
    out.push({ after: replaceAt(text, opening.start, opening.start, `${opener} `), what: `${opener} before ${opening.word}`, control: false });
  }
  return out;
};

/** The sentence opens with a name (the English line has it, or its transliteration, capitalised). */
function isNameOpening(context: SentenceContext, opening: WordAt): boolean {
  if (!opensSentence(context.text, opening.start) || !/^\p{Lu}/u.test(opening.word)) return false;
  if (context.lang === 'uk' || context.lang === 'ru') return /^[А-ЯІЇЄҐЭЁ]/.test(opening.word) && englishNameLike(context.en, opening.word);
  return wordsOf(context.en).some((w) => w.word === opening.word && !opensSentence(context.en, w.start)) || wordsOf(context.en)[0]?.word === opening.word && context.docNames.includes(opening.word);
}

/**
 * English head nouns of place and organisation names, and how each language writes the name translated
 * (`X` is the rest of the name): Indonesian puts the head first (Universitas X, Jalan X), Dutch and
 * Swedish glue it or use a preposition (X-ziekenhuis, universitetet i X).
 */
const translatedHeads: Record<string, Record<string, string>> = {
  University: { id: 'Universitas X', nl: 'Universiteit van X', sv: 'universitetet i X' },
  Society: { id: 'Masyarakat X', nl: 'X-genootschap', sv: 'X-sällskapet' },
  Council: { id: 'Dewan X', nl: 'Raad van X', sv: 'X-rådet' },
  Party: { id: 'Partai X', nl: 'X Partij', sv: 'X-partiet' },
  Hospital: { id: 'Rumah Sakit X', nl: 'X-ziekenhuis', sv: 'X-sjukhuset' },
  Airport: { id: 'Bandara X', nl: 'luchthaven X', sv: 'X flygplats' },
  Service: { id: 'Layanan X', nl: 'X-dienst', sv: 'X-tjänsten' },
  Church: { id: 'Gereja X', nl: 'X-kerk', sv: 'X-kyrkan' },
  Park: { id: 'Taman X', nl: 'X-park', sv: 'X-parken' },
  Bridge: { id: 'Jembatan X', nl: 'X-brug', sv: 'X-bron' },
  River: { id: 'Sungai X', nl: 'rivier de X', sv: 'floden X' },
  Island: { id: 'Pulau X', nl: 'X-eiland', sv: 'X-ön' },
  Street: { id: 'Jalan X', nl: 'X-straat', sv: 'X-gatan' },
  Court: { id: 'Pengadilan X', nl: 'rechtbank van X', sv: 'X tingsrätt' },
  Association: { id: 'Asosiasi X', nl: 'X-vereniging', sv: 'X-förbundet' },
};
/** Compass words before a place name, as each language translates them (North Y → Y Utara, Noord-Y, Norra Y). */
const compass: Record<string, Record<string, string>> = {
  North: { id: 'X Utara', nl: 'Noord-X', sv: 'Norra X' },
  South: { id: 'X Selatan', nl: 'Zuid-X', sv: 'Södra X' },
  East: { id: 'X Timur', nl: 'Oost-X', sv: 'Östra X' },
  West: { id: 'X Barat', nl: 'West-X', sv: 'Västra X' },
};

/** A name the version kept in English translated as a translator would (National Weather Service → Layanan Cuaca X). */
export const nameTranslated: Generator = (context) => {
  const { text, lang } = context;
  if (lang !== 'id' && lang !== 'nl' && lang !== 'sv') return [];
  const out: Proposal[] = [];
  const english = new Set(wordsOf(context.en).map((w) => w.word));
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    // A run of capitalised words the English line has too.
    let j = i;
    while (j + 1 < words.length && /^\p{Lu}/u.test(words[j + 1]!.word) && english.has(words[j + 1]!.word) && /^\s$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    if (!/^\p{Lu}/u.test(words[i]!.word) || !english.has(words[i]!.word) || j === i) continue;
    const run = words.slice(i, j + 1);
    const head = translatedHeads[run.at(-1)!.word]?.[lang];
    const direction = compass[run[0]!.word]?.[lang];
    const rest = (from: number, to: number) => text.slice(run[from]!.start, run[to]!.end);
    if (head && run.length >= 2) {
      const form = head.replace('X', rest(0, run.length - 2));
      out.push({ after: replaceAt(text, run[0]!.start, run.at(-1)!.end, form), what: `${rest(0, run.length - 1)} → ${form}`, control: false });
    } else if (direction && run.length >= 2) {
      const form = direction.replace('X', rest(1, run.length - 1));
      out.push({ after: replaceAt(text, run[0]!.start, run.at(-1)!.end, form), what: `${rest(0, run.length - 1)} → ${form}`, control: false });
    }
    i = j;
  }
  return out;
};
