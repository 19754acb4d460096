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

  it('does not let a short surname in one script pass for an acronym one letter away, however respelt or cut', () => {
    // `Zaev` and the Dutch `NAVO` key one letter apart: neither a respelling nor a name's core is leeway for that.
    const found = swaps([
      {
        lang: 'sv',
        sentences: [
          'Presidenten Gjorge Ivanov bojkottar folkomröstningen.',
          'Premiärminister Zaev säger att ett medlemskap i NATO ger landet nya investeringar.',
          'Zaev röstade i Strumica.',
        ],
      },
      {
        lang: 'nl',
        sentences: [
          'President Gjorge Ivanov boycot het referendum.',
          'Premier Gjorge Ivanov zegt dat het lidmaatschap van de NAVO het land nieuwe investeringen oplevert.',
          'Zaev stemde in Strumica.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /nl names Gjorge Ivanov where the sv translation names Zaev/u);
  });

  it('still reads a short name and the same name with a case ending as one name', () => {
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'In zijn campagne beloofde president Joko Widodo betere wegen in Indonesië.',
          'Maar de regering van president Joko kampt met een tekort aan geld, en dat terwijl hij hoopt herkozen te worden.',
          'President Joko staat ook onder druk door spanningen in Indonesië.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'President Joko Widodo lovade bättre vägar i Indonesien i sin valkampanj.',
          'Men brist på pengar har plågat mr Jokos administration inför valet.',
          'Mr Joko pressas även av spänningar i Indonesien.',
        ],
      },
    ]);
    assert.deepEqual(found.map((f) => f.message), []);
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
