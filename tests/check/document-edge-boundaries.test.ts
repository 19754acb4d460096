// The start and the end of two translations bound their first and last sentences as surely as a sure
// link would: a value the sentence beside states is another statement there, not this one's moved
// across a boundary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const alarms = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info');

const swedish = [
  'HMP Long Lartin rymmer över 500 fångar, inklusive några av landets farligaste förbrytare.',
  'I juni rapporterades det att fängelsets direktör behandlades på sjukhus efter att ha blivit attackerad av en fånge.',
  'Och i oktober i fjol kallades kravallpolis till fängelset för att hantera allvarliga oroligheter där personal attackerades med biljardbollar.',
];
const ukrainian = [
  "HMP Long Lartin вміщує понад 500 в'язнів, у тому числі деяких із найнебезпечніших злочинців країни.",
  "У червні повідомлялося, що директора в'язниці госпіталізували після нападу одного з в'язнів.",
  "У жовтні минулого року до в'язниці викликали спецпідрозділ поліції, щоб зупинити серйозні заворушення, в ході яких на тюремників нападали з більярдними шарами.",
];

describe('the edges of two translations', () => {
  it('compares the last sentences though the sentence before states the changed month', () => {
    const changed = [...swedish.slice(0, 2), swedish[2]!.replace('oktober', 'juni')];
    const found = alarms([
      { lang: 'sv', sentences: changed },
      { lang: 'uk', sentences: ukrainian },
    ]).filter((f) => f.rule === 'date-mismatch');
    assert.equal(found.length, 1);
    assert.ok(found[0]!.evidence.every((e) => e.sentence === 2));
  });

  it('compares the first sentences though the sentence after states the changed month', () => {
    const sv = ['I oktober i fjol kallades kravallpolis till fängelset.', 'I juni attackerades fängelsets direktör av en fånge.', 'Fängelset rymmer över 500 fångar.'];
    const uk = ["У жовтні минулого року до в'язниці викликали поліцію.", "У червні на директора в'язниці напав в'язень.", "В'язниця вміщує понад 500 в'язнів."];
    const found = alarms([
      { lang: 'sv', sentences: [sv[0]!.replace('oktober', 'juni'), ...sv.slice(1)] },
      { lang: 'uk', sentences: uk },
    ]).filter((f) => f.rule === 'date-mismatch');
    assert.equal(found.length, 1);
    assert.ok(found[0]!.evidence.every((e) => e.sentence === 0));
  });

  it('raises nothing on the untouched translations', () => {
    assert.deepEqual(alarms([{ lang: 'sv', sentences: swedish }, { lang: 'uk', sentences: ukrainian }]).map((f) => f.message), []);
  });
});
