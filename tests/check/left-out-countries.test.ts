// A country one version leaves out is no swap: an inflected multi-word name is still the country, and
// two versions that each leave out one of two countries the others state together disagree on nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';
import { countryLabel } from '../../src/check/rules/country-label.js';
import { country, date, entity, makeContext, makeDocument, type LinkSpec } from './helpers.js';

describe('countries left out are not swapped', () => {
  it('reads an inflected multi-word country name in Ukrainian', () => {
    const countries = (text: string) => extractAnchors(text, { lang: 'uk' }).filter((a) => a.type === 'country').map((a) => a.value);
    assert.deepEqual(countries('Санкції поставлять Північну Корею на коліна.'), ['KP']);
    assert.deepEqual(countries('Лідер Північної Кореї говорив про безпеку Північній Кореї.'), ['KP', 'KP']);
    assert.deepEqual(countries('Делегація Південною Кореєю не цікавилася.'), ['KR']);
  });

  it('does not read two versions each leaving out one of two countries the others state as a swap', () => {
    const sentences = {
      nl: ['Kim Jong Un ontmoette Pompeo uit de VS op 12 juni in Noord-Korea.', 'Daarna vertrok Pompeo op 13 juni.'],
      sv: ['Kim Jong Un träffade Pompeo från USA den 12 juni i Nordkorea.', 'Sedan reste Pompeo den 13 juni.'],
      id: ['Kim Jong Un bertemu Pompeo pada 12 Juni di Korea Utara.', 'Kemudian Pompeo pergi pada 13 Juni.'],
      uk: ['Кім Чен Ин зустрівся з Помпео зі США 12 червня.', 'Потім Помпео поїхав 13 червня.'],
    };
    const docs = Object.entries(sentences).map(([lang, s]) => ({ lang, sentences: s }));
    assert.deepEqual(check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label').map((f) => f.message), []);
    // A country put in place of another is still a swap.
    const swapped = docs.map((d) => (d.lang === 'id' ? { ...d, sentences: ['Kim Jong Un bertemu Pompeo pada 12 Juni di Prancis.', d.sentences[1]!] } : d));
    assert.equal(check(swapped, { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info').length, 1);
  });

  it('between two versions, does not read an adjective beside a country the other version names elsewhere as a swap', () => {
    // ar names the US by its adjective and keeps North Korea; uk names the US and leaves North Korea out
    // of this sentence, though it names it in the next: an omission, not North Korea for the US.
    const ar = makeDocument({ lang: 'ar', sentences: ['وقال وزير الخارجية الأمريكي إن المفاوضات مع كوريا الشمالية ستستمر.', 'وزار بومبيو بيونغ يانغ.'] });
    const uk = makeDocument({ lang: 'uk', sentences: ['Держсекретар США сказав, що переговори триватимуть.', 'Помпео відвідав Північну Корею.'] });
    const anchors = (korea: string, code: string) => [
      [{ ...country(ar, 0, 'الأمريكي', 'US'), adjective: true }, country(ar, 0, korea, code)],
      [country(uk, 0, 'США', 'US'), country(uk, 1, 'Північну Корею', 'KP')],
    ];
    const links: LinkSpec[] = [[0, [0], 1, [0]], [0, [1], 1, [1]]];
    assert.deepEqual(countryLabel.run(makeContext([ar, uk], anchors('كوريا الشمالية', 'KP'), links)), []);
    // A country the other version never names, put in the sentence, is still a swap.
    const swapped = makeDocument({ lang: 'ar', sentences: ['وقال وزير الخارجية الأمريكي إن المفاوضات مع فرنسا ستستمر.', 'وزار بومبيو بيونغ يانغ.'] });
    const swappedAnchors = [[{ ...country(swapped, 0, 'الأمريكي', 'US'), adjective: true }, country(swapped, 0, 'فرنسا', 'FR')], anchors('', '')[1]!];
    assert.equal(countryLabel.run(makeContext([swapped, uk], swappedAnchors, links)).length, 1);
  });

  it('between two versions, reads two countries each standing by a different shared fact as two omissions', () => {
    // Both name Singapore; sv names the US beside Pompeo and leaves North Korea out, nl names North Korea beside Kim
    // and leaves the US out.
    const sv = makeDocument({ lang: 'sv', sentences: ['USA:s utrikesminister Mike Pompeo träffade i juni Kim Jong Un i Singapore.'] });
    const nl = makeDocument({ lang: 'nl', sentences: ['Minister Mike Pompeo ontmoette in juni Kim Jong Un van Noord-Korea in Singapore.'] });
    const facts = (doc: typeof sv) => [entity(doc, 0, 'Mike Pompeo', 'mike pompeo', 'person'), date(doc, 0, 'juni', { month: 6 }), entity(doc, 0, 'Kim Jong Un', 'kim jong un', 'person')];
    const links: LinkSpec[] = [[0, [0], 1, [0]]];
    const anchors = [[country(sv, 0, 'USA', 'US'), ...facts(sv), country(sv, 0, 'Singapore', 'SG')], [...facts(nl), country(nl, 0, 'Noord-Korea', 'KP'), country(nl, 0, 'Singapore', 'SG')]];
    assert.deepEqual(countryLabel.run(makeContext([sv, nl], anchors, links)), []);
    // A country put in the other's place keeps its neighbour: a swap.
    const swapped = makeDocument({ lang: 'nl', sentences: ['Minister Mike Pompeo uit Frankrijk ontmoette in juni Kim Jong Un in Singapore.'] });
    const swappedAnchors = [anchors[0]!, [entity(swapped, 0, 'Mike Pompeo', 'mike pompeo', 'person'), country(swapped, 0, 'Frankrijk', 'FR'), ...facts(swapped).slice(1), country(swapped, 0, 'Singapore', 'SG')]];
    assert.equal(countryLabel.run(makeContext([sv, swapped], swappedAnchors, links)).length, 1);
    // One country against one other is a swap, whatever stands beside each ("born in France" / "в Германии родился").
    const alone = [[country(sv, 0, 'USA', 'US'), ...facts(sv)], [...facts(nl), country(nl, 0, 'Noord-Korea', 'KP')]];
    assert.equal(countryLabel.run(makeContext([sv, nl], alone, links)).length, 1);
  });

  it('reads two countries each version leaves out on either side of the one fact both state as omissions', () => {
    const countryAlarms = (versions: Record<string, string>) =>
      check(Object.entries(versions).map(([lang, text]) => ({ lang, sentences: [text] })), { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label');
    // "The American minister … three months" against "three months … in Singapore": two omissions.
    assert.deepEqual(countryAlarms({ nl: 'De Amerikaanse minister reisde drie maanden na de top naar Noord-Korea.', sv: 'Ministern reste tre månader efter toppmötet i Singapore till Nordkorea.' }), []);
    assert.deepEqual(countryAlarms({ de: 'Der amerikanische Minister reiste drei Monate nach dem Gipfel nach Nordkorea.', id: 'Menteri itu pergi tiga bulan setelah pertemuan di Singapura ke Korea Utara.' }), []);
    assert.deepEqual(countryAlarms({ uk: 'Американський міністр поїхав до Північної Кореї через три місяці після саміту.', fr: 'Le ministre est allé en Corée du Nord trois mois après le sommet de Singapour.' }), []);
    // A country in the other's place, on the same side of the fact, is a swap.
    assert.equal(countryAlarms({ nl: 'De Amerikaanse minister reisde drie maanden na de top naar Noord-Korea.', sv: 'Den franska ministern reste tre månader efter toppmötet till Nordkorea.' }).length, 1);
    assert.equal(countryAlarms({ de: 'Der amerikanische Minister reiste drei Monate nach dem Gipfel nach Nordkorea.', id: 'Menteri Prancis itu pergi tiga bulan setelah pertemuan ke Korea Utara.' }).length, 1);
    // The facts beside the country come in another order in the other language (`in Rawalpindi negen
    // dagen` / `nio dagar i Rawalpindi`): the country still stands where the other's stands, a swap.
    assert.equal(
      countryAlarms({
        nl: 'De ontvangst in Duitsland was hartelijk, maar de Oostenrijkers moesten in Rawalpindi negen dagen wachten op de vlucht naar Skardu.',
        sv: 'Mottagandet i Pakistan var hjärtligt, men österrikarna fick vänta nio dagar i Rawalpindi på flyget till Skardu.',
      }).length,
      1,
    );
    // One country named twice against one other is still one country for another.
    assert.equal(countryAlarms({ nl: 'De coach trainde op 3 mei twee atleten voor de Spelen in Oostenrijk.', id: 'Pelatih Indonesia itu melatih dua atlet pada 3 Mei untuk pertandingan di Indonesia.' }).length, 1);
  });
});
