// Each rule on hand-built anchors and links: what it must flag, and the look-alikes it must leave alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countMismatch } from '../../src/check/rules/count-mismatch.js';
import { countryLabel } from '../../src/check/rules/country-label.js';
import { dateMismatch } from '../../src/check/rules/date-mismatch.js';
import { internalCount } from '../../src/check/rules/internal-count.js';
import { missingNumber } from '../../src/check/rules/missing-number.js';
import { nameVariant } from '../../src/check/rules/name-variant.js';
import { roleMismatch } from '../../src/check/rules/role-mismatch.js';
import { entityKey } from '../../src/anchors/index.js';
import { country, date, entity, evidenceTexts, makeContext, makeDocument, num, ord, person, place } from './helpers.js';

describe('count-mismatch', () => {
  const nl = makeDocument({ lang: 'nl', sentences: ['De partijen in Quang Ninh en Guangxi ondertekenden 29 overeenkomsten.', 'Het weer was goed.'] });
  const ar = makeDocument({ lang: 'ar', sentences: ['وقع الطرفان في كوانغ نينه وقوانغشي 12 اتفاقية.', 'كان الطقس جيدا.'] });
  const sv = makeDocument({ lang: 'sv', sentences: ['Parterna i Quang Ninh och Guangxi undertecknade 29 avtal.'] });
  const places = (doc: ReturnType<typeof makeDocument>, qn: string, gx: string) => [place(doc, 0, qn, 'quang-ninh', 'VN'), place(doc, 0, gx, 'guangxi', 'CN')];

  it('reports one disagreement once, though a joined pair of links offers a second same-valued outlier', () => {
    // The German changed "neun" to "sechs"; the next link says "sechs" / "six" and agrees.
    const de = makeDocument({ lang: 'de', sentences: ['Bisher ging man von Sama aus :', 'ein langer Weg , der sechs Lager erfordert hatte .', 'Jetzt kam man mit sechs Lagern aus .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["Jusqu' alors on partait de Sama , une longue route qui exigea neuf camps .", "Cette fois on s' en tira avec six camps ."] });
    const spelled = { spelledOut: true };
    const context = makeContext(
      [de, fr],
      [
        [num(de, 1, 'sechs', 6, spelled), num(de, 2, 'sechs', 6, spelled)],
        [num(fr, 0, 'neuf', 9, spelled), num(fr, 1, 'six', 6, spelled)],
      ],
      [[0, [0, 1], 1, [0]], [0, [2], 1, [1]]],
    );
    const findings = countMismatch.run(context);
    assert.equal(findings.length, 1);
    const german = findings[0]!.evidence.find((e) => e.document === 0)!;
    assert.equal(german.sentence, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['de:sechs', 'fr:neuf']));
  });

  it('flags linked sentences that give one count two values, naming values and languages', () => {
    const context = makeContext([nl, ar], [[num(nl, 0, '29', 29)], [num(ar, 0, '12', 12)]], [[0, [0], 1, [0]]]);
    const findings = countMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['nl:29', 'ar:12']));
    assert.match(findings[0]!.message, /12/u);
    assert.match(findings[0]!.message, /29/u);
    assert.match(findings[0]!.message, /\bnl\b/u);
    assert.match(findings[0]!.message, /\bar\b/u);
    assert.equal(findings[0]!.severity, undefined);
  });

  it('names the outlier first when three versions vote', () => {
    const context = makeContext(
      [nl, ar, sv],
      [[num(nl, 0, '29', 29)], [num(ar, 0, '12', 12)], [num(sv, 0, '29', 29)]],
      [[0, [0], 1, [0]], [0, [0], 2, [0]], [1, [0], 2, [0]]],
    );
    const findings = countMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['ar:12', 'nl:29', 'sv:29']);
  });

  it('leaves equal counts, weak links and ambiguous leftovers alone', () => {
    const equal = makeContext([nl, sv], [[num(nl, 0, '29', 29)], [num(sv, 0, '29', 29)]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(equal), []);
    const weak = makeContext([nl, ar], [[num(nl, 0, '29', 29)], [num(ar, 0, '12', 12)]], [[0, [0], 1, [0], 0.2]]);
    assert.deepEqual(countMismatch.run(weak), []);
    const nl2 = makeDocument({ lang: 'nl', sentences: ['In 3 dagen tekenden 29 partijen.'] });
    const ambiguous = makeContext([nl2, ar], [[num(nl2, 0, '3', 3), num(nl2, 0, '29', 29)], [num(ar, 0, '12', 12)]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(ambiguous), []);
  });

  it('treats durations in different units as a conversion, but flags a changed count of one unit', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Seit zwei Wochen standen die Engländer am Westgrat.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Depuis quinze jours les Anglais menaient l’attaque.'] });
    const converted = makeContext([de, fr], [[num(de, 0, 'zwei', 2, { spelledOut: true })], [num(fr, 0, 'quinze', 15, { spelledOut: true })]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(converted), []);
    const frWeeks = makeDocument({ lang: 'fr', sentences: ['Depuis trois semaines les Anglais menaient l’attaque.'] });
    const changed = makeContext([de, frWeeks], [[num(de, 0, 'zwei', 2, { spelledOut: true })], [num(frWeeks, 0, 'trois', 3, { spelledOut: true })]], [[0, [0], 1, [0]]]);
    assert.equal(countMismatch.run(changed).length, 1);
  });

  it('pairs a changed duration with the leftover of the same unit among several', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Zehn Stunden Steigeisenarbeit an der Grenze des Gleichgewichts.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Il fallut deux jours pour gravir 250 m. Six heures de cramponnage.'] });
    const context = makeContext(
      [de, fr],
      [[num(de, 0, 'Zehn', 10, { spelledOut: true })], [num(fr, 0, 'deux', 2, { spelledOut: true }), num(fr, 0, '250', 250), num(fr, 0, 'Six', 6, { spelledOut: true })]],
      [[0, [0], 1, [0]]],
    );
    const findings = countMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['de:Zehn', 'fr:Six']));
  });

  it('lowers hedged counts and sub-counts to info', () => {
    const nlHedged = makeDocument({ lang: 'nl', sentences: ['Er kwamen bijna 300 delegaties.'] });
    const arPlain = makeDocument({ lang: 'ar', sentences: ['جاء 250 وفدا.'] });
    const hedged = makeContext([nlHedged, arPlain], [[num(nlHedged, 0, '300', 300, { relation: 'approximately' })], [num(arPlain, 0, '250', 250)]], [[0, [0], 1, [0]]]);
    assert.equal(countMismatch.run(hedged)[0]?.severity, 'info');
    const svSub = makeDocument({ lang: 'sv', sentences: ['Av dessa har provinsen Quang Ninh ensamt 12 samförståndsavtal.'] });
    const sub = makeContext([nl, svSub], [[num(nl, 0, '29', 29)], [num(svSub, 0, '12', 12)]], [[0, [0], 1, [0]]]);
    assert.equal(countMismatch.run(sub)[0]?.severity, 'info');
  });

  it('reads "besides …" as leaving someone out of the first count after it, and "dont" far back as a plain relative', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Die Mannschaft setzte sich aus sechs Bergsteigern und zwei Wissenschaftlern zusammen :'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["Outre le chef Fritz Morawec , l' équipe comprenait cinq alpinistes et deux « scientifiques » :"] });
    const deAnchors = [num(de, 0, 'sechs', 6, { spelledOut: true }), num(de, 0, 'zwei', 2, { spelledOut: true })];
    const besides = makeContext([de, fr], [deAnchors, [num(fr, 0, 'cinq', 5, { spelledOut: true }), num(fr, 0, 'deux', 2, { spelledOut: true })]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(besides).map((f) => f.severity), ['info']);
    // The second count of that clause is not qualified: "sechs" against "six … deux" → "zwei" against "neuf" is an error.
    const frChanged = makeDocument({ lang: 'fr', sentences: ["Outre le chef Fritz Morawec , l' équipe comprenait six alpinistes et neuf « scientifiques » :"] });
    const second = makeContext([de, frChanged], [deAnchors, [num(frChanged, 0, 'six', 6, { spelledOut: true }), num(frChanged, 0, 'neuf', 9, { spelledOut: true })]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(second).map((f) => [f.severity, evidenceTexts(second, f).sort()]), [[undefined, ['de:zwei', 'fr:neuf']]]);
    // "dont" five words back opens a relative clause ("whose summits"), not a part of a larger count.
    const deRange = makeDocument({ lang: 'de', sentences: ['Die Gipfelhöhen halten sich zwischen 5800 und 6300 m.'] });
    const frDont = makeDocument({ lang: 'fr', sentences: ['Une région négligée jusqu’ici , dont les sommets cotent de 5806 à 6300 m.'] });
    const dont = makeContext([deRange, frDont], [[num(deRange, 0, '5800', 5800), num(deRange, 0, '6300', 6300)], [num(frDont, 0, '5806', 5806), num(frDont, 0, '6300', 6300)]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(dont).map((f) => f.severity), [undefined]);
    // Right before the number it still marks a part: "29 accords, dont 12 à Quang Ninh".
    const frPart = makeDocument({ lang: 'fr', sentences: ['Les parties ont signé des accords , dont 12 à Quang Ninh.'] });
    const part = makeContext([nl, frPart], [[num(nl, 0, '29', 29)], [num(frPart, 0, '12', 12)]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(part).map((f) => f.severity), ['info']);
  });

  it('compares ordinals with ordinals: 10-ї = tionde, but not 9', () => {
    const uk = makeDocument({ lang: 'uk', sentences: ['рік проведення 10-ї Весняної зустрічі'] });
    const svTenth = makeDocument({ lang: 'sv', sentences: ['året för det tionde vårmötet'] });
    const svNinth = makeDocument({ lang: 'sv', sentences: ['året för det nionde vårmötet'] });
    assert.deepEqual(countMismatch.run(makeContext([uk, svTenth], [[ord(uk, 0, '10-ї', 10)], [ord(svTenth, 0, 'tionde', 10)]], [[0, [0], 1, [0]]])), []);
    const findings = countMismatch.run(makeContext([uk, svNinth], [[ord(uk, 0, '10-ї', 10)], [ord(svNinth, 0, 'nionde', 9)]], [[0, [0], 1, [0]]]));
    assert.equal(findings.length, 1);
  });

  it('in separate articles, compares only sentences that name the same places and share another figure', () => {
    const bare = makeContext([nl, ar], [[num(nl, 0, '29', 29)], [num(ar, 0, '12', 12)]], [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.deepEqual(countMismatch.run(bare), []);
    const named = makeContext(
      [nl, ar],
      [[num(nl, 0, '29', 29), ...places(nl, 'Quang Ninh', 'Guangxi')], [num(ar, 0, '12', 12), ...places(ar, 'كوانغ نينه', 'قوانغشي')]],
      [[0, [0], 1, [0], 0.9, 'comparable']],
    );
    assert.deepEqual(countMismatch.run(named), [], 'the same places alone do not make the same statement');
    const nlDated = makeDocument({ lang: 'nl', sentences: ['Op 21 februari ondertekenden Quang Ninh en Guangxi 29 overeenkomsten.'] });
    const arDated = makeDocument({ lang: 'ar', sentences: ['في 21 فبراير وقعت كوانغ نينه وقوانغشي 12 اتفاقية.'] });
    const dated = makeContext(
      [nlDated, arDated],
      [
        [num(nlDated, 0, '29', 29), date(nlDated, 0, '21 februari', { month: 2, day: 21 }), ...places(nlDated, 'Quang Ninh', 'Guangxi')],
        [num(arDated, 0, '12', 12), date(arDated, 0, '21 فبراير', { month: 2, day: 21 }), ...places(arDated, 'كوانغ نينه', 'قوانغشي')],
      ],
      [[0, [0], 1, [0], 0.9, 'comparable']],
    );
    assert.equal(countMismatch.run(dated).length, 1);
  });

  it('does not flag a value the other version states in a neighbouring sentence, unless the link is sure', () => {
    const arNear = makeDocument({ lang: 'ar', sentences: ['وقع الطرفان 12 اتفاقية.', 'المجموع 29 اتفاقية.'] });
    const anchors = [[num(nl, 0, '29', 29)], [num(arNear, 0, '12', 12), num(arNear, 1, '29', 29)]];
    assert.deepEqual(countMismatch.run(makeContext([nl, arNear], anchors, [[0, [0], 1, [0], 0.6]])), []);
    assert.equal(countMismatch.run(makeContext([nl, arNear], anchors, [[0, [0], 1, [0], 0.9]])).length, 1);
  });

  it('matches a number against a year or day written as a date on the other side', () => {
    const nlYear = makeDocument({ lang: 'nl', sentences: ['Het Lentefestival 2025 in Quang Ninh.'] });
    const arYear = makeDocument({ lang: 'ar', sentences: ['اجتماع الربيع عام 2025 في كوانغ نينه.'] });
    const context = makeContext([nlYear, arYear], [[num(nlYear, 0, '2025', 2025)], [date(arYear, 0, 'عام 2025', { year: 2025 })]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(context), []);
  });

  it('in a translation, trusts a run of weak links held between two good ones, but not a longer or broken run', () => {
    // The aligner scores the changed sentence down, and the short sentences after it have no anchor to
    // be sure of: a run of weak links between two good ones.
    const de = makeDocument({ lang: 'de', sentences: ['Es ist der Hauptkamm zwischen Baltoro und Shaksgam.', 'Noch 335 Höhenmeter bis zum Gipfel.', 'Der Schnee war weich.', 'Das Spuren war eine Strapaze.', 'Um 15 Uhr standen sie oben.', 'Der Abstieg begann.', 'Sie kehrten zurück.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["C' est la chaîne entre le Baltoro et le Shaksgam.", 'Encore 339 m jusqu\' au sommet.', 'La neige était molle.', 'Ouvrir la trace était fatigant.', 'A 15 h ils étaient au sommet.', 'La descente commença.', 'Ils revinrent.'] });
    const anchors = [
      [num(de, 1, '335', 335), num(de, 4, '15', 15)],
      [num(fr, 1, '339', 339), num(fr, 4, '15', 15)],
    ];
    const run = (scores: number[], skip?: number) =>
      countMismatch.run(makeContext([de, fr], anchors, scores.flatMap((score, i) => (i === skip ? [] : [[0, [i], 1, [i], score] as [number, number[], number, number[], number]]))));
    assert.deepEqual(run([0.9, 0.24, 0.23, 0.25, 0.9, 0.9, 0.9]).map((f) => f.values.slice().sort()), [['335', '339']]);
    assert.deepEqual(run([0.9, 0.24, 0.23, 0.25, 0.2, 0.9, 0.9]).map((f) => f.values.slice().sort()), [['335', '339']]);
    // Five weak links in a row are too long a run to vouch for.
    assert.deepEqual(run([0.9, 0.24, 0.23, 0.25, 0.2, 0.2, 0.9]), []);
    // A sentence left out of the run breaks it.
    assert.deepEqual(run([0.9, 0.24, 0.23, 0.25, 0.9, 0.9, 0.9], 2), []);
  });

  it('in a translation, bounds a run of weak links by the documents\' edges when it reaches both', () => {
    // A short report whose changed sentence comes after its last anchored one: nothing after the run
    // vouches for it but the end of both texts.
    const de = makeDocument({ lang: 'de', sentences: ['Es ist der Hauptkamm zwischen Baltoro und Shaksgam.', 'Um 15 Uhr standen sie oben.', 'Noch 335 Höhenmeter bis zum Gipfel.', 'Der Schnee war weich.', 'Das Spuren war eine Strapaze.'] });
    const frSentences = ["C' est la chaîne entre le Baltoro et le Shaksgam.", 'A 15 h ils étaient au sommet.', "Encore 339 m jusqu' au sommet.", 'La neige était molle.', 'Ouvrir la trace était fatigant.'];
    const findings = (fr: ReturnType<typeof makeDocument>, scores: number[]) =>
      countMismatch.run(
        makeContext(
          [de, fr],
          [[num(de, 1, '15', 15), num(de, 2, '335', 335)], [num(fr, 1, '15', 15), num(fr, 2, '339', 339)]],
          scores.map((score, i) => [0, [i], 1, [i], score] as [number, number[], number, number[], number]),
        ),
      ).map((f) => f.values.slice().sort());
    const fr = makeDocument({ lang: 'fr', sentences: frSentences });
    assert.deepEqual(findings(fr, [0.9, 0.9, 0.24, 0.23, 0.25]), [['335', '339']]);
    // Page boilerplate after the last sentence is no part of the text the edge bounds.
    const withFooter = makeDocument({ lang: 'fr', sentences: [...frSentences, 'Partager sur Facebook'], kinds: ['body', 'body', 'body', 'body', 'body', 'boilerplate'] });
    assert.deepEqual(findings(withFooter, [0.9, 0.9, 0.24, 0.23, 0.25]), [['335', '339']]);
    // A sentence of one version after the run, linked to nothing, keeps the run from reaching the edge.
    const longer = makeDocument({ lang: 'fr', sentences: [...frSentences, 'Le vent se leva.'] });
    assert.deepEqual(findings(longer, [0.9, 0.9, 0.24, 0.23, 0.25]), []);
    // The start: a run of weak links from the first sentences of both up to a good link.
    const deStart = makeDocument({ lang: 'de', sentences: ['Noch 335 Höhenmeter bis zum Gipfel.', 'Der Schnee war weich.', 'Um 15 Uhr standen sie oben zwischen Baltoro und Shaksgam.'] });
    const frStart = makeDocument({ lang: 'fr', sentences: ["Encore 339 m jusqu' au sommet.", 'La neige était molle.', 'A 15 h ils étaient au sommet entre le Baltoro et le Shaksgam.'] });
    const startContext = makeContext(
      [deStart, frStart],
      [[num(deStart, 0, '335', 335), num(deStart, 2, '15', 15)], [num(frStart, 0, '339', 339), num(frStart, 2, '15', 15)]],
      [[0, [0], 1, [0], 0.24], [0, [1], 1, [1], 0.23], [0, [2], 1, [2], 0.9]],
    );
    assert.deepEqual(countMismatch.run(startContext).map((f) => f.values.slice().sort()), [['335', '339']]);
  });

  it('trusts a link of any score between two good links right next to it, but not a run of such links', () => {
    // "300 Schritt" changed to "304": the sentence's one anchor disagrees, and the aligner scores it 0.09.
    const de = makeDocument({ lang: 'de', sentences: ['Er war ein guter Träger.', 'Gestern hatte er mir 304 Schritt talaufwärts geholfen.', 'Er hiess Ang Tsering.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['C\' était un bon porteur.', 'La veille , il m\' avait accompagné 300 m en amont.', 'Il s\' appelait Ang Tsering.'] });
    const anchors = [[num(de, 1, '304', 304)], [num(fr, 1, '300', 300)]];
    const run = (scores: number[]) => countMismatch.run(makeContext([de, fr], anchors, scores.map((score, i) => [0, [i], 1, [i], score] as [number, number[], number, number[], number])));
    assert.deepEqual(run([0.9, 0.09, 0.94]).map((f) => f.values.slice().sort()), [['300', '304']]);
    assert.deepEqual(run([0.9, 0.09, 0.3]), []);
  });

  it('among several leftovers, pairs the count of the same thing: the noun after it, or none against a unit of time', () => {
    // "kaum 9 cm" against "12 pouces … 8 … 4 cm"; "8 Rupies" against "3 roupies ( 2 fr . 70 )".
    const de = makeDocument({ lang: 'de', sentences: ['Eine Länge von 30 cm , wo ich selbst kaum 9 cm einsank .', 'Ein Träger bekommt 8 Rupies pro Tag .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['En moyenne 12 pouces sur 8 de large , où je n\' enfonçais que de 4 cm .', 'Un porteur reçoit 3 roupies ( 2 fr . 70 ) par jour .'] });
    const anchors = [
      [num(de, 0, '30', 30), num(de, 0, '9', 9), num(de, 1, '8', 8)],
      [num(fr, 0, '12', 12), num(fr, 0, '8', 8), num(fr, 0, '4', 4), num(fr, 1, '3', 3), num(fr, 1, '2', 2), num(fr, 1, '70', 70)],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]]]);
    assert.deepEqual(countMismatch.run(context).map((f) => f.values.slice().sort()), [['4', '9'], ['3', '8']].map((v) => v.sort()));
    // "vier Zacken" against "Deux jours plus tard … onze clochetons": the count with no unit of time.
    const deWords = makeDocument({ lang: 'de', sentences: ['Von den vier Zacken , die den Gipfel bilden , ist der höchste scharf .'] });
    const frWords = makeDocument({ lang: 'fr', sentences: ['Deux jours plus tard , Kato atteignit le sommet , formé de onze clochetons .'] });
    const words = makeContext(
      [deWords, frWords],
      [[num(deWords, 0, 'vier', 4, { spelledOut: true })], [num(frWords, 0, 'Deux', 2, { spelledOut: true }), num(frWords, 0, 'onze', 11, { spelledOut: true })]],
      [[0, [0], 1, [0]]],
    );
    assert.deepEqual(countMismatch.run(words).map((f) => f.values.slice().sort()), [['11', '4']]);
  });

  it('among several look-alike leftovers, pairs the one after the same label', () => {
    // "Lager II ( 6702 m )" against "camp II , 6700 m": the French leaves out camp I's 6000 m.
    const de = makeDocument({ lang: 'de', sentences: ['Zwischen Lager I ( 6000 m ) und Lager II ( 6702 m ) .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Entre le camp I et le camp II , 6700 m .'] });
    const anchors = [
      [num(de, 0, 'I', 1), num(de, 0, '6000', 6000), num(de, 0, 'II', 2), num(de, 0, '6702', 6702)],
      [num(fr, 0, 'I', 1), num(fr, 0, 'II', 2), num(fr, 0, '6700', 6700)],
    ];
    const findings = countMismatch.run(makeContext([de, fr], anchors, [[0, [0], 1, [0]]]));
    assert.deepEqual(findings.map((f) => f.values.slice().sort()), [['6700', '6702']]);
  });

  it('pairs as many leftovers on each side in order when each looks like its counterpart', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Die Mannschaft setzte sich aus sechs Bergsteigern und acht Wissenschaftlern zusammen :'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["Outre le chef Fritz Morawec , l' équipe comprenait cinq alpinistes et deux « scientifiques » :"] });
    const anchors = [
      [num(de, 0, 'sechs', 6, { spelledOut: true }), num(de, 0, 'acht', 8, { spelledOut: true })],
      [num(fr, 0, 'cinq', 5, { spelledOut: true }), num(fr, 0, 'deux', 2, { spelledOut: true })],
    ];
    const findings = countMismatch.run(makeContext([de, fr], anchors, [[0, [0], 1, [0]]]));
    const bySeverity = findings.map((f) => [f.values.slice().sort().join('/'), f.severity ?? 'error']).sort();
    // Five after "outre" leaves the leader out: at most info. Eight against two is an error.
    assert.deepEqual(bySeverity, [['2/8', 'error'], ['5/6', 'info']]);
  });

  it('lets a number word stand for a number word before a digit of the same value', () => {
    // A footnote "2" in the German must not account for the French "deux" when the German word says four.
    const de = makeDocument({ lang: 'de', sentences: ['Beim Cho Oyu standen vier Höhenzahlen - 2 Die Alpen 17 - in Konkurrenz .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Pour le Cho Oyu on attribue deux altitudes concurrentes .'] });
    const anchors = [
      [num(de, 0, 'vier', 4, { spelledOut: true }), num(de, 0, '2', 2), num(de, 0, '17', 17)],
      [num(fr, 0, 'deux', 2, { spelledOut: true })],
    ];
    const findings = countMismatch.run(makeContext([de, fr], anchors, [[0, [0], 1, [0]]]));
    assert.deepEqual(findings.map((f) => f.values.slice().sort()), [['2', '4']]);
    // Untouched ("zwei Höhenzahlen - 2"): the words agree, nothing to flag.
    const same = makeDocument({ lang: 'de', sentences: ['Beim Cho Oyu standen zwei Höhenzahlen - 2 Die Alpen 17 - in Konkurrenz .'] });
    const clean = [[num(same, 0, 'zwei', 2, { spelledOut: true }), num(same, 0, '2', 2), num(same, 0, '17', 17)], anchors[1]!];
    assert.deepEqual(countMismatch.run(makeContext([same, fr], clean, [[0, [0], 1, [0]]])), []);
  });

  it('between two sure links, a value in the sentence next door does not excuse a conflict', () => {
    // "de twee provincies" before: the Arabic dual (المقاطعتان) gives no number, so the Dutch 2 is unexplained there.
    const nl = makeDocument({ lang: 'nl', sentences: ['De twee provincies volgen de verklaringen.', 'Beide zijden voeren de drie documenten uit.', 'Zij bevorderen de samenwerking.'] });
    const ar = makeDocument({ lang: 'ar', sentences: ['تستمر المقاطعتان في استيعاب البيانات.', 'يواصل الجانبان تنفيذ إثنان وثائق.', 'ويعمل الجانبان على تعزيز التعاون.'] });
    const anchors = [[num(nl, 0, 'twee', 2, { spelledOut: true }), num(nl, 1, 'drie', 3, { spelledOut: true })], [num(ar, 1, 'إثنان', 2, { spelledOut: true })]];
    const run = (neighbourScore: number) =>
      countMismatch.run(makeContext([nl, ar], anchors, [[0, [0], 1, [0], neighbourScore], [0, [1], 1, [1], 0.72], [0, [2], 1, [2], neighbourScore]]));
    assert.deepEqual(run(0.95).map((f) => f.values.slice().sort()), [['2', '3']]);
    // Neighbours less sure: the boundaries may differ, and the 2 may have moved next door.
    assert.deepEqual(run(0.6), []);
  });

  it('reads two adjacent translation links as one for number words the aligner put in different links', () => {
    // The German sentence runs on ("… nachgeholt Es waren fünf Lager errichtet"); the aligner linked the
    // French "Six camps furent installés" with the next sentence.
    const de = makeDocument({ lang: 'de', sentences: ['Das wurde 1956 nachgeholt Es waren fünf Lager errichtet , das oberste bei 7200 m.', 'Nördlich des Mustagh Ata liegt der Kongur Debe .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Cela fut fait en 1956 .', 'Six camps furent installés , le dernier à 7200 m .', 'Au nord du Muztagh Ata se dresse le Kongur Débé .'] });
    const anchors = [
      [num(de, 0, 'fünf', 5, { spelledOut: true }), num(de, 0, '7200', 7200)],
      [num(fr, 1, 'Six', 6, { spelledOut: true }), num(fr, 1, '7200', 7200)],
    ];
    const links: Array<[number, number[], number, number[], number]> = [[0, [0], 1, [0], 0.8], [0, [1], 1, [1, 2], 0.8]];
    assert.deepEqual(countMismatch.run(makeContext([de, fr], anchors, links)).map((f) => f.values.slice().sort()), [['5', '6']]);
    // Untouched ("Cinq camps"): the two links together agree.
    const same = makeDocument({ lang: 'fr', sentences: ['Cela fut fait en 1956 .', 'Cinq camps furent installés , le dernier à 7200 m .', 'Au nord du Muztagh Ata se dresse le Kongur Débé .'] });
    const clean = [anchors[0]!, [num(same, 1, 'Cinq', 5, { spelledOut: true }), num(same, 1, '7200', 7200)]];
    assert.deepEqual(countMismatch.run(makeContext([de, same], clean, links)), []);
  });

  it('across two adjacent links, pairs digits only as a one-digit slip from 100 up', () => {
    // "… 254 Höhenmeter erforderten zwei Tage" linked with the sentence before; "Il fallut deux jours pour gravir 250 m" with the next.
    const de = makeDocument({ lang: 'de', sentences: ['Die ersten Seillängen hatten Stunden gekostet , 254 Höhenmeter erforderten zwei Tage .', 'Sechs Stunden Steigeisenarbeit folgten .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Les premières longueurs coûtèrent des heures .', 'Il fallut deux jours pour gravir 250 m. Six heures de cramponnage .'] });
    const anchors = (changed: number) => [
      [num(de, 0, '254', 254), num(de, 0, 'zwei', 2, { spelledOut: true }), num(de, 1, 'Sechs', 6, { spelledOut: true })],
      [num(fr, 1, 'deux', 2, { spelledOut: true }), { ...num(fr, 1, '250', 250), numeric: changed, value: String(changed) }, num(fr, 1, 'Six', 6, { spelledOut: true })],
    ];
    const links: Array<[number, number[], number, number[], number]> = [[0, [0], 1, [0], 0.9], [0, [1], 1, [1], 0.6]];
    const values = (changed: number) => countMismatch.run(makeContext([de, fr], anchors(changed), links)).map((f) => f.values.slice().sort());
    assert.deepEqual(values(250), [['250', '254']]);
    // Not a one-digit slip (a note or page number of another edition): left alone.
    assert.deepEqual(values(318), []);
  });

  it('among several look-alike leftovers, pairs the one a digit slip away', () => {
    // The French leaves out the height of camp I; its 6703 is the German 6700 with one digit changed.
    const de = makeDocument({ lang: 'de', sentences: ['Sie machten den Eisgrat zwischen Lager I ( 6000 m ) und Lager II ( 6700 m ) gangbar.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["Ils aménagent l' arête entre le camp I et le camp II , 6703 m ."] });
    const context = makeContext([de, fr], [[num(de, 0, '6000', 6000), num(de, 0, '6700', 6700)], [num(fr, 0, '6703', 6703)]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(context).map((f) => evidenceTexts(context, f).sort()), [['de:6700', 'fr:6703']]);
    // Two neighbouring digits swapped is a slip too; two partners a slip away are still ambiguous.
    const deSwap = makeDocument({ lang: 'de', sentences: ['Zwischen Lager I ( 6000 m ) und dem Schwarzen Zahn ( 6719 m ).'] });
    const frSwap = makeDocument({ lang: 'fr', sentences: ['Entre le camp I et le Black Tooth , 6179 m .'] });
    const swap = makeContext([deSwap, frSwap], [[num(deSwap, 0, '6000', 6000), num(deSwap, 0, '6719', 6719)], [num(frSwap, 0, '6179', 6179)]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(swap).map((f) => evidenceTexts(swap, f).sort()), [['de:6719', 'fr:6179']]);
    const frBoth = makeDocument({ lang: 'fr', sentences: ["Ils aménagent l' arête entre le camp I et le camp II , 6100 m ."] });
    const both = makeContext([de, frBoth], [[num(de, 0, '6000', 6000), num(de, 0, '6700', 6700)], [num(frBoth, 0, '6100', 6100)]], [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(both), []);
  });

  it('pairs the numbers of two numbered instances among several leftovers, digits against Roman numerals', () => {
    // "Lager 8" was "Lager 1": camp I is where the French puts it; "6000" has a partner nowhere.
    const de = makeDocument({ lang: 'de', sentences: ['Ende Juni stand Lager 8 ( 5100 m ) , Lager 3 ( 6000 m ) musste auf dem Felssporn erstellt werden .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Fin juin le camp I était installé à 5100 m , le camp III dut être placé sur un éperon rocheux .'] });
    const anchors = [
      [num(de, 0, '8', 8), num(de, 0, '5100', 5100), num(de, 0, '3', 3), num(de, 0, '6000', 6000)],
      [num(fr, 0, 'I', 1), num(fr, 0, '5100', 5100), num(fr, 0, 'III', 3)],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]]]);
    assert.deepEqual(countMismatch.run(context).map((f) => evidenceTexts(context, f).sort()), [['de:8', 'fr:I']]);
    // Without the numbered nouns, 8 and 1 are two small numbers among others: no pair is sure.
    const deBare = makeDocument({ lang: 'de', sentences: ['Ende Juni waren es 8 Leute ( 5100 m ) , dazu 3 auf 6000 m .'] });
    const frBare = makeDocument({ lang: 'fr', sentences: ['Fin juin ils étaient I à 5100 m , et III plus haut .'] });
    const bare = makeContext(
      [deBare, frBare],
      [
        [num(deBare, 0, '8', 8), num(deBare, 0, '5100', 5100), num(deBare, 0, '3', 3), num(deBare, 0, '6000', 6000)],
        [num(frBare, 0, 'I', 1), num(frBare, 0, '5100', 5100), num(frBare, 0, 'III', 3)],
      ],
      [[0, [0], 1, [0]]],
    );
    assert.deepEqual(countMismatch.run(bare), []);
  });

  it('does not let a date both sides write, or a number word, stand for a day', () => {
    // "6 juillet" is the partner of "6. Juli", so "sechs" is left against "quatre".
    const de = makeDocument({ lang: 'de', sentences: ['Der Aufstieg war für die sechs Hochträger , die am 6. Juli eingesetzt wurden , hart.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['La montée fut dure pour les quatre porteurs installés le 6 juillet .'] });
    const swapped = makeContext(
      [de, fr],
      [[num(de, 0, 'sechs', 6, { spelledOut: true }), date(de, 0, '6. Juli', { month: 7, day: 6 })], [num(fr, 0, 'quatre', 4, { spelledOut: true }), date(fr, 0, '6 juillet', { month: 7, day: 6 })]],
      [[0, [0], 1, [0]]],
    );
    assert.deepEqual(countMismatch.run(swapped).map((f) => evidenceTexts(swapped, f).sort()), [['de:sechs', 'fr:quatre']]);
    // "quatre porteurs" is a count, not the day of "4. Juli" (the French says "le lendemain").
    const deDay = makeDocument({ lang: 'de', sentences: ['Am 4. Juli trugen sechs Hochträger die Lasten.'] });
    const frDay = makeDocument({ lang: 'fr', sentences: ['Le lendemain , quatre porteurs montèrent les charges.'] });
    const day = makeContext(
      [deDay, frDay],
      [[date(deDay, 0, '4. Juli', { month: 7, day: 4 }), num(deDay, 0, 'sechs', 6, { spelledOut: true })], [num(frDay, 0, 'quatre', 4, { spelledOut: true })]],
      [[0, [0], 1, [0]]],
    );
    assert.deepEqual(countMismatch.run(day).map((f) => evidenceTexts(day, f).sort()), [['de:sechs', 'fr:quatre']]);
    // The same with the day in digits ("Le 4") is the date written short: nothing left over but "sechs".
    const frDigits = makeDocument({ lang: 'fr', sentences: ['Le 4 , six porteurs montèrent les charges.'] });
    const digits = makeContext(
      [deDay, frDigits],
      [[date(deDay, 0, '4. Juli', { month: 7, day: 4 }), num(deDay, 0, 'sechs', 6, { spelledOut: true })], [num(frDigits, 0, '4', 4), num(frDigits, 0, 'six', 6, { spelledOut: true })]],
      [[0, [0], 1, [0]]],
    );
    assert.deepEqual(countMismatch.run(digits), []);
  });
});

describe('date-mismatch', () => {
  const nl = makeDocument({ lang: 'nl', sentences: ['De delegatie kwam op 20 februari naar Quang Ninh.'] });
  const ar = makeDocument({ lang: 'ar', sentences: ['وصل الوفد في 21 فبراير إلى كوانغ نينه.'] });

  it('flags a different day for the same event', () => {
    const context = makeContext([nl, ar], [[date(nl, 0, '20 februari', { month: 2, day: 20 })], [date(ar, 0, '21 فبراير', { month: 2, day: 21 })]], [[0, [0], 1, [0]]]);
    const findings = dateMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['nl:20 februari', 'ar:21 فبراير']));
  });

  it('accepts a day inside a range and dates that only differ in detail', () => {
    const sv = makeDocument({ lang: 'sv', sentences: ['Mötet ägde rum den 19–21 februari 2025.'] });
    const uk = makeDocument({ lang: 'uk', sentences: ['Вранці 21 лютого відбулася зустріч.'] });
    const range = makeContext([sv, uk], [[date(sv, 0, '19–21 februari 2025', { year: 2025, month: 2, day: 19, endDay: 21 })], [date(uk, 0, '21 лютого', { month: 2, day: 21 })]], [[0, [0], 1, [0]]]);
    assert.deepEqual(dateMismatch.run(range), []);
    const ukYear = makeDocument({ lang: 'uk', sentences: ['У 2025 році відбулася зустріч.'] });
    const detail = makeContext([nl, ukYear], [[date(nl, 0, '20 februari', { month: 2, day: 20 })], [date(ukYear, 0, '2025 році', { year: 2025 })]], [[0, [0], 1, [0]]]);
    assert.deepEqual(dateMismatch.run(detail), []);
  });

  it('counts days of a list one by one: a day written twice does not stand for a changed one', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Die Angriffe am 13., 15. und 17. Juni scheiterten.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Les assauts des 13 , 13 et 17 juin échouèrent.'] });
    const june = (day: number) => ({ month: 6, day });
    const context = makeContext(
      [de, fr],
      [
        [date(de, 0, '13.', june(13)), date(de, 0, '15.', june(15)), date(de, 0, '17. Juni', june(17))],
        [date(fr, 0, '13 ,', june(13)), date(fr, 0, '13 et', june(13)), date(fr, 0, '17 juin', june(17))],
      ],
      [[0, [0], 1, [0]]],
    );
    assert.deepEqual(dateMismatch.run(context).map((f) => evidenceTexts(context, f).sort()), [['de:15.', 'fr:13 et']]);
  });

  it('flags a list of days whose month changed as one', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Zwei Angriffe am 15. und 25. Mai scheiterten.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Deux assauts, les 15 et 25 septembre, échouèrent.'] });
    const context = makeContext(
      [de, fr],
      [
        [date(de, 0, '15.', { month: 5, day: 15 }), date(de, 0, '25. Mai', { month: 5, day: 25 })],
        [date(fr, 0, '15', { month: 9, day: 15 }), date(fr, 0, '25 septembre', { month: 9, day: 25 })],
      ],
      [[0, [0], 1, [0]]],
    );
    const findings = dateMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!).sort(), ['de:15.', 'fr:15']);
    // Months that change in different ways are no one change: nothing to pair with confidence.
    const mixed = makeDocument({ lang: 'fr', sentences: ['Deux assauts, les 15 septembre et 25 octobre, échouèrent.'] });
    const unclear = makeContext(
      [de, mixed],
      [
        [date(de, 0, '15.', { month: 5, day: 15 }), date(de, 0, '25. Mai', { month: 5, day: 25 })],
        [date(mixed, 0, '15 septembre', { month: 9, day: 15 }), date(mixed, 0, '25 octobre', { month: 10, day: 25 })],
      ],
      [[0, [0], 1, [0]]],
    );
    assert.deepEqual(dateMismatch.run(unclear), []);
  });

  it('counts months of a list one by one: "juin et juin 1956" does not stand for "Mai und Juni 1956"', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Im Mai und Juni 1956 war die Expedition tätig .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["En juin et juin 1956 l' expédition était à l' oeuvre ."] });
    const context = makeContext(
      [de, fr],
      [
        [date(de, 0, 'Mai', { year: 1956, month: 5 }), date(de, 0, 'Juni 1956', { year: 1956, month: 6 })],
        [date(fr, 0, 'juin', { year: 1956, month: 6 }), date(fr, 0, 'juin 1956', { year: 1956, month: 6 })],
      ],
      [[0, [0], 1, [0]]],
    );
    const findings = dateMismatch.run(context);
    assert.equal(findings.length, 1);
    // The first "juin" is taken by "Juni 1956"; the second is the one left over, as with days.
    assert.deepEqual(evidenceTexts(context, findings[0]!).sort(), ['de:Mai', 'fr:juin 1956']);
  });

  it('lets only an equally precise date next door excuse a mismatch: a bare year does not stand for a month', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Im Mai 1956 war die Expedition tätig .', 'Sie kehrte 1956 zurück .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["En juin 1956 l' expédition était à l' oeuvre .", 'Elle revint en 1956 .'] });
    const anchors = (frNext: ReturnType<typeof date>) => [
      [date(de, 0, 'Mai 1956', { year: 1956, month: 5 }), date(de, 1, '1956', { year: 1956 })],
      [date(fr, 0, 'juin 1956', { year: 1956, month: 6 }), frNext],
    ];
    // Linked with some doubt (below a sure parallel link), so dates next door are looked at.
    const links: Parameters<typeof makeContext>[2] = [[0, [0], 1, [0], 0.7], [0, [1], 1, [1], 0.7]];
    const yearOnly = makeContext([de, fr], anchors(date(fr, 1, '1956', { year: 1956 })), links);
    assert.deepEqual(dateMismatch.run(yearOnly).map((f) => evidenceTexts(yearOnly, f).sort()), [['de:Mai 1956', 'fr:juin 1956']]);
    // The German month written in the French next sentence: the boundary moved, not the date.
    const frMoved = makeDocument({ lang: 'fr', sentences: ["En juin 1956 l' expédition était à l' oeuvre .", 'Elle partit en mai 1956 .'] });
    const moved = makeContext([de, frMoved], [anchors(date(frMoved, 1, 'mai 1956', { year: 1956, month: 5 }))[0]!, [date(frMoved, 0, 'juin 1956', { year: 1956, month: 6 }), date(frMoved, 1, 'mai 1956', { year: 1956, month: 5 })]], links);
    assert.deepEqual(dateMismatch.run(moved), []);
  });

  it('looks for a moved date next door only where the sentence boundaries may differ, not between two sure links', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Sie brachen auf .', 'Am 5. Mai erreichten sie den Pass .', 'Am 5. Mai kehrte der Arzt um .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Ils partirent .', 'Le 6 mai ils atteignirent le col .', 'Le 5 mai le médecin rentra .'] });
    const anchors = [
      [date(de, 1, '5. Mai', { month: 5, day: 5 }), date(de, 2, '5. Mai', { month: 5, day: 5 })],
      [date(fr, 1, '6 mai', { month: 5, day: 6 }), date(fr, 2, '5 mai', { month: 5, day: 5 })],
    ];
    // Sure links before and after: the French "5 mai" next door is that sentence's own date.
    const between = makeContext([de, fr], anchors, [[0, [0], 1, [0], 0.9], [0, [1], 1, [1], 0.7], [0, [2], 1, [2], 0.9]]);
    assert.deepEqual(dateMismatch.run(between).map((f) => evidenceTexts(between, f).sort()), [['de:5. Mai', 'fr:6 mai']]);
    // Doubtful links around it: the date may have moved across a boundary, so nothing is said.
    const doubtful = makeContext([de, fr], anchors, [[0, [0], 1, [0], 0.7], [0, [1], 1, [1], 0.7], [0, [2], 1, [2], 0.7]]);
    assert.deepEqual(dateMismatch.run(doubtful), []);
  });

  it('does not compare dates of weakly linked sentences', () => {
    const context = makeContext([nl, ar], [[date(nl, 0, '20 februari', { month: 2, day: 20 })], [date(ar, 0, '21 فبراير', { month: 2, day: 21 })]], [[0, [0], 1, [0], 0.3]]);
    assert.deepEqual(dateMismatch.run(context), []);
  });
});

describe('country-label', () => {
  const sv = makeDocument({
    lang: 'sv',
    sentences: ['de fyra provinserna: Quang Ninh, Ha Giang (Vietnam) och den autonoma regionen Guangxi Zhuang (Vietnam) i synnerhet.', 'regionen Guangxi Zhuang (Kina) tackade.'],
  });
  const nl = makeDocument({ lang: 'nl', sentences: ['de delegatie uit de Autonome Regio Guangxi Zhuang (China) kwam.'] });
  const svAnchors = [
    place(sv, 0, 'Quang Ninh', 'quang-ninh', 'VN'), place(sv, 0, 'Ha Giang', 'ha-giang', 'VN'), country(sv, 0, 'Vietnam', 'VN'),
    place(sv, 0, 'Guangxi Zhuang', 'guangxi', 'CN'), country(sv, 0, 'Vietnam', 'VN', 1),
    place(sv, 1, 'Guangxi Zhuang', 'guangxi', 'CN'), country(sv, 1, 'Kina', 'CN'),
  ];
  const nlAnchors = [place(nl, 0, 'Guangxi Zhuang', 'guangxi', 'CN'), country(nl, 0, 'China', 'CN')];

  it('flags a place labelled with the wrong country, with the agreeing labels as evidence', () => {
    const context = makeContext([sv, nl], [svAnchors, nlAnchors]);
    const findings = countryLabel.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['sv:Guangxi Zhuang (Vietnam)', 'sv:Guangxi Zhuang (Kina)', 'nl:Guangxi Zhuang (China)']);
    assert.match(findings[0]!.message, /Vietnam/u);
    assert.match(findings[0]!.message, /China/u);
  });

  it('without a gazetteer country, the majority of versions decides', () => {
    const strip = (anchors: ReturnType<typeof place | typeof country>[]) =>
      anchors.map((a) => (a.type === 'entity' ? { ...a, country: undefined, entityKind: 'place' as const } : a));
    const context = makeContext([sv, nl], [strip(svAnchors), strip(nlAnchors)]);
    const findings = countryLabel.run(context);
    assert.equal(findings.length, 1);
    assert.equal(evidenceTexts(context, findings[0]!)[0], 'sv:Guangxi Zhuang (Vietnam)');
  });

  it('reads "(place, country)" but not a list of countries after a place', () => {
    const uk = makeDocument({ lang: 'uk', sentences: ["ринку Лунг Лан (Хазянг, В'єтнам) - Лонг Бінь (Гуансі, Китай) на кордоні."] });
    const ukAnchors = [place(uk, 0, 'Хазянг', 'ha-giang', 'VN'), country(uk, 0, "В'єтнам", 'VN'), place(uk, 0, 'Гуансі', 'guangxi', 'CN'), country(uk, 0, 'Китай', 'CN')];
    assert.deepEqual(countryLabel.run(makeContext([uk], [ukAnchors])), []);
    const list = makeDocument({ lang: 'nl', sentences: ['handel tussen Guangxi, Vietnam en Laos.'] });
    const listAnchors = [place(list, 0, 'Guangxi', 'guangxi', 'CN'), country(list, 0, 'Vietnam', 'VN'), country(list, 0, 'Laos', 'LA')];
    assert.deepEqual(countryLabel.run(makeContext([list], [listAnchors])), []);
  });
});

describe('role-mismatch', () => {
  const nl = makeDocument({
    lang: 'nl',
    sentences: ['Kameraad Vu Dai Thang, secretaris van het partijcomité van de provincie Quang Ninh, verwelkomde kameraad Tran Cuong, secretaris van het partijcomité van de autonome regio Guangxi Zhuang.'],
  });
  const ar = makeDocument({
    lang: 'ar',
    sentences: [
      'رحب الرفيق فو داي ثانغ، أمين لجنة الحزب في مقاطعة كوانغ نينه، بالرفيق تران كوونغ، أمين لجنة الحزب في منطقة قوانغشي.',
      'أكد الرفيق تران كوونج، أمين لجنة الحزب في مقاطعة كوانج نينه، أن إمكانات التعاون كبيرة.',
    ],
  });
  const nlAnchors = [
    person(nl, 0, 'Vu Dai Thang', 'vu dai thang'), place(nl, 0, 'Quang Ninh', 'quang-ninh', 'VN'),
    person(nl, 0, 'Tran Cuong', 'tran cuong'), place(nl, 0, 'Guangxi Zhuang', 'guangxi', 'CN'),
  ];
  const arAnchors = [
    person(ar, 0, 'فو داي ثانغ', 'vu dai thang'), place(ar, 0, 'كوانغ نينه', 'quang-ninh', 'VN'),
    person(ar, 0, 'تران كوونغ', 'tran cuong'), place(ar, 0, 'قوانغشي', 'guangxi', 'CN'),
    person(ar, 1, 'تران كوونج', 'tran cuong'), place(ar, 1, 'كوانج نينه', 'quang-ninh', 'VN'),
  ];

  it('flags the version that gives a person the office the others give to someone else', () => {
    const context = makeContext([nl, ar], [nlAnchors, arAnchors]);
    const findings = roleMismatch.run(context);
    assert.equal(findings.length, 1);
    const texts = evidenceTexts(context, findings[0]!);
    assert.equal(texts[0], 'ar:تران كوونج، أمين لجنة الحزب في مقاطعة كوانج نينه');
    assert.ok(texts.includes('nl:Tran Cuong, secretaris van het partijcomité van de autonome regio Guangxi Zhuang'));
    assert.ok(texts.includes('nl:Vu Dai Thang, secretaris van het partijcomité van de provincie Quang Ninh'));
  });

  it("does not give a person the office of the previous person's apposition", () => {
    const nl2 = makeDocument({ lang: 'nl', sentences: ['ontmoette de heer Vu Dai Thang, secretaris van het Partijcomité van Quang Ninh, de heer Tran Cuong, lid van het Centraal Comité.'] });
    const anchors = [person(nl2, 0, 'Vu Dai Thang', 'vu dai thang'), place(nl2, 0, 'Quang Ninh', 'quang-ninh', 'VN'), person(nl2, 0, 'Tran Cuong', 'tran cuong')];
    const context = makeContext([nl, nl2], [nlAnchors, anchors]);
    assert.deepEqual(roleMismatch.run(context), []);
  });

  it('stays quiet when every version agrees', () => {
    const arConsistent = makeDocument({ lang: 'ar', sentences: [ar.sentences[0]!.text] });
    const context = makeContext([nl, arConsistent], [nlAnchors, arAnchors.slice(0, 4).map((a) => ({ ...a }))]);
    assert.deepEqual(roleMismatch.run(context), []);
  });
});

describe('name-variant', () => {
  it('flags a spelling variant within one article, not an inflection', () => {
    const uk = makeDocument({
      lang: 'uk',
      sentences: ['товариш Нгуєн Сюань Тханг виступив.', 'Нгуєн Суан Тханг та секретарі.', 'директор Нгуєн Суан Тханг виступає.', 'звіт товариша Ву Дай Тханга.', 'Ву Дай Тханг виступає.'],
    });
    const anchors = [
      person(uk, 0, 'Нгуєн Сюань Тханг', 'nguyen xuan thang'), person(uk, 1, 'Нгуєн Суан Тханг', 'nguyen xuan thang'),
      person(uk, 2, 'Нгуєн Суан Тханг', 'nguyen xuan thang'), person(uk, 3, 'Ву Дай Тханга', 'vu dai thang'), person(uk, 4, 'Ву Дай Тханг', 'vu dai thang'),
    ];
    // The spelling check compares the words' sound keys: the real ones (Сюань and Суан sound alike).
    const context = { ...makeContext([uk], [anchors]), entityKey };
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['uk:Нгуєн Сюань Тханг', 'uk:Нгуєн Суан Тханг']);
  });

  it('flags two names given one office in one article', () => {
    const uk = makeDocument({
      lang: 'uk',
      sentences: [
        'Секретар партійного комітету Гуансі-Чжуанського автономного району Чень Ган виступає на конференції.',
        'Секретар партійного комітету Гуансі-Чжуанського автономного району Чан Ккуонг та секретарі підписали меморандум.',
        'Секретар партійного комітету Гуансі-Чжуанського автономного району Чан Ккуонг та секретарі зробили фото.',
      ],
    });
    const anchors = [0, 1, 2].flatMap((s) => [
      place(uk, s, 'Гуансі-Чжуанського', 'guangxi', 'CN'),
      person(uk, s, s === 0 ? 'Чень Ган' : 'Чан Ккуонг', s === 0 ? 'chen gan' : 'chan kkuong'),
    ]);
    const context = makeContext([uk], [anchors]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    const texts = evidenceTexts(context, findings[0]!);
    assert.match(texts[0]!, /Чень Ган$/u);
    assert.match(texts[1]!, /Чан Ккуонг$/u);
  });

  const nl = makeDocument({ lang: 'nl', sentences: ['Kameraad Tran Cuong, secretaris van het partijcomité van de autonome regio Guangxi Zhuang, sprak.'] });
  const id = makeDocument({
    lang: 'id',
    sentences: ['Sekretaris Komite Partai Daerah Otonomi Guangxi Zhuang, Chen Gang, mengusulkan kerja sama.', 'Tn. Tran Cuong menegaskan bahwa ia akan berkoordinasi.'],
  });
  const nlAnchors = [person(nl, 0, 'Tran Cuong', 'tran cuong'), place(nl, 0, 'Guangxi Zhuang', 'guangxi', 'CN')];
  const idAnchors = [place(id, 0, 'Guangxi Zhuang', 'guangxi', 'CN'), person(id, 0, 'Chen Gang', 'chen gang'), person(id, 1, 'Tran Cuong', 'tran cuong')];

  const ar = makeDocument({ lang: 'ar', sentences: ['شكر الرفيق تران كوونغ، أمين لجنة الحزب في منطقة قوانغشي، المضيفين.'] });
  const arAnchors = [person(ar, 0, 'تران كوونغ', 'tran cuong'), place(ar, 0, 'قوانغشي', 'guangxi', 'CN')];

  it('flags an article that gives the office to one name and also mentions the name the others use', () => {
    assert.deepEqual(nameVariant.run(makeContext([nl, id], [nlAnchors, idAnchors])), [], 'one other version is no majority');
    const context = makeContext([nl, id, ar], [nlAnchors, idAnchors, arAnchors]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), [
      'id:Sekretaris Komite Partai Daerah Otonomi Guangxi Zhuang, Chen Gang',
      'id:Tran Cuong',
      'nl:Tran Cuong, secretaris van het partijcomité van de autonome regio Guangxi Zhuang',
      'ar:تران كوونغ، أمين لجنة الحزب في منطقة قوانغشي',
    ]);
  });

  it('is dismissed by an alias', () => {
    const context = makeContext([nl, id, ar], [nlAnchors, idAnchors, arAnchors], [], { 'Tran Cuong': ['Chen Gang'] });
    assert.deepEqual(nameVariant.run(context), []);
  });
});

describe('internal-count', () => {
  it('flags one set counted two ways in one article, the caption first', () => {
    const uk = makeDocument({
      lang: 'uk',
      sentences: ['конференції між чотирма провінціями (Куангнінь, Хазянг, Лангшон, Каобанг) В\'єтнаму.', "комітету між автономним районом та 5 провінціями В'єтнаму."],
      kinds: ['body', 'caption'],
    });
    const unrelated = makeContext([uk], [[num(uk, 0, 'чотирма', 4, { spelledOut: true }), num(uk, 1, '5', 5)]]);
    assert.deepEqual(internalCount.run(unrelated), [], 'sentences that name nothing in common count different sets');
    const ukLinked = makeDocument({
      lang: 'uk',
      sentences: ["конференції між чотирма провінціями (Куангнінь, Каобанг) В'єтнаму та Гуансі.", "комітету між Гуансі та 5 провінціями В'єтнаму."],
      kinds: ['body', 'caption'],
    });
    const linkedAnchors = [
      num(ukLinked, 0, 'чотирма', 4, { spelledOut: true }), place(ukLinked, 0, 'Гуансі', 'guangxi', 'CN'), country(ukLinked, 0, "В'єтнаму", 'VN'),
      num(ukLinked, 1, '5', 5), place(ukLinked, 1, 'Гуансі', 'guangxi', 'CN'), country(ukLinked, 1, "В'єтнаму", 'VN'),
    ];
    const context = makeContext([ukLinked], [linkedAnchors]);
    const findings = internalCount.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['uk:5 провінціями', 'uk:чотирма провінціями']);
  });

  it('takes two counts of one noun in one sentence for two sets', () => {
    const nl = makeDocument({ lang: 'nl', sentences: ['Rossi heeft twintig punten uit Mugello en Assen, het verschil met Biaggi is 21 punten.'] });
    const names = [entity(nl, 0, 'Rossi', 'rosi', 'person'), entity(nl, 0, 'Mugello', 'mukil', 'unknown'), entity(nl, 0, 'Assen', 'asin', 'unknown'), entity(nl, 0, 'Biaggi', 'biaji', 'person')];
    assert.deepEqual(internalCount.run(makeContext([nl], [[...names, num(nl, 0, 'twintig', 20, { spelledOut: true }), num(nl, 0, '21', 21)]])), []);
  });

  it('tells "four provinces" from "five provinces and regions"', () => {
    const sv = makeDocument({
      lang: 'sv',
      sentences: ['de fyra provinserna: Quang Ninh, Lang Son.', 'för de fem provinserna och regionerna att se tillbaka.', 'mellan de 5 provinserna - regionerna i allmänhet.', 'fortsatte fyra gränsprovinser i Vietnam.'],
    });
    const anchors = [num(sv, 0, 'fyra', 4), num(sv, 1, 'fem', 5), num(sv, 2, '5', 5), num(sv, 3, 'fyra', 4)];
    assert.deepEqual(internalCount.run(makeContext([sv], [anchors])), []);
  });

  it('ignores measures, and counts of one and two, which name many different sets', () => {
    const fr = makeDocument({ lang: 'fr', sentences: ['Le Manaslu au Népal : 12 pouces ( 305 mm ) de long.', 'Le Manaslu au Népal : 8 pouces ( 203 mm ) de large.'] });
    const frAnchors = [0, 1].flatMap((s) => [entity(fr, s, 'Manaslu', 'manaslu', 'unknown'), country(fr, s, 'Népal', 'NP')]);
    assert.deepEqual(internalCount.run(makeContext([fr], [[...frAnchors, num(fr, 0, '305', 305), num(fr, 1, '203', 203)]])), []);
    const nl = makeDocument({ lang: 'nl', sentences: ['de twee provincies werken samen.', 'de 1 provincies'] });
    assert.deepEqual(internalCount.run(makeContext([nl], [[num(nl, 0, 'twee', 2), num(nl, 1, '1', 1)]])), []);
  });
});

describe('missing-number', () => {
  const nl = makeDocument({ lang: 'nl', sentences: ['Twee spoorlijnen van 1.435 mm verbinden Guangxi met Vietnam.'] });
  const ar = makeDocument({ lang: 'ar', sentences: ['خطان للسكك الحديدية القياسية يربطان قوانغشي بفيتنام.'] });

  it('flags a number the translation leaves out, pointing at the translation first', () => {
    const context = makeContext([nl, ar], [[num(nl, 0, '1.435', 1435)], []], [[0, [0], 1, [0]]]);
    const findings = missingNumber.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), [`ar:${ar.sentences[0]!.text}`, 'nl:1.435']);
  });

  it('only in translations, and not for spelled-out numbers', () => {
    assert.deepEqual(missingNumber.run(makeContext([nl, ar], [[num(nl, 0, '1.435', 1435)], []], [[0, [0], 1, [0], 0.9, 'comparable']])), []);
    assert.deepEqual(missingNumber.run(makeContext([nl, ar], [[num(nl, 0, 'Twee', 2, { spelledOut: true })], []], [[0, [0], 1, [0]]])), []);
  });
});

describe('swaps in translations', () => {
  it('flags a country the translation moved elsewhere, but not in separate articles', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Die Grenze zwischen Indien und Pakistan ist umstritten.', 'Pakistan liegt im Westen.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["La frontière entre l' Inde et la Chine est disputée.", "Le Pakistan est à l' ouest."] });
    const anchors = [
      [country(de, 0, 'Indien', 'IN'), country(de, 0, 'Pakistan', 'PK'), country(de, 1, 'Pakistan', 'PK')],
      [country(fr, 0, 'Inde', 'IN'), country(fr, 0, 'Chine', 'CN'), country(fr, 1, 'Pakistan', 'PK')],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]]]);
    const findings = countryLabel.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['fr:Chine', 'de:Pakistan']);
    assert.deepEqual(countryLabel.run(makeContext([de, fr], anchors, [[0, [0], 1, [0], 0.9, 'comparable']])), []);
  });

  it('flags a country swap where the other side names its country twice', () => {
    // nl "aan Vietnam … met Vietnamese regio's" against ar "إلى فرنسا … مع محليات فيتنام … فيتنام": France against Vietnam.
    const nl = makeDocument({ lang: 'nl', sentences: ["Het bezoek aan Frankrijk versterkt de samenwerking met Vietnamese regio's."] });
    const ar = makeDocument({ lang: 'ar', sentences: ['الزيارة إلى فيتنام تعزز التعاون مع محليات فيتنام.'] });
    const anchors = [
      [country(nl, 0, 'Frankrijk', 'FR'), country(nl, 0, 'Vietnamese', 'VN')],
      [country(ar, 0, 'فيتنام', 'VN'), country(ar, 0, 'فيتنام', 'VN', 1)],
    ];
    const findings = countryLabel.run(makeContext([nl, ar], anchors, [[0, [0], 1, [0]]]));
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.values, ['FR', 'VN']);
  });

  it('still flags a swap when the translation leaves out a country adjective the original has', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Die Expeditionen haben einen nepalischen Verbindungsoffizier mitzunehmen , den die Regierung von Japan zuteilt .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["Les expéditions doivent prendre un officier de liaison attribué par le Gouvernement du Népal ."] });
    const anchors = [[{ ...country(de, 0, 'nepalischen', 'NP'), adjective: true }, country(de, 0, 'Japan', 'JP')], [country(fr, 0, 'Népal', 'NP')]];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]]]);
    const findings = countryLabel.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['de:Japan', 'fr:Népal']);
  });

  it('leaves adjectives alone that differ only in how often both versions name the same two countries', () => {
    // A list of expeditions that the aligner cut after the third item on one side only.
    const de = makeDocument({ lang: 'de', sentences: ['1954 die erste argentinische Expedition , 1955 die schweizerische Expedition und 1956 die zweite argentinische Expedition .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['expédition suisse de 1953 , première expédition argentine en 1954 , expédition suisse en 1955 .'] });
    const adjective = (anchor: ReturnType<typeof country>) => ({ ...anchor, adjective: true });
    const anchors = [
      [adjective(country(de, 0, 'argentinische', 'AR')), adjective(country(de, 0, 'schweizerische', 'CH')), adjective(country(de, 0, 'argentinische', 'AR', 1))],
      [adjective(country(fr, 0, 'suisse', 'CH')), adjective(country(fr, 0, 'argentine', 'AR')), adjective(country(fr, 0, 'suisse', 'CH', 1))],
    ];
    assert.deepEqual(countryLabel.run(makeContext([de, fr], anchors, [[0, [0], 1, [0]]])), []);
    // The same with a country the other version never names in the link is a swap.
    const frSwapped = makeDocument({ lang: 'fr', sentences: ['expédition suisse de 1955 , première expédition italienne en 1954 , deuxième expédition argentine en 1956 .'] });
    const swapped = [anchors[0]!, [adjective(country(frSwapped, 0, 'suisse', 'CH')), adjective(country(frSwapped, 0, 'italienne', 'IT')), adjective(country(frSwapped, 0, 'argentine', 'AR'))]];
    const context = makeContext([de, frSwapped], swapped, [[0, [0], 1, [0]]]);
    assert.equal(countryLabel.run(context).length, 1);
  });

  it('of two mentions of one country, leaves over the one whose neighbours the other side names with another country', () => {
    // "Austria Peak … the Italian expedition to the Karakorum in 1929" against "Italy Peak … expédition italienne au Karakorum 1929".
    const de = makeDocument({ lang: 'de', sentences: ['Der Name Austria Peak ist falsch, Iskander Mirza hat ihn genehmigt, dazu Conway Saddle und Baltoro Kangri, einst von der italienischen Expedition im Karakorum 1929 besucht.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["Le nom Italie Peak est faux, Iskander Mirza l' a confirmé.", "Le Conway Saddle , atteint par l' expédition italienne au Karakorum 1929 ."] });
    const anchors = [
      [
        country(de, 0, 'Austria', 'AT'), entity(de, 0, 'Iskander Mirza', 'iskander mirza', 'person'), entity(de, 0, 'Conway Saddle', 'conway saddle', 'unknown'),
        entity(de, 0, 'Baltoro Kangri', 'baltoro kangri', 'unknown'), country(de, 0, 'italienischen', 'IT'), entity(de, 0, 'Karakorum', 'karakorum', 'unknown'), date(de, 0, '1929', { year: 1929 }),
      ],
      [
        country(fr, 0, 'Italie', 'IT'), entity(fr, 0, 'Iskander Mirza', 'iskander mirza', 'person'),
        entity(fr, 1, 'Conway Saddle', 'conway saddle', 'unknown'), country(fr, 1, 'italienne', 'IT'), entity(fr, 1, 'Karakorum', 'karakorum', 'unknown'), date(fr, 1, '1929', { year: 1929 }),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0, 1]]]);
    const findings = countryLabel.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['de:Austria', 'fr:Italie']));
  });

  it('flags a name the translation swapped for another of the story', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Am 18. Mai erreichten Ernst Reiss und Fritz Luchsinger den Gipfel.', 'Marcel Kurz zeichnete die Karte.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Le 18 mai , Ernst Reiss et Marcel Kurz atteignirent le sommet.', 'Marcel Kurz dessina la carte.'] });
    const anchors = [
      [date(de, 0, '18. Mai', { month: 5, day: 18 }), entity(de, 0, 'Ernst Reiss', 'ernst reiss', 'unknown'), entity(de, 0, 'Fritz Luchsinger', 'fritz luchsinger', 'unknown'), entity(de, 1, 'Marcel Kurz', 'marcel kurz', 'unknown')],
      [date(fr, 0, '18 mai', { month: 5, day: 18 }), entity(fr, 0, 'Ernst Reiss', 'ernst reiss', 'unknown'), entity(fr, 0, 'Marcel Kurz', 'marcel kurz', 'unknown'), entity(fr, 1, 'Marcel Kurz', 'marcel kurz', 'unknown')],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]]]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['fr:Marcel Kurz', 'de:Fritz Luchsinger']);
  });

  it('flags a name written twice in a list where the translation names someone else, among several leftovers', () => {
    const de = makeDocument({ lang: 'de', sentences: ['André Contamine , Paul Keller , Paul Keller und Dr. François Florence , Offizier Cwpt.Ali Usman .', 'Paul Keller blieb im Lager.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['André Contamine , Paul Keller , Robert Paragot et François Florence , officier Ali Usman .', 'Paul Keller resta au camp.'] });
    const anchors = [
      [
        entity(de, 0, 'André Contamine', 'andre contamine', 'unknown'), entity(de, 0, 'Paul Keller', 'paul keller', 'unknown'),
        entity(de, 0, 'Paul Keller', 'paul keller', 'unknown', {}, 1), person(de, 0, 'François Florence', 'francois florence'), entity(de, 1, 'Paul Keller', 'paul keller', 'unknown'),
      ],
      [
        entity(fr, 0, 'André Contamine', 'andre contamine', 'unknown'), entity(fr, 0, 'Paul Keller', 'paul keller', 'unknown'), entity(fr, 0, 'Robert Paragot', 'robert paragot', 'unknown'),
        person(fr, 0, 'François Florence', 'francois florence'), entity(fr, 0, 'Ali Usman', 'ali usman', 'unknown'), entity(fr, 1, 'Paul Keller', 'paul keller', 'unknown'),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]]]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!), ['de:Paul Keller', 'fr:Robert Paragot']);
    assert.equal(findings[0]!.evidence[0]!.start, anchors[0]![2]!.start);
    // The same list with the name once on each side: nothing to report.
    const deRight = makeDocument({ lang: 'de', sentences: ['André Contamine , Paul Keller , Robert Paragot und Dr. François Florence .', 'Paul Keller blieb im Lager.'] });
    const plain = makeContext([deRight, fr], [
      [entity(deRight, 0, 'Paul Keller', 'paul keller', 'unknown'), entity(deRight, 0, 'Robert Paragot', 'robert paragot', 'unknown'), entity(deRight, 1, 'Paul Keller', 'paul keller', 'unknown')],
      anchors[1]!,
    ], [[0, [0], 1, [0]], [0, [1], 1, [1]]]);
    assert.deepEqual(nameVariant.run(plain), []);
  });

  it('flags a swap although the swapped-in name shares a common word with a name both sides write', () => {
    // "Hans Willenpart" on both sides must not account for "Hans Ratay"; nor "Hidden Peak" for "Broad Peak".
    const de = makeDocument({ lang: 'de', sentences: ['Sepp Lerch , Nanga Parbat ( Photograph ) und Hans Willenpart .', 'Der Nanga Parbat ist hoch.', 'Vom K2 über Black Tooth und Hidden Peak .', 'Black Tooth ist schwarz.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Sepp Larch , Hans Ratay ( photographe ) et Hans Willenpart .', 'Le Nanga Parbat est haut.', 'Du K2 au Broad Peak et au Hidden Peak .', 'Le Black Tooth est noir.'] });
    const anchors = [
      [
        entity(de, 0, 'Sepp Lerch', 'SIPLIRS', 'unknown'), entity(de, 0, 'Nanga Parbat', 'NANAPARBAT', 'unknown'), entity(de, 0, 'Hans Willenpart', 'KANSULINPART', 'unknown'),
        entity(de, 1, 'Nanga Parbat', 'NANAPARBAT', 'unknown'),
        num(de, 2, '2', 2), entity(de, 2, 'Black Tooth', 'BLAKTUT', 'unknown'), entity(de, 2, 'Hidden Peak', 'KIDINPAK', 'unknown'),
        entity(de, 3, 'Black Tooth', 'BLAKTUT', 'unknown'),
      ],
      [
        entity(fr, 0, 'Sepp Larch', 'SIPLARS', 'unknown'), entity(fr, 0, 'Hans Ratay', 'KANSRAT', 'unknown'), entity(fr, 0, 'Hans Willenpart', 'KANSULINPART', 'unknown'),
        entity(fr, 1, 'Nanga Parbat', 'NANAPARBAT', 'unknown'),
        num(fr, 2, '2', 2), entity(fr, 2, 'Broad Peak', 'BRADPAK', 'unknown'), entity(fr, 2, 'Hidden Peak', 'KIDINPAK', 'unknown'),
        entity(fr, 3, 'Black Tooth', 'BLAKTUT', 'unknown'),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]], [0, [2], 1, [2]], [0, [3], 1, [3]]]);
    const found = nameVariant.run(context).map((f) => evidenceTexts(context, f));
    // "Nanga Parbat" and "Hans Ratay" have keys 0.5 alike, but as spellings in one script they are two names.
    assert.deepEqual(found, [['de:Nanga Parbat', 'fr:Hans Ratay'], ['de:Black Tooth', 'fr:Broad Peak']]);
  });

  it('among several leftovers the other version knows, takes the one standing where the swapped-in name stands', () => {
    // "Hans Ratay" looks known to the German through "Hans Ertl", "Gasherbrum II" is known there too.
    const de = makeDocument({ lang: 'de', sentences: ['Nanga Parbat , Heinrich Roiss und Georg Weiler machten die zweite Ersteigung , nach Hans Ertl und Albert Höcht .', 'Das Wetter war gut.', 'Der Gasherbrum II und der Nanga Parbat .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Hans Ratay , Heinrich Roiss et Georg Weiler firent la deuxième ascension après le Gasherbrum II , après Hans Ertl et Albert Höcht .', 'Il faisait beau.', 'Le Gasherbrum II et le Nanga Parbat .'] });
    const names = (doc: typeof de, list: Array<[string, string]>, s = 0) => list.map(([text, key]) => entity(doc, s, text, key, 'unknown'));
    const anchors = [
      [
        ...names(de, [['Nanga Parbat', 'NANAPARBAT'], ['Heinrich Roiss', 'KINRISRUS'], ['Georg Weiler', 'KURKULIR'], ['Hans Ertl', 'KANSIRTL'], ['Albert Höcht', 'ALBIRTKUST']]),
        ...names(de, [['Gasherbrum II', 'KASIRBRUM'], ['Nanga Parbat', 'NANAPARBAT']], 2),
      ],
      [
        ...names(fr, [['Hans Ratay', 'KANSRAT'], ['Heinrich Roiss', 'KINRISRUS'], ['Georg Weiler', 'KURKULIR'], ['Gasherbrum II', 'KASIRBRUM'], ['Hans Ertl', 'KANSIRTL'], ['Albert Höcht', 'ALBIRTKUST']]),
        ...names(fr, [['Gasherbrum II', 'KASIRBRUM'], ['Nanga Parbat', 'NANAPARBAT']], 2),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]], [0, [2], 1, [2]]]);
    assert.deepEqual(nameVariant.run(context).map((f) => evidenceTexts(context, f)), [['de:Nanga Parbat', 'fr:Hans Ratay']]);
  });

  it('names the version that writes a name twice where the other writes two names as the one to fix', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Dhaulagiri in Nepal , Shisha Pangma oder Gosainthan in Tibet , Hidden Peak und Broad Peak .', 'Der Shisha Pangma ist hoch.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['le Dhaulagiri au Népal , le Hidden Peak ou Gosainthan au Tibet , le Hidden Peak et le Broad Peak .', 'Le Shisha Pangma est haut.'] });
    const anchors = [
      [
        entity(de, 0, 'Dhaulagiri', 'DALAKR', 'unknown'), country(de, 0, 'Nepal', 'NP'), entity(de, 0, 'Shisha Pangma', 'SISAPANM', 'unknown'), entity(de, 0, 'Gosainthan', 'KUSANTAN', 'unknown'),
        entity(de, 0, 'Hidden Peak', 'KIDINPAK', 'unknown'), entity(de, 0, 'Broad Peak', 'BRADPAK', 'unknown'), entity(de, 1, 'Shisha Pangma', 'SISAPANM', 'unknown'),
      ],
      [
        entity(fr, 0, 'Dhaulagiri', 'DALAKR', 'unknown'), country(fr, 0, 'Népal', 'NP'), entity(fr, 0, 'Hidden Peak', 'KIDINPAK', 'unknown'), entity(fr, 0, 'Gosainthan', 'KUSANTAN', 'unknown'),
        entity(fr, 0, 'Hidden Peak', 'KIDINPAK', 'unknown', {}, 1), entity(fr, 0, 'Broad Peak', 'BRADPAK', 'unknown'), entity(fr, 1, 'Shisha Pangma', 'SISAPANM', 'unknown'),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]]]);
    const findings = nameVariant.run(context);
    assert.deepEqual(findings.map((f) => evidenceTexts(context, f)), [['fr:Hidden Peak', 'de:Shisha Pangma']]);
  });

  it('does not let a bare name account for a numbered one when the other side numbers that name too', () => {
    // "glacier de Gasherbrum" is the glacier; the French "Gasherbrum II" written twice is the counterpart of "Gasherbrum VI".
    const de = makeDocument({ lang: 'de', sentences: ['Ein Weg zum Fusse des Gasherbrum VI wurde erkundet . Zwei Gratrippen ziehen zum Gasherbrum II hinauf .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["On reconnut le glacier de Gasherbrum jusqu' au pied du Gasherbrum II. Deux nervures montent vers le Gasherbrum II."] });
    const anchors = [
      [entity(de, 0, 'Gasherbrum VI', 'gasherbrum', 'unknown'), num(de, 0, 'Zwei', 2, { spelledOut: true }), entity(de, 0, 'Gasherbrum II', 'gasherbrum', 'unknown')],
      [
        entity(fr, 0, 'Gasherbrum', 'gasherbrum', 'unknown'), entity(fr, 0, 'Gasherbrum II', 'gasherbrum', 'unknown'),
        num(fr, 0, 'Deux', 2, { spelledOut: true }), entity(fr, 0, 'Gasherbrum II', 'gasherbrum', 'unknown', {}, 1),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]]]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['de:Gasherbrum VI', 'fr:Gasherbrum II']));
  });

  it('nor a name that only shares its word, when the other side numbers that name: the Gasherbrum glacier is not Gasherbrum VI', () => {
    // The French swapped one "Gasherbrum II" for "Gasherbrum VI"; the German glacier shares the word "Gasherbrum".
    const de = makeDocument({ lang: 'de', sentences: ['Ein Weg durch den Südlichen Gasherbrum-Gletscher zum Fusse des Gasherbrum II . Zwei Gratrippen ziehen zum Gasherbrum II hinauf .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["On reconnut le glacier jusqu' au pied du Gasherbrum VI. Deux nervures montent vers le Gasherbrum II."] });
    const anchors = [
      [
        entity(de, 0, 'Südlichen Gasherbrum', 'südlichen gasherbrum', 'unknown'), entity(de, 0, 'Gasherbrum II', 'gasherbrum', 'unknown'),
        num(de, 0, 'Zwei', 2, { spelledOut: true }), entity(de, 0, 'Gasherbrum II', 'gasherbrum', 'unknown', {}, 1),
      ],
      [entity(fr, 0, 'Gasherbrum VI', 'gasherbrum', 'unknown'), num(fr, 0, 'Deux', 2, { spelledOut: true }), entity(fr, 0, 'Gasherbrum II', 'gasherbrum', 'unknown')],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]]]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['de:Gasherbrum II', 'fr:Gasherbrum VI']));
    // With the same peak on both sides, the glacier beside it raises nothing.
    const agreeing = makeDocument({ lang: 'fr', sentences: ["On reconnut le glacier jusqu' au pied du Gasherbrum II. Deux nervures montent vers le Gasherbrum II."] });
    const same = [anchors[0]!, [entity(agreeing, 0, 'Gasherbrum II', 'gasherbrum', 'unknown'), num(agreeing, 0, 'Deux', 2, { spelledOut: true }), entity(agreeing, 0, 'Gasherbrum II', 'gasherbrum', 'unknown', {}, 1)]];
    assert.deepEqual(nameVariant.run(makeContext([de, agreeing], same, [[0, [0], 1, [0]]])), []);
  });

  it('points at the mention of a repeated name that stands where the other version has another name', () => {
    // The French swapped "Cho Oyu" for "Pasang Dawa Lama", whom both versions name again at the end.
    const de = makeDocument({ lang: 'de', sentences: ['5. Cho Oyu , 8189 m , Gipfelmannschaft S. Jöchler und Pasang Dawa Lama .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['5. Pasang Dawa Lama , 8189 m .', 'Équipe du sommet S. Jöchler et Pasang Dawa Lama .'] });
    const anchors = [
      [entity(de, 0, 'Cho Oyu', 'cho oyu', 'unknown'), num(de, 0, '8189', 8189), entity(de, 0, 'S. Jöchler', 'jochler', 'person'), entity(de, 0, 'Pasang Dawa Lama', 'pasang dawa lama', 'person')],
      [
        entity(fr, 0, 'Pasang Dawa Lama', 'pasang dawa lama', 'person'), num(fr, 0, '8189', 8189),
        entity(fr, 1, 'S. Jöchler', 'jochler', 'person'), entity(fr, 1, 'Pasang Dawa Lama', 'pasang dawa lama', 'person'),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0, 1]]]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    const french = findings[0]!.evidence.find((e) => e.document === 1)!;
    assert.equal(french.sentence, 0, 'the swapped-in mention, not the one the German also has at the end');
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['de:Cho Oyu', 'fr:Pasang Dawa Lama']));
  });

  it('finds a swap whose replaced name stands in the next link, and not a name that only moved across', () => {
    // The French swapped "Fritz Morawec" for "Gasherbrum II", a name the German uses elsewhere; the German
    // names the leader in the sentence after the one linked with the French.
    const de = makeDocument({ lang: 'de', sentences: ['Die Mannschaft war stark :', 'Fritz Morawec als Leiter , Sepp Lerch und Hans Ratay .', 'Sie bestiegen den Gasherbrum II .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["Outre le chef Gasherbrum II , l' équipe comprenait :", 'Sepp Lerch et Hans Ratay .', 'Ils gravirent le Gasherbrum II .'] });
    const person = (doc: ReturnType<typeof makeDocument>, sentence: number, text: string) => entity(doc, sentence, text, text.toLowerCase(), 'person');
    const peak = (doc: ReturnType<typeof makeDocument>, sentence: number) => entity(doc, sentence, 'Gasherbrum II', 'gasherbrum', 'unknown');
    const links: Parameters<typeof makeContext>[2] = [[0, [0], 1, [0]], [0, [1], 1, [1]], [0, [2], 1, [2]]];
    const anchors = [
      [person(de, 1, 'Fritz Morawec'), person(de, 1, 'Sepp Lerch'), person(de, 1, 'Hans Ratay'), peak(de, 2)],
      [peak(fr, 0), person(fr, 1, 'Sepp Lerch'), person(fr, 1, 'Hans Ratay'), peak(fr, 2)],
    ];
    const context = makeContext([de, fr], anchors, links);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['fr:Gasherbrum II', 'de:Fritz Morawec']));
    assert.match(findings[0]!.message, /in the neighbouring linked sentence/u);
    // The leader named where the boundaries differ, in both versions: nothing to say.
    const frMoved = makeDocument({ lang: 'fr', sentences: ["Outre le chef Fritz Morawec , l' équipe comprenait :", 'Sepp Lerch et Hans Ratay .', 'Ils gravirent le Gasherbrum II .'] });
    const moved = [anchors[0]!, [person(frMoved, 0, 'Fritz Morawec'), person(frMoved, 1, 'Sepp Lerch'), person(frMoved, 1, 'Hans Ratay'), peak(frMoved, 2)]];
    assert.deepEqual(nameVariant.run(makeContext([de, frMoved], moved, links)), []);
  });

  it('does not let a name of the same pattern account for another: Broad Peak is not Hidden Peak', () => {
    // The German writes "BroadPeak" (no name found); the French swapped "Hidden Peak" for "Shisha Pangma".
    const de = makeDocument({ lang: 'de', sentences: ['Shisha Pangma ( 8013 m ) in Tibet , Hidden Peak ( 8068 m ) und BroadPeak ( 8047 m ) .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['le Shisha Pangma , 8013 m , au Tibet , le Shisha Pangma , 8068 m , et le Broad Peak , 8047 m .'] });
    const anchors = [
      [entity(de, 0, 'Shisha Pangma', 'shisha pangma', 'unknown'), num(de, 0, '8013', 8013), entity(de, 0, 'Hidden Peak', 'hidden peak', 'unknown'), num(de, 0, '8068', 8068), num(de, 0, '8047', 8047)],
      [
        entity(fr, 0, 'Shisha Pangma', 'shisha pangma', 'unknown'), num(fr, 0, '8013', 8013), entity(fr, 0, 'Shisha Pangma', 'shisha pangma', 'unknown', {}, 1),
        num(fr, 0, '8068', 8068), entity(fr, 0, 'Broad Peak', 'broad peak', 'unknown'), num(fr, 0, '8047', 8047),
      ],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]]]);
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['fr:Shisha Pangma', 'de:Hidden Peak']));
    assert.equal(findings[0]!.evidence.find((e) => e.document === 1)!.start, fr.text.indexOf('Shisha Pangma', 10));
  });

  it('tells names apart by the number they end in: Gasherbrum II is not Gasherbrum VI', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Am Südfuss des Gasherbrum II ( 7190 m ) , wo der Abruzzi Glacier beginnt .', 'Der Gasherbrum II ist schön.', 'Der Gasherbrum VI ist hoch.'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['au pied sud du Gasherbrum VI , 7190 m , où commence le glacier des Abruzzes .', 'Le Gasherbrum II est beau.', 'Le Gasherbrum VI est haut.'] });
    const g = (doc: typeof de, s: number, numeral: 'II' | 'VI') => entity(doc, s, `Gasherbrum ${numeral}`, numeral === 'II' ? 'KASIRBRUM' : 'KASIRBRUMP', 'unknown');
    const anchors = [
      [g(de, 0, 'II'), num(de, 0, '7190', 7190), entity(de, 0, 'Abruzzi Glacier', 'ABRUJIKLAKIR', 'unknown'), g(de, 1, 'II'), g(de, 2, 'VI')],
      [g(fr, 0, 'VI'), num(fr, 0, '7190', 7190), g(fr, 1, 'II'), g(fr, 2, 'VI')],
    ];
    const context = makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]], [0, [2], 1, [2]]]);
    assert.deepEqual(nameVariant.run(context).map((f) => evidenceTexts(context, f).sort()), [['de:Gasherbrum II', 'fr:Gasherbrum VI']]);
  });

  it('still lets a name account for a longer form of itself that the same side also writes short', () => {
    // The French leaves the expedition's name out and names a mountain the German names elsewhere.
    const de = makeDocument({ lang: 'de', sentences: ['Die Internationalen Himalaya-Expedition 1934 und der Himalaya , mit Hans Ertl .', 'Später der Gasherbrum II .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["L' expédition de 1934 dans l' Himalaya , avec Gasherbrum II et Hans Ertl .", 'Plus tard le Gasherbrum II .'] });
    const anchors = [
      [
        entity(de, 0, 'Internationalen Himalaya', 'INTIRNATUNALINKIMAL', 'unknown'), date(de, 0, '1934', { year: 1934 }), entity(de, 0, 'Himalaya', 'KIMAL', 'unknown', {}, 1),
        entity(de, 0, 'Hans Ertl', 'KANSIRTL', 'unknown'), entity(de, 1, 'Gasherbrum II', 'KASIRBRUM', 'unknown'),
      ],
      [
        date(fr, 0, '1934', { year: 1934 }), entity(fr, 0, 'Himalaya', 'KIMAL', 'unknown'), entity(fr, 0, 'Gasherbrum II', 'KASIRBRUM', 'unknown'),
        entity(fr, 0, 'Hans Ertl', 'KANSIRTL', 'unknown'), entity(fr, 1, 'Gasherbrum II', 'KASIRBRUM', 'unknown'),
      ],
    ];
    assert.deepEqual(nameVariant.run(makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]]])), []);
  });

  it('keeps a longer form with a capitalised modifier one name where nouns are capitalised, the other side’s leftover written far away', () => {
    // As above, but the German names the French leftover two sentences away, not next door.
    const de = makeDocument({ lang: 'de', sentences: ['Die Internationalen Himalaya-Expedition 1934 und der Himalaya , mit Hans Ertl .', 'Dann kam der Monsun .', 'Später der Gasherbrum II .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ["L' expédition de 1934 dans l' Himalaya , avec Gasherbrum II et Hans Ertl .", 'Puis vint la mousson .', 'Plus tard le Gasherbrum II .'] });
    const anchors = [
      [
        entity(de, 0, 'Internationalen Himalaya', 'INTIRNATUNALINKIMAL', 'unknown'), date(de, 0, '1934', { year: 1934 }), entity(de, 0, 'Himalaya', 'KIMAL', 'unknown', {}, 1),
        entity(de, 0, 'Hans Ertl', 'KANSIRTL', 'unknown'), entity(de, 2, 'Gasherbrum II', 'KASIRBRUM', 'unknown'),
      ],
      [
        date(fr, 0, '1934', { year: 1934 }), entity(fr, 0, 'Himalaya', 'KIMAL', 'unknown'), entity(fr, 0, 'Gasherbrum II', 'KASIRBRUM', 'unknown'),
        entity(fr, 0, 'Hans Ertl', 'KANSIRTL', 'unknown'), entity(fr, 2, 'Gasherbrum II', 'KASIRBRUM', 'unknown'),
      ],
    ];
    assert.deepEqual(nameVariant.run(makeContext([de, fr], anchors, [[0, [0], 1, [0]], [0, [1], 1, [1]], [0, [2], 1, [2]]])), []);
  });
});
