// Latin-script knowledge shared by the languages written in it.

/** Latin combining forms shared by de, fr, en, nl and sv (`anglo-`, `franco-`, `italo-`). */
export const latinCombiningForms: Readonly<Record<string, readonly string[]>> = {
  GB: ['anglo'],
  FR: ['franco', 'franko'],
  DE: ['germano'],
  IT: ['italo'],
  ES: ['hispano'],
  RU: ['russo'],
  AT: ['austro'],
  JP: ['nippo'],
  CH: ['helvéto', 'helvético'],
};
