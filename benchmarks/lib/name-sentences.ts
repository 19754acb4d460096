// Sentences for the name-rendering probe: three short news sentences per language (a number, a country
// and a weekday each, so every version shares facts), the person in the case the grammar asks for —
// Russian and Ukrainian accusative and genitive, German and Swedish genitive -s, English 's, Arabic
// with the preposition glued on (ب, ل). Declension rules from reference grammars, written for this probe.
import type { RenderedPerson, RenderingLanguage } from './name-renderings.js';

type Case = 'nom' | 'acc' | 'gen' | 'ins';

/** Words Russian and Ukrainian leave undeclined inside a name: particles and Arabic family words. */
const particles = new Set(['ібн', 'бін', 'бин', 'бен', 'ибн', 'аль', 'ас', 'ад', 'да', 'де', 'фон', 'дер', 'ван', 'Аль']);

/** One Russian or Ukrainian word of a male name in the accusative (= genitive, animate) or genitive. */
function masculine(word: string, lang: 'uk' | 'ru', c: Case, slavic: boolean): string {
  if (c === 'nom') return word;
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) return word.slice(0, hyphen + 1) + masculine(word.slice(hyphen + 1), lang, c, slavic);
  if (particles.has(word)) return word;
  const adjectival = lang === 'ru' ? /(?:ск|цк)ий$|ый$|ской$/u : /(?:ськ|цьк)ий$|ний$/u;
  if (c === 'ins') return masculineInstrumental(word, lang, slavic, adjectival);
  if (adjectival.test(word)) return word.replace(/(?:ий|ый|ой)$/u, 'ого');
  if (/[еиіє]й$/u.test(word)) return `${word.slice(0, -1)}я`;
  if (/[ао]й$/u.test(word)) return `${word.slice(0, -1)}я`;
  if (/ь$/u.test(word)) return `${word.slice(0, -1)}я`;
  if (/а$/u.test(word)) {
    if (c === 'acc') return `${word.slice(0, -1)}у`;
    if (lang === 'ru') return `${word.slice(0, -1)}${/[гкхжшчщ]а$/u.test(word) ? 'и' : 'ы'}`;
    return `${word.slice(0, -1)}${/[жшчщ]а$/u.test(word) ? 'і' : 'и'}`;
  }
  if (/о$/u.test(word) && lang === 'uk' && slavic) return `${word.slice(0, -1)}а`;
  if (/[бвгґджзклмнпрстфхцчшщ]$/u.test(word)) return `${word}а`;
  return word; // -о, -е, -и, -у, -э: foreign names both leave undeclined
}

/** One Russian or Ukrainian word of a male name in the instrumental (Зеленським, Путиным, Кулебою). */
function masculineInstrumental(word: string, lang: 'uk' | 'ru', slavic: boolean, adjectival: RegExp): string {
  if (adjectival.test(word)) return word.replace(/(?:ий|ый|ой)$/u, lang === 'ru' && /ый$/u.test(word) ? 'ым' : 'им');
  if (/[еиіаоє]й$|ь$/u.test(word)) return `${word.slice(0, -1)}${lang === 'ru' ? 'ем' : 'ем'}`;
  if (/а$/u.test(word)) return `${word.slice(0, -1)}${lang === 'ru' ? 'ой' : 'ою'}`;
  if (/о$/u.test(word) && lang === 'uk' && slavic) return `${word.slice(0, -1)}ом`;
  if (/ин$/u.test(word) && lang === 'ru' && slavic) return `${word}ым`;
  if (/[жшчщц]$/u.test(word)) return `${word}ем`;
  if (/[бвгґдзклмнпрстфх]$/u.test(word)) return `${word}ом`;
  return word;
}

/** One Russian or Ukrainian word of a female name in the accusative or genitive. */
function feminine(word: string, lang: 'uk' | 'ru', c: Case): string {
  if (c === 'nom' || particles.has(word)) return word;
  if (c === 'ins') return /[аяі]я$/u.test(word) ? `${word.slice(0, -1)}${lang === 'ru' ? 'ей' : 'єю'}` : /а$/u.test(word) ? `${word.slice(0, -1)}${lang === 'ru' ? 'ой' : 'ою'}` : word;
  if (/(?:ов|ев|ин|ськ|цьк)а$/u.test(word)) return c === 'acc' ? `${word.slice(0, -1)}у` : `${word.slice(0, -1)}${lang === 'ru' ? 'ой' : 'ої'}`;
  if (/[иі]я$/u.test(word)) return c === 'acc' ? `${word.slice(0, -1)}ю` : `${word.slice(0, -1)}${lang === 'ru' ? 'и' : 'ї'}`;
  if (/а$/u.test(word)) {
    if (c === 'acc') return `${word.slice(0, -1)}у`;
    return `${word.slice(0, -1)}${lang === 'ru' ? (/[гкхжшчщ]а$/u.test(word) ? 'и' : 'ы') : /[жшчщ]а$/u.test(word) ? 'і' : 'и'}`;
  }
  return word; // consonant or other vowel: a woman's name stays as it is
}

/** The name in Russian or Ukrainian case `c`. */
export function slavicCase(person: RenderedPerson, lang: 'uk' | 'ru', c: Case): string {
  const name = person.names[lang];
  if (c === 'nom') return name;
  if (person.genitive?.[lang] !== undefined && !person.female) return person.genitive[lang]!;
  const words = name.split(' ');
  const slavic = person.origin === 'UA' || person.origin === 'RU';
  const decline = (w: string) => (person.female ? feminine(w, lang, c) : masculine(w, lang, c, slavic));
  // Surname first (Chinese, Korean, Vietnamese): only the last word declines (Си Цзиньпина, Мун Чжэ Ина).
  return (person.east ? words.map((w, i) => (i === words.length - 1 ? decline(w) : w)) : words.map(decline)).join(' ');
}

/** German genitive: -s, an apostrophe after a sibilant (Morales', Orbáns). */
function germanGenitive(name: string): string {
  return /[sßxz]$/u.test(name) ? `${name}'` : `${name}s`;
}

/** Swedish genitive: -s, nothing after s, x, z. */
function swedishGenitive(name: string): string {
  return /[sxz]$/u.test(name) ? name : `${name}s`;
}

/** Arabic preposition glued to the name (`ل` before the article makes `لل`). */
function arabicWith(prefix: string, name: string): string {
  return prefix === 'ل' && name.startsWith('ال') ? `لل${name.slice(2)}` : `${prefix}${name}`;
}

/** Particles that keep a name from being read by its last word alone. */
const nameParticles = /^(?:bin|ibn|ben|al|el|as|von|van|der|de|da|du|ібн|бін|бин|бен|ибн|аль|ас|фон|дер|де|да|بن|آل)$/u;

/**
 * The person as a second mention names them: by surname alone where the name is two plain words given
 * name first (`Zelensky`, `Зеленського`); else in full (particles, surname first, double names).
 */
export function surnameOnly(person: RenderedPerson): RenderedPerson | undefined {
  if (person.east === true) return undefined;
  const words = Object.values(person.names).map((n) => n.split(/\s+/u));
  if (words.some((w) => w.length !== 2 || w.some((x) => nameParticles.test(x) || x.includes('-')))) return undefined;
  const names = Object.fromEntries(Object.entries(person.names).map(([lang, n]) => [lang, n.split(/\s+/u)[1]!])) as Record<RenderingLanguage, string>;
  const genitive = person.genitive === undefined ? undefined : Object.fromEntries(Object.entries(person.genitive).map(([lang, n]) => [lang, n!.split(/\s+/u)[1]!]));
  return { ...person, names, ...(genitive ? { genitive } : {}) };
}

/** Sentence `template` (0–4) in `lang` about `person` (and `other`, template 3), its figure `figure` in place of the default. */
export function sentence(template: number, lang: RenderingLanguage, person: RenderedPerson, figure?: number, other?: RenderedPerson): string {
  const text = template === 3 ? pairSentence(lang, person, other ?? person) : sentenceWithDefaultFigure(template, lang, person);
  return figure === undefined ? text : text.replace(/\b(?:12|40|300|25|8|60|90)\b/u, String(figure));
}

/** Two people in one sentence, the second after "and" (Arabic و glued to the name). */
function pairSentence(lang: RenderingLanguage, a: RenderedPerson, b: RenderedPerson): string {
  const [x, y] = [a.names[lang], b.names[lang]];
  switch (lang) {
    case 'uk': return `${x} і ${y} зустрілися в Парижі у вівторок разом із 25 радниками.`;
    case 'ru': return `${x} и ${y} встретились в Париже во вторник вместе с 25 советниками.`;
    case 'nl': return `${x} en ${y} ontmoetten elkaar dinsdag in Parijs met 25 adviseurs.`;
    case 'de': return `${x} und ${y} trafen sich am Dienstag in Paris mit 25 Beratern.`;
    case 'sv': return `${x} och ${y} träffades i Paris på tisdagen med 25 rådgivare.`;
    case 'fr': return `${x} et ${y} se sont rencontrés mardi à Paris avec 25 conseillers.`;
    case 'en': return `${x} and ${y} met in Paris on Tuesday with 25 advisers.`;
    case 'id': return `${x} dan ${y} bertemu di Paris pada hari Selasa bersama 25 penasihat.`;
    case 'ar': return `والتقى ${x} و${y} في باريس يوم الثلاثاء مع 25 مستشارا.`;
  }
}

function sentenceWithDefaultFigure(template: number, lang: RenderingLanguage, person: RenderedPerson): string {
  const n = person.names[lang];
  const f = person.female === true;
  switch (`${lang}${template}`) {
    case 'uk0': return `${n} відвіда${f ? 'ла' : 'в'} Японію в понеділок і підписа${f ? 'ла' : 'в'} 12 угод.`;
    case 'ru0': return `${n} посетил${f ? 'а' : ''} Японию в понедельник и подписал${f ? 'а' : ''} 12 соглашений.`;
    case 'nl0': return `${n} bezocht maandag Japan en ondertekende 12 akkoorden.`;
    case 'de0': return `${n} besuchte am Montag Japan und unterzeichnete 12 Abkommen.`;
    case 'sv0': return `${n} besökte Japan på måndagen och undertecknade 12 avtal.`;
    case 'fr0': return `${n} s'est rendu${f ? 'e' : ''} au Japon lundi et a signé 12 accords.`;
    case 'en0': return `${n} visited Japan on Monday and signed 12 agreements.`;
    case 'id0': return `${n} mengunjungi Jepang pada hari Senin dan menandatangani 12 perjanjian.`;
    case 'ar0': return `${f ? 'زارت' : 'زار'} ${n} اليابان يوم الاثنين ${f ? 'ووقعت' : 'ووقع'} 12 اتفاقية.`;
    case 'uk1': return `Міністр прийняв ${slavicCase(person, 'uk', 'acc')} у Бразилії та обговорив 40 проєктів.`;
    case 'ru1': return `Министр принял ${slavicCase(person, 'ru', 'acc')} в Бразилии и обсудил 40 проектов.`;
    case 'nl1': return `De minister ontving ${n} in Brazilië en besprak 40 projecten.`;
    case 'de1': return `Der Minister empfing ${n} in Brasilien und besprach 40 Projekte.`;
    case 'sv1': return `Ministern tog emot ${n} i Brasilien och diskuterade 40 projekt.`;
    case 'fr1': return `Le ministre a reçu ${n} au Brésil et a discuté de 40 projets.`;
    case 'en1': return `The minister met ${n} in Brazil and discussed 40 projects.`;
    case 'id1': return `Menteri menerima ${n} di Brasil dan membahas 40 proyek.`;
    case 'ar1': return `اجتمع الوزير ${arabicWith('ب', n)} في البرازيل وناقشا 40 مشروعا.`;
    case 'uk2': return `У п'ятницю заява ${slavicCase(person, 'uk', 'gen')} згадувала 300 жертв у Єгипті.`;
    case 'ru2': return `В пятницу заявление ${slavicCase(person, 'ru', 'gen')} упоминало 300 жертв в Египте.`;
    case 'nl2': return `Een verklaring van ${n} noemde vrijdag 300 slachtoffers in Egypte.`;
    case 'de2': return `${germanGenitive(n)} Erklärung vom Freitag nannte 300 Opfer in Ägypten.`;
    case 'sv2': return `${swedishGenitive(n)} uttalande på fredagen nämnde 300 offer i Egypten.`;
    case 'fr2': return `Vendredi, une déclaration ${/^[AEIOUÉÈHaeiouh]/u.test(n) ? "d'" : 'de '}${n} évoquait 300 victimes en Égypte.`;
    case 'en2': return `${n}'s statement on Friday mentioned 300 victims in Egypt.`;
    case 'id2': return `Pernyataan ${n} pada hari Jumat menyebutkan 300 korban di Mesir.`;
    case 'ar2': return `وذكر بيان ${arabicWith('ل', n)} يوم الجمعة 300 ضحية في مصر.`;
    case 'uk4': return `У четвер президент поговорив з ${slavicCase(person, 'uk', 'ins')} про 8 кораблів.`;
    case 'ru4': return `В четверг президент поговорил с ${slavicCase(person, 'ru', 'ins')} о 8 кораблях.`;
    case 'nl4': return `Donderdag sprak de president met ${n} over 8 schepen.`;
    case 'de4': return `Am Donnerstag sprach der Präsident mit ${n} über 8 Schiffe.`;
    case 'sv4': return `På torsdagen talade presidenten med ${n} om 8 fartyg.`;
    case 'fr4': return `Jeudi, le président s'est entretenu avec ${n} de 8 navires.`;
    case 'en4': return `On Thursday, the president spoke with ${n} about 8 ships.`;
    case 'id4': return `Pada hari Kamis, presiden berbicara dengan ${n} tentang 8 kapal.`;
    case 'ar4': return `وتحدث الرئيس يوم الخميس مع ${n} عن 8 سفن.`;
    case 'uk5': return `За словами ${slavicCase(person, 'uk', 'gen')}, у Сирії поранено 60 солдатів.`;
    case 'ru5': return `По словам ${slavicCase(person, 'ru', 'gen')}, в Сирии ранены 60 солдат.`;
    case 'nl5': return `Volgens ${n} raakten in Syrië 60 soldaten gewond.`;
    case 'de5': return `Laut ${n} wurden in Syrien 60 Soldaten verletzt.`;
    case 'sv5': return `Enligt ${n} skadades 60 soldater i Syrien.`;
    case 'fr5': return `Selon ${n}, 60 soldats ont été blessés en Syrie.`;
    case 'en5': return `According to ${n}, 60 soldiers were injured in Syria.`;
    case 'id5': return `Menurut ${n}, 60 tentara terluka di Suriah.`;
    case 'ar5': return `ووفقا ${arabicWith('ل', n)}، أصيب 60 جنديا في سوريا.`;
    case 'uk6': return `Президент Єгипту ${n} оголоси${f ? 'ла' : 'в'} про 90 нових шкіл.`;
    case 'ru6': return `Президент Египта ${n} объявил${f ? 'а' : ''} о 90 новых школах.`;
    case 'nl6': return `De Egyptische president ${n} kondigde 90 nieuwe scholen aan.`;
    case 'de6': return `Ägyptens Präsident ${n} kündigte 90 neue Schulen an.`;
    case 'sv6': return `Egyptens president ${n} tillkännagav 90 nya skolor.`;
    case 'fr6': return `Le président égyptien ${n} a annoncé 90 nouvelles écoles.`;
    case 'en6': return `Egyptian President ${n} announced 90 new schools.`;
    case 'id6': return `Presiden Mesir ${n} mengumumkan 90 sekolah baru.`;
    case 'ar6': return `${f ? 'أعلنت' : 'أعلن'} الرئيس المصري ${n} عن 90 مدرسة جديدة.`;
    default: throw new RangeError(`template must be 0 to 6, got ${template}`);
  }
}
