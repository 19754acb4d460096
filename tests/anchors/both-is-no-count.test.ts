// "Both" is read as no count in any profile: were one language's "both" a 2, its version would bring a
// figure no other version states (ru `обеими сторонами` against uk `обома сторонами`, en `both sides`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);

describe('"both"', () => {
  it('is no count in any language, while the collective numerals stay counts', () => {
    const both: Array<[string, string]> = [
      ['ru', 'Конфликт подогревается обеими сторонами, и обе церкви закрыты.'],
      ['uk', 'Конфлікт підживлюється обома сторонами, і обидві церкви закриті.'],
      ['en', 'The conflict is fuelled by both sides.'],
      ['de', 'Der Konflikt wird von beiden Seiten angeheizt.'],
      ['nl', 'Het conflict wordt door beide kanten aangewakkerd.'],
      ['sv', 'Konflikten underblåses av båda sidor.'],
    ];
    for (const [lang, text] of both) assert.deepEqual(numbers(text, lang), [], lang);
    assert.deepEqual(numbers('У них двое детей.', 'ru'), ['2']);
  });
});
