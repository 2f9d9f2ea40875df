// Whether a word names a person's occupation, by its shape: a manager, an economist, a spokesman.
// Shared by the phrase finder (job descriptions) and mention typing (the body a job belongs to).

import type { Token } from './text-units.js';

/** The shape of a noun for a person's occupation: manager, director, economist, physician, spokesman, chief. */
const OCCUPATION = /(?:er|or|ist|ian|man|woman|person|ant|ent|ee|chief|head|member|fellow|official|aide|deputy|secretary|counsel|expert|staff|candidate)$/;
/** Nouns of that shape that are not jobs: ties of family, opinion or custom. */
const NOT_OCCUPATIONS = new Set([
  'critic', 'supporter', 'opponent', 'fan', 'friend', 'ally', 'victim', 'customer', 'client', 'son', 'daughter', 'wife', 'husband',
  'father', 'mother', 'brother', 'sister', 'partner', 'rival', 'resident', 'native', 'citizen', 'graduate', 'student', 'alumnus',
  'admirer', 'survivor', 'prisoner', 'winner', 'holder', 'user', 'buyer', 'seller', 'passenger', 'observer', 'follower', 'defender',
  'opponent', 'challenger', 'proponent', 'adherent', 'patient', 'parent', 'believer', 'viewer', 'reader', 'listener', 'shareholder',
]);

/** A lower-case noun that names an occupation by its shape: manager, economist, spokesman. */
export function isOccupation(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}+$/u.test(token.text) && OCCUPATION.test(token.lower) && !NOT_OCCUPATIONS.has(token.lower);
}
