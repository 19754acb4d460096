import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../src/index.js';
import { assertLossless, texts } from './helpers.js';

interface Case {
  name: string;
  text: string;
  expected: string[];
}

function table(lang: string, cases: Case[]): void {
  describe(`segment — ${lang}`, () => {
    for (const { name, text, expected } of cases) {
      it(name, () => {
        const sentences = segment(text, { lang });
        assert.deepEqual(texts(sentences), expected);
        assertLossless(text, sentences);
      });
    }
  });
}

table('uk', [
  { name: 'a dialogue dash closing the line stays with the sentence before it', text: '«У нас хороші стосунки з Кореєю», — заявив він. —\nМи збиралися воювати.', expected: ['«У нас хороші стосунки з Кореєю», — заявив він. —', 'Ми збиралися воювати.'] },
  { name: 'Latin titles of names written as in the original never end one', text: 'Бренди Tweezerman та Dr. PawPaw і церква St. Martin’s. Далі.', expected: ['Бренди Tweezerman та Dr. PawPaw і церква St. Martin’s.', 'Далі.'] },
  { name: 'р. inside a date goes on before a number sign', text: 'Постанова від 21 грудня 2016 р. № 991 набула чинності. Далі.', expected: ['Постанова від 21 грудня 2016 р. № 991 набула чинності.', 'Далі.'] },
  { name: 'р. ends the sentence before a capital', text: 'Це було у 2024 р. Провінція зросла.', expected: ['Це було у 2024 р.', 'Провінція зросла.'] },
  { name: 'ім., вул., ст., див. never end one', text: 'Академія ім. Хо Ши Міна на вул. Хрещатик, ст. 5 (див. Додаток). Кінець.', expected: ['Академія ім. Хо Ши Міна на вул. Хрещатик, ст. 5 (див. Додаток).', 'Кінець.'] },
  { name: 'ст. (century) may end a sentence, but not before a number', text: 'Це було у XIX ст. Потім згідно зі ст. 5 закону. Кінець.', expected: ['Це було у XIX ст.', 'Потім згідно зі ст. 5 закону.', 'Кінець.'] },
  { name: 'тис. and млн before numbers and nouns', text: 'Прибуло 5 тис. осіб і 2 млн гривень. Усе.', expected: ['Прибуло 5 тис. осіб і 2 млн гривень.', 'Усе.'] },
  { name: 'an initial is not an end; р. in lower case is', text: 'Книгу Р. Докінза переклали у 1976 р. Вона відома.', expected: ['Книгу Р. Докінза переклали у 1976 р.', 'Вона відома.'] },
  { name: 'a question inside dialogue goes on before a lowercase attribution', text: '«Навіщо?» — запитав він. Ніхто не знав.', expected: ['«Навіщо?» — запитав він.', 'Ніхто не знав.'] },
  { name: 'guillemets after the terminator belong to the sentence', text: 'Він сказав: «Ми згодні.» Потім пішов.', expected: ['Він сказав: «Ми згодні.»', 'Потім пішов.'] },
  { name: 'an apostrophe inside a word is text', text: "В'єтнам і Китай. Об'єднання.", expected: ["В'єтнам і Китай.", "Об'єднання."] },
]);

table('nl', [
  { name: 'VS. in capitals is the country and ends a sentence; vs. (versus) does not', text: 'Het trok naar het zuidwesten van de VS. Rosa zal regen brengen. Ajax vs. Feyenoord. Einde.', expected: ['Het trok naar het zuidwesten van de VS.', 'Rosa zal regen brengen.', 'Ajax vs. Feyenoord.', 'Einde.'] },
  { name: 'o.a., d.w.z., bijv., ca., dhr., nr. do not end a sentence', text: 'Er waren o.a. dhr. Jansen en ca. 300 gasten, d.w.z. bijv. nr. 5 en Mevr. De Vries. Daarna niet.', expected: ['Er waren o.a. dhr. Jansen en ca. 300 gasten, d.w.z. bijv. nr. 5 en Mevr. De Vries.', 'Daarna niet.'] },
  { name: 'enz. ends a sentence before a capital, not before lowercase', text: 'Appels, peren enz. Daarna kwam de rest. Appels enz. en peren.', expected: ['Appels, peren enz.', 'Daarna kwam de rest.', 'Appels enz. en peren.'] },
  { name: 'initials before a name', text: 'Het boek van J. Smith en M.C. Escher. Annie M.G. Schmidt schreef.', expected: ['Het boek van J. Smith en M.C. Escher.', 'Annie M.G. Schmidt schreef.'] },
  { name: 'numbers, times and dates keep their dots', text: 'Er kwamen 1.435 mensen om 18.30 uur op 20.02.2025 bijeen. Dat was veel.', expected: ['Er kwamen 1.435 mensen om 18.30 uur op 20.02.2025 bijeen.', 'Dat was veel.'] },
  { name: 'an ellipsis before lowercase goes on', text: 'Hij wachtte... en wachtte. Toen kwam zij… maar niet lang. Einde… Nieuw begin.', expected: ['Hij wachtte... en wachtte.', 'Toen kwam zij… maar niet lang.', 'Einde…', 'Nieuw begin.'] },
  { name: 'URLs and e-mail addresses stay whole', text: 'Zie https://vietnam.vn/a.b?c=1 en info@nld.com.vn voor meer. Bedankt.', expected: ['Zie https://vietnam.vn/a.b?c=1 en info@nld.com.vn voor meer.', 'Bedankt.'] },
  { name: 'typewriter quotes set off by spaces', text: ",,Mijn niveau is omhoog gegaan. '' Daarna won ze.", expected: [",,Mijn niveau is omhoog gegaan. ''", 'Daarna won ze.'] },
  { name: 'a closing quote and bracket after the terminator', text: 'Hij zei: „Ja.” (Zie foto.) Toen ging hij.', expected: ['Hij zei: „Ja.”', '(Zie foto.)', 'Toen ging hij.'] },
]);

table('id', [
  { name: 'an abbreviation listed with a capital stays one in capitals (JL. is Jl., street)', text: 'Sekolah itu terletak di JL. KS Tubun No. 3 Pontianak. Berikutnya.', expected: ['Sekolah itu terletak di JL. KS Tubun No. 3 Pontianak.', 'Berikutnya.'] },
  { name: 'Tn., Ny., No. before names and numbers', text: 'Tn. Tran Cuong dan Ny. Sari hadir di Jl. Merdeka No. 5. Acara dimulai.', expected: ['Tn. Tran Cuong dan Ny. Sari hadir di Jl. Merdeka No. 5.', 'Acara dimulai.'] },
  { name: 'dll. and dsb. may end a sentence', text: 'Budaya, seni, olahraga, dll. Semua dibahas. Buah dsb. dijual.', expected: ['Budaya, seni, olahraga, dll.', 'Semua dibahas.', 'Buah dsb. dijual.'] },
  { name: 'ellipsis before lowercase goes on', text: 'Budaya, seni, olahraga... untuk memperkuat hubungan. Selesai.', expected: ['Budaya, seni, olahraga... untuk memperkuat hubungan.', 'Selesai.'] },
  { name: 'thousands separator and decimal comma', text: 'Sebanyak 1.435 orang dan 2,5 ton. Itu banyak.', expected: ['Sebanyak 1.435 orang dan 2,5 ton.', 'Itu banyak.'] },
]);

table('sv', [
  { name: 'St. before a name is Saint; st. (pieces) may end a sentence', text: 'Klockorna i St. Martin’s tystnar, och mellan St. Louis och Omaha. De köpte 5 st. Sedan gick de.', expected: ['Klockorna i St. Martin’s tystnar, och mellan St. Louis och Omaha.', 'De köpte 5 st.', 'Sedan gick de.'] },
  { name: 'bl.a., t.ex., m.m., ca., d.v.s., s.k. inside a sentence', text: 'Det gäller bl.a. handel, t.ex. turism, ca. 300 s.k. delegationer, d.v.s. många. Nästa mening.', expected: ['Det gäller bl.a. handel, t.ex. turism, ca. 300 s.k. delegationer, d.v.s. många.', 'Nästa mening.'] },
  { name: 'etc. and osv. go on before lowercase and end before a capital', text: 'Kvinnoförbundet etc. har arbetat. Mat, dryck osv. Sedan dans.', expected: ['Kvinnoförbundet etc. har arbetat.', 'Mat, dryck osv.', 'Sedan dans.'] },
  { name: 'ordinals and ranges', text: 'Den 15:e konferensen hölls 19–21 februari. Den var lyckad.', expected: ['Den 15:e konferensen hölls 19–21 februari.', 'Den var lyckad.'] },
  { name: 'a quote spanning two sentences is split inside', text: '"Vi är vänner. Vi samarbetar", sa han.', expected: ['"Vi är vänner.', 'Vi samarbetar", sa han.'] },
]);

table('ar', [
  { name: 'the Arabic question mark ends a sentence', text: 'هل ستتحول الصين؟ إن هذا السؤال مهم. نعم!', expected: ['هل ستتحول الصين؟', 'إن هذا السؤال مهم.', 'نعم!'] },
  { name: 'a full stop before an uncased word ends a sentence', text: 'التقى الرفيق فو داي ثانغ. وحضر الاجتماع أيضًا السيد كاو.', expected: ['التقى الرفيق فو داي ثانغ.', 'وحضر الاجتماع أيضًا السيد كاو.'] },
  { name: 'decimals and Arabic-Indic digits keep their separators', text: 'بلغ 2.3 تريليون دولار و٢٫٥ مليون في عام ٢٠٢٥. انتهى.', expected: ['بلغ 2.3 تريليون دولار و٢٫٥ مليون في عام ٢٠٢٥.', 'انتهى.'] },
  { name: 'د. (doctor) does not end a sentence', text: 'قال د. أحمد إن النمو قوي. ثم غادر.', expected: ['قال د. أحمد إن النمو قوي.', 'ثم غادر.'] },
  { name: 'the Urdu full stop ۔ is a terminator', text: 'یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔', expected: ['یہ پہلا جملہ ہے۔', 'یہ دوسرا ہے۔'] },
]);

table('und', [
  { name: 'a line break always ends a sentence', text: 'Eerste regel zonder punt\nTweede regel. En meer', expected: ['Eerste regel zonder punt', 'Tweede regel.', 'En meer'] },
  { name: 'runs of terminators stay together', text: 'Wat?! Echt?? Ja!!! Goed.', expected: ['Wat?!', 'Echt??', 'Ja!!!', 'Goed.'] },
  { name: 'full-width terminators need no space after them', text: '我们来了。你好！真的吗？「是的。」好。', expected: ['我们来了。', '你好！', '真的吗？', '「是的。」', '好。'] },
  { name: 'no space after the terminator: no boundary', text: 'Zie versie v1.2.3.Volgende tekst.', expected: ['Zie versie v1.2.3.Volgende tekst.'] },
]);

describe('segment — offsets with invisible and special characters', () => {
  it('keeps offsets exact with a BOM, CRLF, NBSP, RLM, LRM and zero-width characters', () => {
    const text = '\ufeffEerste\u00a0zin.\u200f Tweede zin.\r\n\u200b\u200eDerde\u200d zin.\u2060\r\n';
    const sentences = segment(text, { lang: 'nl' });
    assert.deepEqual(texts(sentences), ['Eerste\u00a0zin.', 'Tweede zin.', 'Derde\u200d zin.']);
    assert.deepEqual(sentences.map((s) => [s.start, s.paragraph]), [[1, 0], [14, 0], [29, 1]]);
    assertLossless(text, sentences);
  });

  it('neither breaks nor glues sentences at a bidi mark', () => {
    assert.deepEqual(texts(segment('Een.\u200fTwee.', { lang: 'nl' })), ['Een.\u200fTwee.']);
    assert.deepEqual(texts(segment('Een.\u200f Twee.', { lang: 'nl' })), ['Een.', 'Twee.']);
    assert.deepEqual(texts(segment('Hij kwam o.a.\u200f uit Hanoi.', { lang: 'nl' })), ['Hij kwam o.a.\u200f uit Hanoi.']);
    assert.deepEqual(texts(segment('قال د.\u200f أحمد ذلك.', { lang: 'ar' })), ['قال د.\u200f أحمد ذلك.']);
  });

  it('treats surrogate pairs and emoji as text', () => {
    const text = 'Goed 😀. 𝐁old start. Einde.';
    const sentences = segment(text, { lang: 'nl' });
    assert.deepEqual(texts(sentences), ['Goed 😀.', '𝐁old start.', 'Einde.']);
    assertLossless(text, sentences);
  });
});
