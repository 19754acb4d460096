/**
 * Whether a name is an initialism: two to five capitals (`США`, `VS`, `UK`), letters read one by one.
 * Country tables keep initialisms in capitals (the CLDR generator and the hand-written profiles alike),
 * and only text written in capitals names the country by one (`Пари`, couples, is no `ПАР`).
 */
export function isInitialism(name: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(name);
}
