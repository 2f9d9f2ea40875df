// Where an organisation is, as its own name phrase says: "Pacific Gulf Inc. of Houston", "Brenlow
// University in Providence, R.I.", "the German Government" in a sentence that names Germany.

import { PLACE_TYPES } from '../../core/vocabulary.js';
import { lookupPlace } from '../resolve/gazetteer.js';
import { placeChain } from './find-phrase-relations.js';
import type { Mention } from './find-mentions.js';
import type { RelationFinding } from './find-relations.js';
import { COMPANY_SUFFIXES } from './lexicon.js';
import type { Token } from './text-units.js';

/** Words ending the name of a body that sits in one town: firms and institutions ("… University in Providence"). */
const SITED_BODY_WORDS = new Set([...COMPANY_SUFFIXES, 'university', 'college', 'institute', 'hospital', 'center', 'centre', 'laboratory', 'museum', 'academy', 'school']);
const CONFIDENCE = 0.7;

const isPlace = (m: Mention | undefined): m is Mention => m !== undefined && PLACE_TYPES.includes(m.type) && m.kind !== 'demonym' && !m.possessive && !m.quoted;

/**
 * LOCATED_IN relations read off organisations' name phrases in one sentence whose argument mentions
 * are `mentions`: an organisation followed by "of <place>" (a place its name did not take in), a firm
 * or institution followed by "in <place>" (and the state or country after it), and a body named by a
 * nationality ("the Angolan Government") when the sentence names that country.
 */
export function findBodyPlaces(tokens: Token[], mentions: Mention[]): RelationFinding[] {
  const startingAt = new Map(mentions.map((m) => [m.first, m]));
  const found: RelationFinding[] = [];
  const add = (body: Mention, place: Mention, verb: string) =>
    found.push({ predicate: 'LOCATED_IN', subject: body, object: place, verb, negated: false, confidence: CONFIDENCE, attributes: {} });
  for (const body of mentions) {
    if (body.type !== 'ORGANIZATION' || body.quoted || body.possessive) continue;
    // An abbreviation's full stop ("Inc.") belongs to the name.
    const after = tokens[body.last + 1]?.text === '.' && tokens[body.last + 1].start === tokens[body.last].end ? body.last + 2 : body.last + 1;
    const link = tokens[after]?.lower;
    const place = startingAt.get(after + 1);
    const sited = link === 'in' && SITED_BODY_WORDS.has(tokens[body.last].lower);
    if ((link === 'of' || sited) && isPlace(place)) {
      add(body, place, link);
      for (const outer of placeChain(tokens, startingAt, place.last + 1)) add(body, outer, link);
    }
    const nationality = lookupPlace(tokens[body.first].text);
    if (nationality?.kind === 'demonym' && body.last > body.first) {
      const country = mentions.find((m) => isPlace(m) && m.type === 'COUNTRY' && m.name === nationality.country);
      if (country) add(body, country, tokens[body.first].text);
    }
  }
  return found;
}
