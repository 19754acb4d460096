// name-variant: one person named two ways (a spelling variant, or two names for one office), and one
// person named where the other versions name another (the swaps, in ../name-swaps.ts).
import { getProfile } from '../../lang/index.js';
import { findLanguage, scriptOfText } from '../../lang/registry.js';
import { nounsBeforeOneGenitive, onlyPlaceTypesDiffer } from '../name-forms.js';
import { sameScriptSpellingSimilarity } from '../name-identity.js';
import { swappedNames } from '../name-swaps.js';
import { groupBy } from '../group.js';
import { sameNameSimilarity } from '../deps.js';
import { langOf, listLanguages, textOf } from '../links.js';
import { aliasCanonical, analyseRoles, contradictedRoles, type PersonMention, type RoleAssertion } from '../roles.js';
import { foldSpelling, type NameInflection, sameSpellingUpToInflection } from '../text.js';
import type { EvidenceDraft, RawFinding, Rule, RuleContext } from '../types.js';

function mentionEvidence(m: PersonMention): EvidenceDraft {
  return { document: m.document, sentence: m.sentence, start: m.anchor.start, end: m.anchor.end, value: m.anchor.value };
}

function assertionEvidence(a: RoleAssertion): EvidenceDraft {
  return { document: a.document, sentence: a.sentence, start: a.start, end: a.end, value: a.mention.value };
}

function wordCount(name: string): number {
  return foldSpelling(name).split(' ').length;
}

/**
 * How a language inflects names, from its profile: case and adjective endings, the nominative endings a
 * declined stem loses (`Юань` / `Юаня` / `Юаню`: a soft sign for a case vowel), clitics, fleeting vowels.
 */
function nameInflection(lang: string): NameInflection {
  const rules = getProfile(lang).anchors;
  return {
    endings: [...(rules.nameEndings ?? []), ...(rules.adjectiveEndings ?? []), ...(rules.nominativeEndings ?? [])].filter((e) => e !== '').map((e) => foldSpelling(e)),
    prefixes: rules.cliticPrefixes.map((p) => foldSpelling(p)),
    fleetingVowels: rules.fleetingVowels ?? '',
    // A language the project holds no profile for may decline its names: two forms that differ only in
    // their endings are read as one name inflected (a Russian text with no profile gave `Северной
    // Кореи` / `Северной Корее`, `Нижняя Калифорния` / `Нижней Калифорнии`), not one name misspelt.
    ...(findLanguage(lang) === undefined ? { anyEndingUpTo: unknownInflectionEndingLetters } : {}),
  };
}

/**
 * Letters a case ending may have where the project does not know the language's endings: Slavic
 * declension runs to three (`-ой`, `-ому`, Polish `Kowalski` / `Kowalskiego`).
 */
const unknownInflectionEndingLetters = 3;

/** Spellings of one person within one article that differ by more than inflection. */
function spellingVariants(context: RuleContext, mentions: readonly PersonMention[]): RawFinding[] {
  const groups = groupBy(mentions, (m) => `${m.document}\u0000${m.person}`);
  const findings: RawFinding[] = [];
  for (const group of groups.values()) {
    const inflection = nameInflection(langOf(context, group[0]!.document));
    const classes: PersonMention[][] = [];
    // A surface seen before joins its class directly: only new spellings are compared with the classes.
    const classOfSurface = new Map<string, PersonMention[]>();
    for (const m of group) {
      const surface = textOf(context, m.document, m.anchor.start, m.anchor.end);
      const home =
        classOfSurface.get(surface) ??
        classes.find((c) => sameSpellingUpToInflection(textOf(context, c[0]!.document, c[0]!.anchor.start, c[0]!.anchor.end), surface, inflection));
      if (home !== undefined) home.push(m);
      else classes.push([m]);
      classOfSurface.set(surface, home ?? classes[classes.length - 1]!);
    }
    if (classes.length < 2) continue;
    classes.sort((x, y) => y.length - x.length || x[0]!.anchor.start - y[0]!.anchor.start);
    const main = classes[0]!;
    const mainText = textOf(context, main[0]!.document, main[0]!.anchor.start, main[0]!.anchor.end);
    for (const variant of classes.slice(1)) {
      const variantText = textOf(context, variant[0]!.document, variant[0]!.anchor.start, variant[0]!.anchor.end);
      if (wordCount(variantText) !== wordCount(mainText)) continue;
      // A name quoted in its own script beside its transliteration (`Thom Browne`, `Том Браун`) is one
      // name written in two scripts, not misspelt.
      if (scriptOfText(variantText) !== scriptOfText(mainText)) continue;
      const lang = langOf(context, variant[0]!.document);
      if (nounsBeforeOneGenitive(variantText, mainText, lang)) continue;
      if (onlyPlaceTypesDiffer(variantText, mainText)) continue;
      if (!alikeWordForWord(context, variantText, mainText, lang)) continue;
      if (onlyFirstWordsDiffer(variantText, mainText) && opensSentence(context, variant[0]!) && opensSentence(context, main[0]!)) continue;
      findings.push({
        rule: 'name-variant',
        message: `${lang} spells one name two ways: "${variantText}" (${variant.length}×) and "${mainText}" (${main.length}×).`,
        values: [foldSpelling(variantText), foldSpelling(mainText)],
        evidence: [mentionEvidence(variant[0]!), mentionEvidence(main[0]!)],
      });
    }
  }
  return findings;
}

/**
 * Whether two spellings of as many words sound alike word for word. The whole names' keys may be alike
 * while the words are not: a long shared word hides a different short one ("Angkatan Laut" / "Angkatan
 * Balai"), and word boundaries fall elsewhere ("Eyang Rini" / "Angry Inch"). A name written two ways
 * keeps each word's sound (`Суан` / `Сюань`, `كونج` / `كوونغ`), and in one script most of its letters
 * too: keys fold so much that `King` and `Geen` sound alike.
 */
function alikeWordForWord(context: RuleContext, x: string, y: string, lang: string): boolean {
  const [wordsX, wordsY] = [x.trim().split(/\s+/u), y.trim().split(/\s+/u)];
  return wordsX.every((word, i) => {
    const other = wordsY[i] ?? '';
    const [keyX, keyY] = [context.entityKey(word, lang), context.entityKey(other, lang)];
    const soundAlike = keyX === keyY || context.nameSimilarity(keyX, keyY) >= sameNameSimilarity;
    return soundAlike && context.nameSimilarity(foldSpelling(word), foldSpelling(other)) >= sameScriptSpellingSimilarity;
  });
}

/** Whether two names of as many words differ in their first word only. */
function onlyFirstWordsDiffer(x: string, y: string): boolean {
  const [wordsX, wordsY] = [foldSpelling(x).split(' '), foldSpelling(y).split(' ')];
  return wordsX.length > 1 && wordsX[0] !== wordsY[0] && wordsX.slice(1).every((w, i) => w === wordsY[i + 1]);
}

/**
 * Whether a mention stands at the start of its sentence (after opening punctuation at most). There a
 * capital says nothing, so the extractor may glue any word to the name after it (`Книга Мирослава
 * Дочинця`, `Книжка Мирослава Дочинця`: a book and a booklet of one author).
 */
function opensSentence(context: RuleContext, mention: PersonMention): boolean {
  const sentence = context.documents[mention.document]!.sentences[mention.sentence]!;
  const before = context.documents[mention.document]!.text.slice(sentence.start, mention.anchor.start);
  return !/[\p{L}\p{N}]/u.test(before);
}

/** Several people given one office at one place in one article (`Чень Ган` and `Чан Ккуонг`). */
function namesForOneRole(context: RuleContext, assertions: readonly RoleAssertion[]): RawFinding[] {
  const byRole = groupBy(assertions, (a) => `${a.document}\u0000${a.office}\u0000${a.place}`);
  const findings: RawFinding[] = [];
  for (const group of byRole.values()) {
    const byPerson = groupBy(group, (a) => a.person);
    if (byPerson.size < 2) continue;
    const holders = [...byPerson.values()].sort((x, y) => x.length - y.length || x[0]!.start - y[0]!.start);
    const first = holders[0]![0]!;
    const names = holders.map((h) => textOf(context, h[0]!.document, h[0]!.mention.start, h[0]!.mention.end));
    const place = textOf(context, first.document, first.placeAnchor.start, first.placeAnchor.end);
    findings.push({
      rule: 'name-variant',
      message: `${langOf(context, first.document)} gives the office of ${first.office} of ${place} to ${names.length} names: ${names.join(', ')} (one person named ${names.length} ways, or a wrong name).`,
      values: holders.map((h) => h[0]!.mention.value),
      evidence: holders.map((h) => assertionEvidence(h[0]!)),
    });
  }
  return findings;
}

/**
 * An article gives an office to one name and also mentions the name the other versions give that
 * office to (`Chen Gang` as Guangxi secretary, and `Tran Cuong`, whom the others call so).
 */
function namesAcrossVersions(context: RuleContext, assertions: readonly RoleAssertion[], mentions: readonly PersonMention[]): RawFinding[] {
  const findings: RawFinding[] = [];
  const roles = groupBy(assertions, (a) => `${a.office}\u0000${a.place}`);
  for (const group of roles.values()) {
    const documents = [...new Set(group.map((a) => a.document))].sort((x, y) => x - y);
    for (const document of documents) {
      const own = group.filter((a) => a.document === document);
      const ownPersons = new Set(own.map((a) => a.person));
      if (ownPersons.size !== 1) continue;
      const others = group.filter((a) => a.document !== document && !ownPersons.has(a.person));
      if (others.length === 0) continue;
      const support = new Map<string, Set<number>>();
      for (const a of others) support.set(a.person, (support.get(a.person) ?? new Set()).add(a.document));
      const [otherPerson, otherSupport] = [...support.entries()].sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : 1))[0]!;
      // The other name must be the majority's: held in at least two versions, more than this name.
      const ownSupport = new Set(group.filter((a) => ownPersons.has(a.person)).map((a) => a.document)).size;
      if (otherSupport.size < 2 || otherSupport.size <= ownSupport) continue;
      const mentioned = mentions.filter((m) => m.document === document && m.person === otherPerson).sort((x, y) => x.anchor.start - y.anchor.start)[0];
      if (mentioned === undefined) continue;
      const first = own.sort((x, y) => x.start - y.start)[0]!;
      const elsewhere = others.filter((a) => a.person === otherPerson).sort((x, y) => x.document - y.document || x.start - y.start);
      const seen = new Set<number>();
      const support1 = elsewhere.filter((a) => !seen.has(a.document) && seen.add(a.document));
      const ownName = textOf(context, first.document, first.mention.start, first.mention.end);
      const otherName = textOf(context, mentioned.document, mentioned.anchor.start, mentioned.anchor.end);
      const place = textOf(context, first.document, first.placeAnchor.start, first.placeAnchor.end);
      findings.push({
        rule: 'name-variant',
        message: `${langOf(context, document)} calls the ${first.office} of ${place} ${ownName} and also names ${otherName}, whom ${listLanguages(support1.map((a) => langOf(context, a.document)))} give that office: one person named two ways?`,
        values: [first.mention.value, mentioned.anchor.value],
        evidence: [assertionEvidence(first), mentionEvidence(mentioned), ...support1.map(assertionEvidence)],
      });
    }
  }
  return findings;
}

/** Whether every name in the finding belongs to one alias group of the configuration. */
function dismissedByAlias(context: RuleContext, finding: RawFinding): boolean {
  const canonical = new Set(finding.evidence.map((e) => (e.value === undefined ? undefined : aliasCanonical(context, e.value))));
  return canonical.size === 1 && !canonical.has(undefined);
}

/** The name-variant rule. */
export const nameVariant: Rule = {
  id: 'name-variant',
  comparesSpellings: true,
  defaultSeverity: 'warning',
  description: 'One person is named two ways: a spelling variant, or two names for the same office (dismiss with an alias).',
  run(context) {
    const { mentions, assertions } = analyseRoles(context);
    // A role another rule found contradicted is not evidence of anything here.
    const wrong = new Set(contradictedRoles(context).map(({ wrong: w }) => `${w.person}\u0000${w.office}\u0000${w.place}`));
    const trusted = assertions.filter((a) => !wrong.has(`${a.person}\u0000${a.office}\u0000${a.place}`));
    const findings = [
      ...spellingVariants(context, mentions),
      ...namesForOneRole(context, trusted),
      ...namesAcrossVersions(context, trusted, mentions),
      ...swappedNames(context),
    ];
    return findings.filter((f) => !dismissedByAlias(context, f));
  },
};
