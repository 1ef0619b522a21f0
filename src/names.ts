/**
 * The form under which names are compared: case, spacing, hyphens, dots and apostrophes do not
 * count, so "Sim Gyu-ho", "sim gyuho" and "SimGyuho" meet. Hangul is kept as it is (NFC).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015_.'\u2019"\u00b7:,!?()]+/g, '');
}
