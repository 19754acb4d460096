// Units of measure the check stage converts between: their dimension and factor, and the symbols every
// language writes alike (`cm`, `kg`, `°C`, `mph`). Each language's own unit words, clock words and
// century words are in its `check.ts` (CheckVocabulary `unitWords`, `clockWords`, `centuryWords`).
import type { UnitName } from './profile.js';

/** A unit of measure: its dimension and the factor to that dimension's base unit (metre, kilogram). */
export interface UnitDefinition {
  dimension: 'length' | 'area' | 'mass' | 'temperature';
  /** Factor to the base unit; temperatures give their scale instead. */
  factor: number;
  /** `c`/`f` for temperatures in a known scale, `degree` when the text leaves the scale unsaid. */
  scale?: 'c' | 'f' | 'degree';
  /** Whether the unit is metric (a figure converted from an imperial one carries decimals). */
  metric: boolean;
}

export const units: Readonly<Record<UnitName, UnitDefinition>> = {
  millimetre: { dimension: 'length', factor: 0.001, metric: true },
  centimetre: { dimension: 'length', factor: 0.01, metric: true },
  metre: { dimension: 'length', factor: 1, metric: true },
  kilometre: { dimension: 'length', factor: 1000, metric: true },
  // The Swedish and Norwegian `mil`, ten kilometres: 100 miles are `16 mil`.
  'scandinavian-mile': { dimension: 'length', factor: 10000, metric: true },
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
  // Areas in square metres.
  'square-centimetre': { dimension: 'area', factor: 1e-4, metric: true },
  'square-metre': { dimension: 'area', factor: 1, metric: true },
  'square-kilometre': { dimension: 'area', factor: 1e6, metric: true },
  hectare: { dimension: 'area', factor: 1e4, metric: true },
  'square-foot': { dimension: 'area', factor: 0.09290304, metric: false },
  'square-yard': { dimension: 'area', factor: 0.83612736, metric: false },
  'square-mile': { dimension: 'area', factor: 2589988.11, metric: false },
  acre: { dimension: 'area', factor: 4046.8564, metric: false },
};

/** The unit of area that is the square of a unit of length (`square feet`, `vierkante meter`). */
export const squareUnits: Readonly<Partial<Record<UnitName, UnitName>>> = {
  centimetre: 'square-centimetre', metre: 'square-metre', kilometre: 'square-kilometre', foot: 'square-foot', yard: 'square-yard', mile: 'square-mile',
};

/** Unit symbols written alike in every Latin-script language (speeds as their length unit per hour). */
export const unitSymbols: Readonly<Partial<Record<UnitName, readonly string[]>>> = {
  millimetre: ['mm'], centimetre: ['cm'], metre: ['m'], kilometre: ['km', 'km/h', 'km/u', 'km/tim', 'kph'], inch: ['in.'],
  foot: ['ft'], yard: ['yd'], mile: ['mi', 'mph'], gram: ['g'], kilogram: ['kg'], tonne: ['t'], pound: ['lb', 'lbs'], ounce: ['oz'],
  // The masculine ordinal indicator (º) is typed for the degree sign (°) often enough to read as one.
  celsius: ['°c', 'ºc'], fahrenheit: ['°f', 'ºf'], degree: ['°', 'º'],
  'square-centimetre': ['cm²', 'cm2'], 'square-metre': ['m²', 'm2'], 'square-kilometre': ['km²', 'km2'], 'square-foot': ['ft²', 'sqft'], 'square-mile': ['mi²'], hectare: ['ha'],
};

/** The language whose unit words news in every language quotes (`10 inches`, `85 mph`), read beside a text's own. */
export const quotedUnitLanguage = 'en';

/** Symbols by a number that make it a clock time in every language (`15:00 GMT`). */
export const clockSymbols: readonly string[] = ['gmt', 'utc'];
