// Sentences given as a list are all `body`, so a headline given first could only be told from the
// article by its form: a line that reads as a heading by the segmenter's rule. Joining it with a body
// sentence costs `headlineJoin`, so a headline the other version lacks stays unlinked instead of being
// swallowed beside the first sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlines } from '../../src/align/sentence-features.js';
import { align, defaultPenalties, toSegmentedDocument } from '../../src/index.js';

const flags = (sentences: string[], lang: string) => [...headlines(toSegmentedDocument({ sentences, lang }))];

describe('align: headlines among sentences given as a list', () => {
  it('flags the first line without final punctuation whatever its length, and short lines without it', () => {
    const long = 'Regering belooft na een lange nacht van onderhandelen in Den Haag nieuwe steun voor boeren en vissers in het hele land';
    assert.deepEqual(flags([long, 'De regering kondigde dinsdag nieuwe steun aan.', 'Reacties uit de provincie', 'Boeren waren tevreden.'], 'nl'), [1, 0, 1, 0]);
    assert.deepEqual(flags(['Storm treft Bergen.', 'Het regende hard.'], 'nl'), [0, 0]);
    assert.deepEqual(flags(['Шторм накрив узбережжя Норвегії', 'Шторм накрив узбережжя в понеділок.'], 'uk'), [1, 0]);
    assert.deepEqual(flags(['عاصفة قوية تضرب ساحل النرويج', 'ضربت عاصفة قوية ساحل النرويج يوم الاثنين.'], 'ar'), [1, 0]);
  });

  it('does not flag a long line without final punctuation after the first, a line that goes on below, or a lower-case line', () => {
    const longer = 'Een zware storm met windstoten tot honderddertig kilometer per uur trof maandag de westkust van Noorwegen en legde het verkeer urenlang stil';
    assert.deepEqual(flags(['Het regende.', longer, 'Daarna zei de burgemeester:', 'en toen ging het licht uit'], 'nl'), [0, 0, 0, 0]);
    assert.deepEqual(flags(['', ' ', 'Reacties uit de provincie'], 'nl'), [0, 0, 1]);
  });

  it('leaves text the segmenter read to its kinds (a heading there is already no body sentence)', () => {
    const doc = toSegmentedDocument({ text: 'Storm treft Bergen\n\nHet regende hard. De wind waaide.', lang: 'nl' });
    assert.equal(doc.sentences[0]!.kind, 'heading');
    assert.deepEqual([...headlines(doc)], [0, 0, 0]);
  });

  it('leaves a headline the other version lacks unlinked rather than joined with the first sentence', () => {
    const nl = [
      'Zware storm treft de kust van Noorwegen',
      'Een zware storm heeft maandag de westkust van Noorwegen getroffen.',
      'Bij Bergen viel in twaalf uur 140 millimeter regen.',
      'Honderden huizen zaten urenlang zonder stroom.',
      'De politie vroeg inwoners om binnen te blijven.',
      'Dinsdag wordt het weer rustiger.',
    ];
    const sv = [
      'En kraftig storm drabbade på måndagen Norges västkust, där vindarna nådde orkanstyrka.',
      'Vid Bergen föll 140 millimeter regn på tolv timmar.',
      'Hundratals hus var utan ström i flera timmar.',
      'Polisen bad invånarna att stanna inomhus.',
      'På tisdagen blir vädret lugnare.',
    ];
    const links = (headlineJoin: number) =>
      align({ sentences: nl, lang: 'nl' }, { sentences: sv, lang: 'sv' }, { mode: 'parallel', penalties: { headlineJoin } }).links.map((link) => [link.a, link.b]);
    assert.ok(defaultPenalties.headlineJoin > 0);
    assert.deepEqual(links(defaultPenalties.headlineJoin)[0], [[1], [0]]);
    // Free joins swallow it: the penalty is what keeps it out.
    assert.deepEqual(links(0)[0], [[0, 1], [0]]);
  });
});
