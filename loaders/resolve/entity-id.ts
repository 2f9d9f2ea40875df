// Stable entity ids: one key per real-world entity, whatever the spelling, case or transliteration.

import type { EntityType } from '../../core/vocabulary.js';

/**
 * Transliteration variants of one sound, folded to one spelling so that e.g. Zelensky, Zelenskiy and
 * Zelenskyy share a key. Applied to each lower-case, diacritic-free word, in order.
 */
const TRANSLITERATION_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:iy|yy|ij|ii|yi)$/, 'y'], // Zelenskiy / Zelenskyy / Dmitrii → -y
  [/ey$/, 'ei'], // Sergey / Sergei
  [/kh/g, 'h'], // Khamenei / Hamenei
  [/ou/g, 'u'], // Mahmoud / Mahmud
  [/ph/g, 'f'],
  [/(.)\1/g, '$1'], // doubled letters: Assad / Asad, Muhammad / Muhamad
];

/**
 * The matching key of a name: diacritics, case, punctuation, "al-"/"el-" particles and
 * transliteration variants removed, words joined by "-". Two surface forms with the same key are
 * treated as the same name.
 */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && word !== 'al' && word !== 'el');
  return words.map((word) => TRANSLITERATION_FOLDS.reduce((w, [pattern, to]) => w.replace(pattern, to), word)).join('-');
}

/**
 * The stable id of an entity, e.g. `person:vladimir-putin`, `country:united-states`. The same
 * real-world entity gets the same id across articles and runs as long as its canonical name
 * resolves to the same key.
 */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type.toLowerCase()}:${nameKey(canonicalName)}`;
}
