// How our entity types and predicates map onto the benchmarks' labels (datasets README conventions).

import type { EntityType, Predicate } from '../core/vocabulary.js';

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

/** The CoNLL04 class each of our predicates is scored as; Live_In has no counterpart in our vocabulary. */
export const CONLL04_CLASS_OF_PREDICATE: Partial<Record<Predicate, string>> = {
  WORKS_FOR: 'Work_For',
  LEADS: 'Work_For',
  KILLED: 'Kill',
  LOCATED_IN: CONLL04_PLACE_CLASS,
};
