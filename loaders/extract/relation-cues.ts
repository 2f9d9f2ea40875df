// The one registry of relation cues: for each predicate of the vocabulary, the verbs and nouns that
// state it in news prose. Verbs are inflected by compromise, so only base forms are listed here.

import nlp from 'compromise';
import { type EntityType, PLACE_TYPES, type Predicate } from '../../core/vocabulary.js';

export interface CueOptions {
  /** Entity types the object may have (default: people, organisations, countries). */
  objectTypes?: readonly EntityType[];
  /** Text that must follow the object ("told him not to" is a warning, not a chat). */
  afterObject?: RegExp;
  /** The object phrase must pass through one of these words ("sent troops to" deploys). */
  via?: readonly string[];
  /** Becomes this predicate when a weapon or equipment noun follows ("offered Iran fighter jets"). */
  withItem?: Predicate;
  /** Only a relation when a weapon or equipment noun follows ("sent drones to"), never otherwise. */
  itemOnly?: boolean;
  /** Use the forms exactly as written (no inflection). */
  exact?: boolean;
}

export interface PredicateCues {
  predicate: Predicate;
  /** Verb phrases in the base form: the first word is inflected ("push back on" → "pushed back on"). */
  verbs: ReadonlyArray<string | [string, CueOptions]>;
  /** Noun phrases: "X's strikes on Y", "a call between X and Y". */
  nouns: ReadonlyArray<string | [string, CueOptions]>;
}

const PLACES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'FACILITY'];
const PEOPLE: readonly EntityType[] = ['PERSON'];
/** Parties that can fight: people "clash" only with words. */
const ARMED: readonly EntityType[] = ['ORGANIZATION', 'COUNTRY'];
const ORGANIZATIONS: readonly EntityType[] = ['ORGANIZATION'];
const NOT_TO = /^\s+not\s+to\b/;
const TROOPS = ['troops', 'soldiers', 'forces', 'units', 'personnel', 'fighters'];

/** Predicate → cues. Cues with extra conditions come first, since the first cue that yields a relation wins. */
export const RELATION_CUES: readonly PredicateCues[] = [
  { predicate: 'WARNED', verbs: ['warn', 'caution', ['tell', { afterObject: NOT_TO }], ['advise', { afterObject: NOT_TO }]], nouns: ['warning to', 'warnings to'] },
  { predicate: 'THREATENED', verbs: ['threaten'], nouns: ['threats against', 'threat against'] },
  { predicate: 'DEPLOYED_TO', verbs: ['deploy', ['send', { via: TROOPS, objectTypes: PLACES }], ['dispatch', { via: TROOPS, objectTypes: PLACES }]], nouns: ['deployment to'] },
  {
    predicate: 'SUPPLIES',
    verbs: ['supply', 'provide', 'deliver', 'sell', 'ship', 'arm', ['send', { itemOnly: true }]],
    nouns: ['supplier', 'supplies', 'deliveries', 'shipments', 'arms sales', 'provider'],
  },
  { predicate: 'OFFERED', verbs: [['offer', { withItem: 'SUPPLIES' }], 'propose', 'promise'], nouns: [] },
  { predicate: 'APPEALED_TO', verbs: ['urge', 'call on', 'appeal to', 'implore'], nouns: ['appeal to'] },
  {
    predicate: 'SPOKE_WITH',
    verbs: ['speak', 'talk', 'phone', ['call', { objectTypes: PEOPLE }], ['tell', { objectTypes: PEOPLE }]],
    nouns: ['phone call', 'call', 'calls', 'conversation', 'conversations', 'phone conversation'],
  },
  { predicate: 'MET_WITH', verbs: ['meet', 'host', 'visit', ['receive', { objectTypes: PEOPLE }]], nouns: ['meeting', 'meetings', 'summit', 'visit to'] },
  { predicate: 'NEGOTIATED_WITH', verbs: ['negotiate'], nouns: ['negotiations', 'talks', 'peace talks'] },
  {
    predicate: 'COOPERATES_WITH',
    verbs: ['cooperate', 'ally', 'partner'],
    nouns: ['alliance', 'partnership', 'cooperation', 'agreement', 'joint exercises', 'pact', 'treaty', 'accord'],
  },
  {
    predicate: 'SUPPORTS',
    verbs: [['backed', { exact: true }], ['backing', { exact: true }], 'support', 'endorse', 'assist', 'aid', 'help'],
    nouns: ['support for', 'patron', 'backer', 'backing for', 'aid to', 'assistance to'],
  },
  { predicate: 'DEMANDED', verbs: ['demand'], nouns: ['demand'] },
  {
    predicate: 'CRITICIZED',
    verbs: ['criticize', 'criticise', 'condemn', 'accuse', 'denounce', 'blame', 'slam', 'rebuke', 'decry'],
    nouns: ['condemnation of', 'criticism of', 'opposition to'],
  },
  {
    predicate: 'REJECTED',
    verbs: ['reject', 'dismiss', 'shoot down', 'push back on', 'push back against', 'turn down', 'rebuff', 'brush off', 'snub', 'refuse'],
    nouns: ['rejection of'],
  },
  { predicate: 'SANCTIONED', verbs: ['sanction', 'expel', 'cut ties with'], nouns: ['sanctions against', 'sanctions on'] },
  {
    predicate: 'ATTACKED',
    verbs: [['attack', { objectTypes: PLACES }], ['strike', { objectTypes: PLACES }], ['bomb', { objectTypes: PLACES }], ['shell', { objectTypes: PLACES }], ['invade', { objectTypes: PLACES }], ['target', { objectTypes: PLACES }]],
    nouns: [['strikes', { objectTypes: PLACES }], ['attacks', { objectTypes: PLACES }], ['attack', { objectTypes: PLACES }], ['airstrikes', { objectTypes: PLACES }], ['raids', { objectTypes: PLACES }], ['invasion of', { objectTypes: PLACES }], ['war on', { objectTypes: PLACES }], ['assault on', { objectTypes: PLACES }], ['offensive against', { objectTypes: PLACES }], ['bombing of', { objectTypes: PLACES }], ['shelling of', { objectTypes: PLACES }]],
  },
  { predicate: 'FOUGHT', verbs: [['fight', { objectTypes: ARMED }], ['clash with', { objectTypes: ARMED }]], nouns: ['war with', 'war between', 'conflict between', 'conflict with', 'clashes with', 'clashes between', 'fighting between'] },
  {
    predicate: 'KILLED',
    verbs: [['kill', { objectTypes: PEOPLE }], ['assassinate', { objectTypes: PEOPLE }], ['murder', { objectTypes: PEOPLE }], ['slay', { objectTypes: PEOPLE }], ['slain', { objectTypes: PEOPLE, exact: true }], ['shoot', { objectTypes: PEOPLE }], ['shoot dead', { objectTypes: PEOPLE }], ['gun down', { objectTypes: PEOPLE }], ['stab to death', { objectTypes: PEOPLE }],
      ['shot and killed', { objectTypes: PEOPLE, exact: true }], ['beat to death', { objectTypes: PEOPLE }],
      // A wound called mortal or fatal is a killing: "shot and mortally wounded X", "fatally shooting X".
      ...['mortally', 'fatally'].flatMap((adverb) => ['wounded', 'wounding', 'shot', 'shooting', 'stabbed', 'stabbing'].map((verb): [string, CueOptions] => [`${adverb} ${verb}`, { objectTypes: PEOPLE, exact: true }]))],
    nouns: [
      ['killing of', { objectTypes: PEOPLE }], ['killings of', { objectTypes: PEOPLE }], ['assassination of', { objectTypes: PEOPLE }],
      ['murder of', { objectTypes: PEOPLE }], ['murders of', { objectTypes: PEOPLE }], ['slaying of', { objectTypes: PEOPLE }], ['slayings of', { objectTypes: PEOPLE }],
    ],
  },
  { predicate: 'LEADS', verbs: [['head', { objectTypes: ORGANIZATIONS }], ['chair', { objectTypes: ORGANIZATIONS }], ['lead', { objectTypes: ORGANIZATIONS }]], nouns: [] },
  { predicate: 'WORKS_FOR', verbs: [['work for', { objectTypes: ORGANIZATIONS }], ['work at', { objectTypes: ORGANIZATIONS }], ['employ', { objectTypes: PEOPLE }]], nouns: [] },
  {
    // Where an organisation is based, and where a person lives or comes from (residence, birthplace).
    predicate: 'LOCATED_IN',
    verbs: [
      ['based in', { objectTypes: PLACE_TYPES, exact: true }], ['headquartered in', { objectTypes: PLACE_TYPES, exact: true }],
      ['born in', { objectTypes: PLACE_TYPES, exact: true }], ['live in', { objectTypes: PLACE_TYPES }], ['reside in', { objectTypes: PLACE_TYPES }],
      ['grew up in', { objectTypes: PLACE_TYPES, exact: true }], ['raised in', { objectTypes: PLACE_TYPES, exact: true }],
    ],
    nouns: [['headquarters in', { objectTypes: PLACE_TYPES }], ['native of', { objectTypes: PLACE_TYPES }], ['resident of', { objectTypes: PLACE_TYPES }]],
  },
];

export interface Cue extends CueOptions {
  predicate: Predicate;
  form: 'verb' | 'noun';
  /** Lower-case words of one written form ("pushed", "back", "on"). */
  words: string[];
  /** Base form: verbs' infinitive, nouns as listed. */
  lemma: string;
}

/** Every written form of a verb phrase: its first word inflected by compromise. */
function inflections(phrase: string): string[] {
  const [head, ...rest] = phrase.split(' ');
  const doc = nlp(head);
  doc.tag('Verb');
  const forms = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  const heads = new Set([head, forms?.PastTense, forms?.PresentTense, forms?.Gerund, forms?.Participle].filter((f): f is string => !!f));
  return [...heads].map((h) => [h, ...rest].join(' '));
}

function expand(entry: string | [string, CueOptions], predicate: Predicate, form: 'verb' | 'noun'): Cue[] {
  const [lemma, options] = typeof entry === 'string' ? [entry, {}] : entry;
  const forms = form === 'verb' && !options.exact ? inflections(lemma) : [lemma];
  return forms.map((written) => ({ ...options, predicate, form, lemma, words: written.split(' ') }));
}

/** All cues as written forms, keyed by their first word, longest first, in registry order. */
export const CUES_BY_FIRST_WORD: ReadonlyMap<string, readonly Cue[]> = (() => {
  const index = new Map<string, Cue[]>();
  for (const { predicate, verbs, nouns } of RELATION_CUES) {
    for (const cue of [...verbs.flatMap((v) => expand(v, predicate, 'verb')), ...nouns.flatMap((n) => expand(n, predicate, 'noun'))]) {
      const list = index.get(cue.words[0]) ?? [];
      list.push(cue);
      index.set(cue.words[0], list);
    }
  }
  for (const list of index.values()) {
    // Stable sort: constrained cues keep registry order among equals, longer phrases first.
    list.sort((a, b) => b.words.length - a.words.length);
  }
  return index;
})();
