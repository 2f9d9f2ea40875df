// How our entity types and predicates map onto the benchmarks' labels (datasets README conventions).

import { type EntityType, PLACE_TYPES, type Predicate } from '../core/vocabulary.js';

/** The NER labels scored on the benchmarks; MISC and CoNLL04's Other are not scored. */
export type NerLabel = 'PER' | 'LOC' | 'ORG';

/** Our entity types that count as a benchmark NER label; FACILITY, WEAPON, EVENT, OTHER are not scored. */
export const NER_LABEL_OF_TYPE: Partial<Record<EntityType, NerLabel>> = {
  PERSON: 'PER',
  COUNTRY: 'LOC',
  LOCATION: 'LOC',
  ORGANIZATION: 'ORG',
};

/** CoNLL-2003 gold labels kept for scoring. */
export const CONLL2003_NER_LABELS: Partial<Record<string, NerLabel>> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG' };

/** CoNLL04 gold entity labels kept for scoring. */
export const CONLL04_NER_LABELS: Partial<Record<string, NerLabel>> = { Peop: 'PER', Loc: 'LOC', Org: 'ORG' };

/** The row CoNLL04's two place relations share: both correspond to our one LOCATED_IN. */
export const CONLL04_PLACE_CLASS = 'Located_In+OrgBased_In';

/** CoNLL04 gold relation classes, as the class they are scored under. */
export const CONLL04_RELATION_CLASSES: Record<string, string> = {
  Work_For: 'Work_For',
  Kill: 'Kill',
  OrgBased_In: CONLL04_PLACE_CLASS,
  Located_In: CONLL04_PLACE_CLASS,
  Live_In: 'Live_In',
};

/** The CoNLL04 class each of our predicates is scored as, whatever its subject. */
export const CONLL04_CLASS_OF_PREDICATE: Partial<Record<Predicate, string>> = {
  WORKS_FOR: 'Work_For',
  LEADS: 'Work_For',
  KILLED: 'Kill',
  LOCATED_IN: CONLL04_PLACE_CLASS,
};

/**
 * The CoNLL04 class of one of our relations. CoNLL04's Live_In is residence or nationality: a person
 * LOCATED_IN a place ("Lee of Dayton", "born in Dayton", "a Dayton native"), and a person holding a
 * post of a country or state ("Croatian President Tudjman", "France's representative Lee"), since
 * CoNLL04's Work_For is only ever for an organisation.
 */
export function conll04ClassOf(predicate: Predicate, subjectType: EntityType, objectType: EntityType): string | undefined {
  const residence = subjectType === 'PERSON' && PLACE_TYPES.includes(objectType);
  if (residence && (predicate === 'LOCATED_IN' || predicate === 'LEADS' || predicate === 'WORKS_FOR')) return 'Live_In';
  return CONLL04_CLASS_OF_PREDICATE[predicate];
}
