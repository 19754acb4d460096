// bench:metamorphic, Russian names in another case (for the run with Russian as a version): the noun
// and adjective declensions of a Russian grammar, with the surnames in -ов/-ев/-ин that decline like
// nouns but take -ым in the instrumental (Ивановым) and their feminines in -ова (Ивановой).
import { englishNameLike, pick } from './metamorphic-grammar.js';

/** Endings by case: nominative, genitive, dative, accusative, instrumental, prepositional. */
type Paradigm = ReadonlyArray<string | undefined>;
const paradigms = {
  hard: ['', 'а', 'у', 'а', 'ом', 'е'], hushing: ['', 'а', 'у', 'а', 'ем', 'е'], possessive: ['', 'а', 'у', 'а', 'ым', 'е'],
  possessiveFeminine: ['а', 'ой', 'ой', 'у', 'ой', 'ой'], adjective: ['ий', 'ого', 'ому', 'ого', 'им', 'ом'], adjectiveHard: ['ый', 'ого', 'ому', 'ого', 'ым', 'ом'],
  adjectiveFeminine: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'], feminine: ['а', 'ы', 'е', 'у', 'ой', 'е'], feminineVelar: ['а', 'и', 'е', 'у', 'ой', 'е'],
  feminineIya: ['я', 'и', 'и', 'ю', 'ей', 'и'], softMasculine: ['й', 'я', 'ю', 'я', 'ем', 'е'],
} satisfies Record<string, Paradigm>;
const consonant = '[бвгджзклмнпрстфхцчшщ]';
const vowel = '[аеёиоуыэюя]';
const endsIn = (word: string, pattern: string) => new RegExp(`${pattern}$`).test(word);

/** The stem and paradigm of a Russian name as it stands (any case); -а is feminine when the English name ends in -a. */
export function russianParadigm(word: string, en: string): [string, Paradigm] | undefined {
  const feminine = englishNameLike(en, word, true);
  const cut = (n: number) => word.slice(0, word.length - n);
  const nounOf = (stem: string) => (/[жшщчц]$/.test(stem) ? paradigms.hushing : paradigms.hard);
  const feminineOf = (stem: string) => (/[гкхжшщч]$/.test(stem) ? paradigms.feminineVelar : paradigms.feminine);
  if (endsIn(word, '(?:ск|цк)(?:ий|ого|ому|им)')) return [word.replace(/(?:ий|ого|ому|им)$/u, ''), paradigms.adjective];
  if (endsIn(word, `${consonant}ый`)) return [cut(2), paradigms.adjectiveHard];
  if (endsIn(word, '(?:ск|цк)(?:ая|ую)')) return [cut(2), paradigms.adjectiveFeminine];
  if (endsIn(word, '(?:ов|ев|ёв|ин|ын)')) return [word, paradigms.possessive];
  if (endsIn(word, '(?:ов|ев|ин|ын)(?:а|у|ым|е)') && !feminine) return [word.replace(/(?:а|у|ым|е)$/u, ''), paradigms.possessive];
  if (endsIn(word, '(?:ов|ев|ин|ын)а') && feminine) return [cut(1), paradigms.possessiveFeminine];
  if (endsIn(word, 'ия')) return [cut(1), paradigms.feminineIya];
  if (endsIn(word, 'ии') && feminine) return [cut(1), paradigms.feminineIya];
  if (endsIn(word, `${vowel}й`)) return [cut(1), paradigms.softMasculine];
  if (endsIn(word, `${consonant}а`)) return feminine ? [cut(1), feminineOf(cut(1))] : [cut(1), nounOf(cut(1))];
  if (endsIn(word, `${consonant}(?:ом|ем)`) && !feminine) return [cut(2), nounOf(cut(2))];
  if (endsIn(word, consonant) && !feminine) return [word, nounOf(word)];
  return undefined; // -о, -е, -и, -у: foreign names Russian leaves undeclined (Токио, Макрон's wife Брижит stays)
}

function russianForm(word: string, en: string, index: number): string | undefined {
  const found = russianParadigm(word, en);
  const ending = found?.[1][index];
  return found && ending !== undefined ? found[0] + ending : undefined;
}

/** A whole Russian name in another case; a woman's surname in a consonant is not declined (Терезы Мэй). */
export function russianNameInCase(words: readonly string[], en: string, random: () => number): string | undefined {
  const feminine = words.length > 1 && englishNameLike(en, words[0]!, true);
  const fixedSurname = feminine && /[бвгджзклмнпрстфхцчшщй]$/.test(words.at(-1)!);
  const declined = fixedSurname ? words.slice(0, -1) : words;
  const current = russianParadigm(declined.at(-1)!, en);
  if (!current) return undefined;
  const now = current[1].findIndex((e) => e !== undefined && current[0] + e === declined.at(-1));
  const cases = [0, 1, 2, 3, 4, 5].filter((c) => c !== now && declined.every((w) => russianForm(w, en, c) !== undefined) && (now < 0 || current[1][c] !== current[1][now]));
  if (cases.length === 0) return undefined;
  const chosen = pick(cases, random);
  return [...declined.map((w) => russianForm(w, en, chosen)!), ...(fixedSurname ? [words.at(-1)!] : [])].join(' ');
}
