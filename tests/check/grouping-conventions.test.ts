// Thousands grouped with the mark the language itself writes decimals with, as text keeps the grouping
// of the source it came from: one group (`45,000` in Swedish, `45.000` in Arabic) reads either way, so it
// states the other versions' value when its other reading is theirs; several groups can only group.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).flatMap((a) => (a.type === 'number' ? [a.numeric] : []));

/** Three sentences of one story in five languages; `X` is where the Swedish and Arabic write the figure. */
const story: Record<string, string[]> = {
  uk: ['Volvo відкрила завод у Генті в 1998 році.', 'Минулого року компанія продала в Бельгії 45 000 автомобілів.', 'На заводі працює 2 300 людей.'],
  nl: ['Volvo opende de fabriek in Gent in 1998.', "Het bedrijf verkocht vorig jaar 45.000 auto's in België.", 'De fabriek heeft 2.300 werknemers.'],
  id: ['Volvo membuka pabrik di Gent pada 1998.', 'Perusahaan itu menjual 45.000 mobil di Belgia tahun lalu.', 'Pabrik itu memiliki 2.300 karyawan.'],
  sv: ['Volvo öppnade fabriken i Gent 1998.', 'Företaget sålde X bilar i Belgien förra året.', 'Fabriken har 2 300 anställda.'],
  ar: ['افتتحت فولفو المصنع في غينت عام 1998.', 'باعت الشركة X سيارة في بلجيكا العام الماضي.', 'يعمل في المصنع 2300 موظف.'],
};
const alarms = (langs: string[], figures: Record<string, string>) =>
  check(langs.map((lang) => ({ lang, sentences: story[lang]!.map((s) => s.replace('X', figures[lang] ?? '')) })), { mode: 'parallel' }).findings.filter(
    (f) => f.severity !== 'info',
  );
const five = ['uk', 'nl', 'id', 'sv', 'ar'];

describe('thousands grouped with the other convention', () => {
  it('raises nothing when a version groups with its own decimal mark', () => {
    assert.deepEqual(alarms(five, { sv: '45,000', ar: '45.000' }).map((f) => f.message), []);
  });

  it('still finds a changed figure written that way', () => {
    const found = alarms(five, { sv: '48,000', ar: '45.000' });
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(found[0]!.rule, 'count-mismatch');
    assert.match(found[0]!.message, /^sv /u);
  });

  it('compares two versions the same way', () => {
    const pair = (sv: string) => alarms(['nl', 'sv'], { sv });
    assert.equal(pair('45,000').length, 0);
    assert.equal(pair('45,500').length, 1);
  });

  it('reads the decimal mark repeated between groups as grouping', () => {
    assert.deepEqual(numbers('Han betalade 1,250,000 kronor.', 'sv'), [1250000]);
    assert.deepEqual(numbers('Він заплатив 1,250,000 гривень.', 'uk'), [1250000]);
    assert.deepEqual(numbers('دفع 1.250.000 دولار.', 'ar'), [1250000]);
    // Once, it is still the language's decimal mark.
    assert.deepEqual(numbers('Räntan steg till 1,250 procent.', 'sv'), [1.25]);
  });
});

describe('the anchors check gives back', () => {
  it('carry the reading the linked sentences confirm', () => {
    const result = check(['nl', 'sv'].map((lang) => ({ lang, sentences: story[lang]!.map((s) => s.replace('X', '45,000')) })), { mode: 'parallel' });
    const figure = result.anchors[1]!.find((a) => a.text === '45,000');
    assert.equal(figure?.type === 'number' ? figure.numeric : undefined, 45000);
    // Where nothing linked states it, the language's own reading stays.
    const alone = check(['nl', 'sv'].map((lang) => ({ lang, sentences: story[lang]!.map((s) => s.replace('45.000', '12.000').replace('X', '45,000')) })), { mode: 'parallel' });
    const unconfirmed = alone.anchors[1]!.find((a) => a.text === '45,000');
    assert.equal(unconfirmed?.type === 'number' ? unconfirmed.numeric : undefined, 45);
  });
});
