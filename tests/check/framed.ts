// One sentence per version between the same two sentences of a short news story, so the aligner links
// the middle ones by their place and the test speaks only of what they state.
/** The first sentence of every framed version. */
export const framedIntro = {
  nl: 'De boer Yuan woonde in Guiyang in de provincie Guizhou.',
  ar: 'كان المزارع يوان يعيش في غوييانغ في مقاطعة قويتشو.',
  id: 'Petani Yuan tinggal di Guiyang di provinsi Guizhou.',
  sv: 'Bonden Yuan bodde i Guiyang i provinsen Guizhou.',
  uk: 'Фермер Юань жив у Гуйяні в провінції Гуйчжоу.',
};
const outro = {
  nl: 'De politie van Guiyang onderzoekt de zaak met Yuan.',
  ar: 'تحقق شرطة غوييانغ في القضية مع يوان.',
  id: 'Polisi Guiyang menyelidiki kasus itu dengan Yuan.',
  sv: 'Polisen i Guiyang utreder fallet med Yuan.',
  uk: 'Поліція Гуйяна розслідує справу разом із Юанем.',
};

/** A language the framing sentences are written in. */
export type FramedLang = keyof typeof framedIntro;

/** One version per language given: the intro, the given middle sentence, the outro. */
export function framedVersions(middle: Partial<Record<FramedLang, string>>): Array<{ lang: string; sentences: string[] }> {
  return Object.entries(middle).map(([lang, text]) => ({ lang, sentences: [framedIntro[lang as FramedLang], text!, outro[lang as FramedLang]] }));
}
