// A country put in place of another where the sentence names the replaced country again: one side is
// left with a country and the other with none, so there is no swap of two leftovers to read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { framedVersions } from './framed.js';

const countryFindings = (docs: Array<{ lang: string; sentences: string[] }>) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');

// The storm brings rain to Sonora and to the desert south-west of the United States; id names the
// country twice, as the Indonesian translation of such a sentence in NTREX does (`wilayah A.S. … gurun A.S.`).
const middle = {
  nl: 'De storm brengt regen naar Sonora en naar de woestijn in het zuidwesten van de Verenigde Staten.',
  id: 'Badai itu membawa hujan ke Sonora, wilayah Amerika Serikat, dan gurun barat daya Amerika Serikat.',
  sv: 'Stormen ger regn i Sonora och i öknen i sydvästra USA.',
  uk: 'Шторм принесе дощі в Сонору та в пустелю на південному заході США.',
  ar: 'تجلب العاصفة الأمطار إلى سونورا وإلى صحراء جنوب غرب الولايات المتحدة.',
};
const changedId = 'Badai itu membawa hujan ke Sonora, wilayah Amerika Serikat, dan gurun barat daya India.';

describe('a country put beside a repeat of the one it replaced', () => {
  it('raises nothing on the versions as they are', () => {
    assert.deepEqual(countryFindings(framedVersions(middle)), []);
  });

  it('finds a country no other version names, the replaced one still named once', () => {
    const changed = { ...middle, id: changedId };
    const found = countryFindings(framedVersions(changed));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.evidence[0]!.value, 'IN');
    assert.match(found[0]!.message, /^id names India \(IN\), which the .* translations name nowhere/);
    // Two versions alone: the same.
    const pair = framedVersions({ id: changed.id, sv: middle.sv });
    assert.deepEqual(countryFindings(pair).map((f) => f.evidence.map((e) => e.value)), [['IN', 'US']]);
  });

  it('raises nothing for a country another version names elsewhere in its article', () => {
    // A translator who makes a country explicit takes one the story names: nl names India in its outro.
    const docs = framedVersions({ ...middle, id: changedId }).map((doc) =>
      doc.lang === 'nl' ? { ...doc, sentences: [...doc.sentences, 'De storm kwam uit India.'] } : doc,
    );
    assert.deepEqual(countryFindings(docs).filter((f) => f.evidence[0]!.value === 'IN'), []);
  });

  it('raises nothing where the facts beside the country are ones the other version leaves out', () => {
    // A phrase the other version left out takes its facts with it: sv gives no Chihuahua.
    const pair = [
      { lang: 'id', sentences: ['Badai itu membawa hujan ke Sonora, Chihuahua di Meksiko, dan gurun barat daya Amerika Serikat.'] },
      { lang: 'sv', sentences: ['Stormen ger regn i Sonora och i öknen i sydvästra USA.'] },
    ];
    assert.deepEqual(countryFindings(pair), []);
    const sameFacts = [{ ...pair[0]!, sentences: ['Badai itu membawa hujan ke Sonora di Meksiko, dan gurun barat daya Amerika Serikat.'] }, pair[1]!];
    assert.equal(countryFindings(sameFacts).length, 1);
  });

  it('with more than two versions, needs no shared fact beside the country: every other article leaving it out settles it', () => {
    // sv leaves Sonora out: against sv alone India stands beside a fact the other version lacks, as a
    // phrase one version left out would; against all four, none names India anywhere.
    const named = { ...middle, sv: 'Stormen ger regn i öknen i sydvästra USA.' };
    const changed = { ...named, id: changedId };
    assert.deepEqual(countryFindings(framedVersions(named)), []);
    assert.deepEqual(countryFindings(framedVersions(changed)).map((f) => f.evidence[0]!.value), ['IN']);
    assert.deepEqual(countryFindings(framedVersions({ id: changed.id, sv: named.sv })), []);
    assert.equal(countryFindings(framedVersions({ id: changed.id, nl: named.nl })).length, 1);
  });

  it('raises nothing for a country adjective one version adds', () => {
    // `de Britse weerdienst`: an adjective is what a translator adds, and what a surname may be read as.
    const changed = { ...middle, nl: 'De Britse storm brengt regen naar Sonora en naar de woestijn in het zuidwesten van de Verenigde Staten.' };
    assert.deepEqual(countryFindings(framedVersions(changed)), []);
  });
});
