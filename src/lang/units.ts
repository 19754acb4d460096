// Units of measure, clock words and century words, by language: translators convert measures (feet to
// metres, pounds to kilograms, °F to °C), write the clock in 12 or 24 hours and a century as an
// ordinal or as its years, so two figures that differ may state one value. The check stage reads these
// to tell "the same value written differently" from a changed one.
//
// A unit form ending in `*` is a stem (it matches any word it begins, and the part after a hyphen of
// `249-кілограмовий`); others match the whole word, case-insensitively.

/** A unit of measure: its dimension and the factor to that dimension's base unit (metre, kilogram, km/h). */
export interface UnitDefinition {
  dimension: 'length' | 'mass' | 'temperature';
  /** Factor to the base unit; temperatures give their scale instead. */
  factor: number;
  /** `c`/`f` for temperatures in a known scale, `degree` when a language leaves the scale unsaid. */
  scale?: 'c' | 'f' | 'degree';
  /** Whether the unit is metric (a figure converted from an imperial one carries decimals). */
  metric: boolean;
}

export const units: Readonly<Record<string, UnitDefinition>> = {
  millimetre: { dimension: 'length', factor: 0.001, metric: true },
  centimetre: { dimension: 'length', factor: 0.01, metric: true },
  metre: { dimension: 'length', factor: 1, metric: true },
  kilometre: { dimension: 'length', factor: 1000, metric: true },
  inch: { dimension: 'length', factor: 0.0254, metric: false },
  foot: { dimension: 'length', factor: 0.3048, metric: false },
  yard: { dimension: 'length', factor: 0.9144, metric: false },
  mile: { dimension: 'length', factor: 1609.34, metric: false },
  gram: { dimension: 'mass', factor: 0.001, metric: true },
  kilogram: { dimension: 'mass', factor: 1, metric: true },
  tonne: { dimension: 'mass', factor: 1000, metric: true },
  pound: { dimension: 'mass', factor: 0.45359, metric: false },
  ounce: { dimension: 'mass', factor: 0.02835, metric: false },
  celsius: { dimension: 'temperature', factor: 1, scale: 'c', metric: true },
  fahrenheit: { dimension: 'temperature', factor: 1, scale: 'f', metric: false },
  degree: { dimension: 'temperature', factor: 1, scale: 'degree', metric: true },
};

/** Unit words by language (and English, which every language borrows abbreviations from). */
export const unitWords: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  common: {
    millimetre: ['mm'], centimetre: ['cm'], metre: ['m'], kilometre: ['km', 'km/h', 'km/u', 'km/tim', 'kph'], inch: ['in', 'inch', 'inches'],
    foot: ['ft', 'feet', 'foot'], yard: ['yd', 'yards'], mile: ['mi', 'mph', 'miles', 'mile'], gram: ['g'], kilogram: ['kg'], tonne: ['t'],
    pound: ['lb', 'lbs', 'pound', 'pounds'], ounce: ['oz'], celsius: ['°c', 'celsius*'], fahrenheit: ['°f', 'fahrenheit*'], degree: ['°'],
  },
  nl: {
    millimetre: ['millimeter'], centimetre: ['centimeter'], metre: ['meter'], kilometre: ['kilometer'], inch: ['inch', 'duim'], foot: ['voet'],
    mile: ['mijl', 'mijlen'], kilogram: ['kilo', "kilo's", 'kilogram'], tonne: ['ton'], pound: ['pond'], degree: ['graden', 'graad'],
  },
  sv: {
    millimetre: ['millimeter'], centimetre: ['centimeter'], metre: ['meter'], kilometre: ['kilometer'], inch: ['tum'], foot: ['fot'],
    mile: ['mile', 'miles'], kilogram: ['kilo', 'kilogram'], tonne: ['ton'], pound: ['pund'], degree: ['grader', 'grad'],
  },
  id: {
    millimetre: ['milimeter'], centimetre: ['sentimeter'], metre: ['meter'], kilometre: ['kilometer'], inch: ['inci'], foot: ['kaki'],
    mile: ['mil'], kilogram: ['kilo', 'kilogram'], tonne: ['ton'], pound: ['pon'], degree: ['derajat'],
  },
  uk: {
    millimetre: ['мм', 'міліметр*'], centimetre: ['см', 'сантиметр*'], metre: ['м', 'метр*'], kilometre: ['км', 'кілометр*'], inch: ['дюйм*'],
    foot: ['фут*'], mile: ['миль', 'милі', 'миля', 'милю'], kilogram: ['кг', 'кілограм*'], tonne: ['т', 'тонн*'], pound: ['фунт*'], degree: ['градус*'],
  },
  ar: {
    millimetre: ['مم', 'ملم', 'مليمتر*'], centimetre: ['سم', 'سنتيمتر*', 'سنتيمترات'], metre: ['م', 'متر*', 'أمتار'], kilometre: ['كم', 'كيلومتر*', 'كيلومترات'],
    inch: ['بوصة', 'بوصات', 'إنش', 'إنشات'], foot: ['قدم', 'قدما', 'قدمًا', 'أقدام'], mile: ['ميل', 'ميلا', 'ميلًا', 'أميال'], kilogram: ['كجم', 'كغ', 'كيلوغرام*', 'كيلوجرام*'],
    tonne: ['طن', 'أطنان'], pound: ['رطل', 'رطلا', 'رطلًا', 'رطلاً', 'أرطال'], degree: ['درجة', 'درجات'],
  },
};

/**
 * Words that make a number a clock time (`om 15 uur`, `pukul 3 sore`, `الساعة 3 مساءً`, `klockan 15`),
 * before or after it. A time in 24 hours and the same in 12 differ by twelve.
 */
export const clockWords: Readonly<Record<string, readonly string[]>> = {
  common: ['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc'],
  nl: ['uur', "'s middags", "'s avonds", "'s ochtends"],
  sv: ['klockan', 'kl', 'kl.'],
  id: ['pukul', 'jam', 'sore', 'malam', 'pagi', 'siang', 'wib'],
  uk: ['годині', 'година', 'годин', 'ранку', 'вечора', 'дня', 'ночі'],
  ar: ['الساعة', 'مساء', 'مساءً', 'صباحا', 'صباحًا', 'صباح'],
};

/**
 * Words for "century": a number beside one names a century (`القرن العشرين`, `de 20e eeuw`, `XX століття`,
 * `abad ke-20`, `1800-talet`), a period stated another way in other versions, not a count.
 */
export const centuryWords: Readonly<Record<string, readonly string[]>> = {
  common: ['century'],
  nl: ['eeuw'],
  sv: ['århundrade*', 'sekel*', '*-talet'],
  id: ['abad'],
  uk: ['століття', 'сторіччя', 'ст.'],
  ar: ['القرن', 'قرن'],
};
