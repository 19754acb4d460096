// Name swaps where the names' own forms hide the swap: a short name's key one letter from another
// name's, and a full name written beside its own surname in one sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const swaps = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'name-variant');

describe('name swaps hidden by the names’ forms', () => {
  it('does not take a short surname for another short name one letter away in the same script', () => {
    const found = swaps([
      {
        lang: 'sv',
        sentences: [
          'Premiärminister Zoran Zaev röstade i Strumica i söndags.',
          'Anhängare, bland dem premiärminister Zoran Zaev, vill att landet går med i NATO och Europeiska unionen.',
          'Presidenten Gjorge Ivanov uppmanade till bojkott av folkomröstningen.',
        ],
      },
      {
        lang: 'nl',
        sentences: [
          'Premier Zoran Zaev stemde zondag in Strumica.',
          'Voorstanders, waaronder premier Gjorge Ivanov, willen dat het land lid wordt van de NAVO en de Europese Unie.',
          'President Gjorge Ivanov riep op tot een boycot van het referendum.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /Gjorge Ivanov.*Zoran Zaev|Zoran Zaev.*Gjorge Ivanov/u);
  });

  it('still reads a short surname in another script as the same name, one letter moved', () => {
    const found = swaps([
      {
        lang: 'ar',
        sentences: ['أدلى رئيس الوزراء زوران زئيف بصوته في ستروميتسا يوم الأحد.', 'قال زئيف إن الاستفتاء سيفتح الطريق إلى حلف الناتو.'],
      },
      {
        lang: 'nl',
        sentences: ['Premier dhr. Zaev bracht zondag zijn stem uit in Strumica.', 'Zaev zei dat het referendum de weg naar de NAVO zou openen.'],
      },
    ]);
    assert.deepEqual(found.map((f) => f.message), []);
  });

  it('counts a full name beside its own surname as a mention of its own when the other side names someone else', () => {
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'Moon Jae bezocht in september Pyongyang.',
          'De ministers spraken twee uur met elkaar.',
          'Ri verwees naar een verklaring van Kim Jong Un en Donald Trump van 12 juni in Singapore, toen Trump garanties beloofde.',
          'Trump noemde de top een groot succes.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'Moon Jae besökte Pyongyang i september.',
          'Ministrarna talade med varandra i två timmar.',
          'Ri hänvisade till ett uttalande av Kim Jong Un och Moon Jae den 12 juni i Singapore, då Trump lovade garantier.',
          'Trump kallade toppmötet en stor framgång.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /Moon Jae.*Donald Trump|Donald Trump.*Moon Jae/u);
  });

  it('lets a surname account for its full name when no name is left over on the other side', () => {
    const found = swaps([
      {
        lang: 'nl',
        sentences: ['Ri verwees naar een verklaring van Kim Jong Un en Donald Trump van 12 juni in Singapore, toen Trump garanties beloofde.'],
      },
      {
        lang: 'sv',
        sentences: ['Ri hänvisade till ett uttalande av Kim Jong Un och presidenten den 12 juni i Singapore, då Trump lovade garantier.'],
      },
    ]);
    assert.deepEqual(found.map((f) => f.message), []);
  });
});
