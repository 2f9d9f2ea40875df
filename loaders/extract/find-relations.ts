// Finds relations stated in one sentence: a cue from the registry (verb, passive or noun form), its
// subject and object among the sentence's mentions, negation/hedging, and the supplied item.

import type { EntityType, Predicate } from '../../core/vocabulary.js';
import type { Mention } from './find-mentions.js';
import { findBodyPlaces } from './find-body-places.js';
import { findConvictions } from './find-convictions.js';
import { findPhraseRelations } from './find-phrase-relations.js';
import { isHedged } from './hedges.js';
import { ACTOR_TYPES, GENERIC_SUPPLY_NOUNS, HONORIFICS, WEAPON_NOUNS } from './lexicon.js';
import { CUES_BY_FIRST_WORD, type Cue } from './relation-cues.js';
import type { Sentence, Token } from './text-units.js';
import { titleAt } from './titles.js';

/** One relation found in a sentence, between two mentions. */
export interface RelationFinding {
  predicate: Predicate;
  subject: Mention;
  object: Mention;
  /** The cue as written. */
  verb: string;
  negated: boolean;
  confidence: number;
  attributes: Record<string, string>;
}

/** A mention that can fill an argument slot, with the tokens of its whole phrase ("Russian President Vladimir Putin"). */
interface Unit {
  first: number;
  last: number;
  head: Mention;
}

const PREPOSITIONS = new Set([
  'with', 'to', 'on', 'against', 'from', 'of', 'by', 'for', 'in', 'at', 'into', 'over', 'targeting', 'toward',
  'towards', 'about', 'across', 'near', 'outside', 'inside', 'among', 'including', 'like', 'under', 'between',
]);
const ARTICLES = new Set(['a', 'an']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'some', 'other', 'more', 'own']);
/** Nouns that may stand between a cue and its object ("an offer from X", "sent troops to X"). */
const BRIDGE_NOUNS = new Set([
  'offer', 'offers', 'proposal', 'plan', 'bid', 'request', 'phone', 'telephone', 'delegation', 'delegations',
  'areas', 'cities', 'targets', 'sites', 'facilities', 'infrastructure', 'positions', 'territory', 'regions',
  'troops', 'soldiers', 'forces', 'units', 'personnel', 'fighters', 'thousands', 'hundreds', 'tens', 'dozens',
  'supplies', 'aid', 'side', 'treaty', 'agreement', 'deal', 'pact', 'accord',
  'civilian', 'military', 'nuclear', 'energy', 'residential', 'border', 'war', 'front',
  ...[...WEAPON_NOUNS, ...GENERIC_SUPPLY_NOUNS].flatMap((noun) => noun.split(' ')),
]);
const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'while', 'when', 'because', 'although', 'though', 'but', 'after',
  'before', 'as', 'since', 'until', 'where', 'whether', 'if', 'unless', 'said', 'says', 'what',
]);
const CLAUSE_PUNCTUATION = /^[;:—–()[\]?!]$/;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets']);
/** Verbs that carry a noun cue without changing who acts ("Russia launched strikes", "Iran has become a supplier"). */
const LIGHT_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|having|become|becomes|became|becoming|launch\w*|sign\w*|seal\w*|conclud\w*|conduct\w*|carr(?:y|ies|ied|ying)|hold|holds|held|holding|make|makes|made|making|stag(?:e|es|ed|ing)|mount\w*|continu\w*|begin|began|begun|begins|expand\w*|deepen\w*|maintain\w*|approv\w*|impos\w*|announc\w*|introduc\w*|slap\w*|play\w*|step\w*|ramp\w*|escalat\w*|intensif\w*|back|from)$/;
/** Predicates whose subject is always a person holding a post. */
const ROLE_PREDICATES = new Set<Predicate>(['LEADS', 'WORKS_FOR']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** What is fired: "fired the shots that killed…". */
const SHOT_NOUNS = new Set(['shot', 'shots', 'bullet', 'bullets', 'shotgun', 'rifle', 'gun', 'round', 'rounds', 'missile', 'missiles', 'rocket', 'rockets']);
const PRONOUN_OBJECT = new Set(['him', 'her']);
const MAX_GAP = 8;
const DEFAULT_OBJECT_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY'];
const nounPattern = (nouns: string[]) => new RegExp(`\\b(?:${nouns.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const ITEM_PATTERNS = [nounPattern(WEAPON_NOUNS), nounPattern(GENERIC_SUPPLY_NOUNS)];

/** What relation finding needs besides the sentence: its argument units and earlier people. */
export interface RelationContext {
  mentions: Mention[];
  /** Owner words bound to a person's title phrase (see find-roles). */
  heads: Map<Mention, Mention>;
  /** People mentioned in earlier sentences, most recent last, for "him"/"her". */
  earlierPeople: Mention[];
}

/** Every relation the sentence states outside quotation marks. */
export function findRelations(sentence: Sentence, context: RelationContext): RelationFinding[] {
  const tokens = sentence.tokens;
  const units = buildUnits(context);
  const findings: RelationFinding[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    if (tokens[k].quoted) continue;
    for (const cue of CUES_BY_FIRST_WORD.get(tokens[k].lower) ?? []) {
      if (!cue.words.every((word, n) => tokens[k + n]?.lower === word && !tokens[k + n].quoted)) continue;
      // "attacks", "offer", "calls" are verbs or nouns: compromise's tag decides which reading applies.
      if (cue.form === 'verb' && ((tokens[k].tags.has('Noun') && !tokens[k].tags.has('Verb')) || tokens[k + cue.words.length]?.lower === 'between')) continue;
      const found = applyCue(sentence, units, context, cue, k, k + cue.words.length);
      if (found.length === 0) continue;
      findings.push(...found);
      k += cue.words.length - 1;
      break;
    }
  }
  const free = context.mentions.filter((m) => !context.heads.has(m) && !m.quoted);
  findings.push(...findPhraseRelations(tokens, free), ...findConvictions(tokens, free), ...findBodyPlaces(tokens, free));
  return findings;
}

function buildUnits(context: RelationContext): Unit[] {
  const units: Unit[] = [];
  for (const mention of context.mentions) {
    if (context.heads.has(mention)) continue;
    const owners = [...context.heads].filter(([, head]) => head === mention).map(([owner]) => owner);
    const first = Math.min(mention.first, ...owners.map((o) => o.first));
    units.push({ first, last: mention.last, head: mention });
  }
  return units.sort((a, b) => a.first - b.first);
}

const isTitleWord = (tokens: Token[], k: number) => titleAt(tokens, k) !== undefined || (k > 0 && titleAt(tokens, k - 1) !== undefined && titleAt(tokens, k - 1)!.end > k);

/** Words that may sit between a cue and its object without changing what the object is. */
function isGapWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || BRIDGE_NOUNS.has(t.lower)) return true;
  if (/^\p{Ll}[\p{L}]*-[\p{L}-]+$/u.test(t.text)) return true; // "large-scale", "military-related"
  if (isTitleWord(tokens, k) || HONORIFICS.has(t.lower) || (t.text === '.' && HONORIFICS.has(tokens[k - 1]?.lower ?? ''))) return true;
  const tags = t.tags;
  return (tags.has('Adjective') || tags.has('Adverb') || tags.has('Value') || tags.has('Cardinal')) && !tags.has('Verb') && !tags.has('Noun');
}

const isClauseBreak = (t: Token) => CLAUSE_PUNCTUATION.test(t.text) || CLAUSE_WORDS.has(t.lower) || /^[“”"]$/.test(t.text);

interface Slot {
  unit: Unit;
  /** Gap words crossed to reach it. */
  gap: number;
  /** Words crossed, lower case. */
  crossed: string[];
  /** Reached through "him"/"her". */
  pronoun?: boolean;
}

/** The first unit after token `from` (exclusive end of the cue), crossing only gap words. */
function objectAfter(tokens: Token[], units: Unit[], from: number, types: readonly EntityType[], maxGap = MAX_GAP): Slot | undefined {
  const crossed: string[] = [];
  for (let k = from; k < tokens.length && crossed.length <= maxGap; k += 1) {
    if (tokens[k].quoted) return undefined;
    const unit = units.find((u) => u.first === k);
    if (unit) {
      if (types.includes(unit.head.type) || (unit.head.country && types.includes('COUNTRY'))) return { unit, gap: crossed.length, crossed };
      if (unit.head.type !== 'WEAPON') return undefined;
      crossed.push(...tokens.slice(unit.first, unit.last + 1).map((t) => t.lower));
      k = unit.last;
      continue;
    }
    if (isClauseBreak(tokens[k]) || tokens[k].text === ',' || tokens[k].lower === 'and') return undefined;
    if (!isGapWord(tokens, k)) {
      const named = types.includes('PERSON') ? personAfterDescription(tokens, units, k) : undefined;
      if (!named) return undefined;
      crossed.push(...tokens.slice(k, named.first).map((t) => t.lower));
      k = named.first - 1;
    } else {
      crossed.push(tokens[k].lower);
    }
  }
  return undefined;
}

/**
 * A person named right after a short description starting at `k`: "rock star John Lennon",
 * "newspaper reporter Don Bolles", "Phoenix newspaper reporter Don Bolles" (a place used as a modifier).
 */
function personAfterDescription(tokens: Token[], units: Unit[], k: number): Unit | undefined {
  for (let j = k; j < Math.min(tokens.length, k + 4); j += 1) {
    const unit = units.find((u) => u.first === j);
    if (unit?.head.type === 'PERSON') return j > k ? unit : undefined;
    if (unit) {
      if (unit.head.possessive) return undefined;
      j = unit.last;
      continue;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j].text) || tokens[j].tags.has('Verb') || CLAUSE_WORDS.has(tokens[j].lower) || PREPOSITIONS.has(tokens[j].lower)) return undefined;
  }
  return undefined;
}

/**
 * The nearest unit before token `before` that can act (or has one of `types`, for a passive's
 * patient): not after a preposition, not a possessor. A body after "of the" acts only when nobody
 * else in the clause can: "the board of the Agency accused" is the Agency, but in "Lee, the 23rd
 * president of the United States, was born" it is Lee.
 */
function subjectBefore(tokens: Token[], units: Unit[], before: number, limit = Infinity, types?: readonly EntityType[]): Slot | undefined {
  const crossed: string[] = [];
  let governed: Slot | undefined;
  for (let k = before - 1; k >= 0 && crossed.length <= limit; k -= 1) {
    if (RELATIVE_PRONOUNS.has(tokens[k].lower) && !types) return relativeAntecedent(tokens, units, k, crossed) ?? governed;
    if (tokens[k].quoted || isClauseBreak(tokens[k])) return governed;
    const unit = units.find((u) => u.last === k);
    if (unit) {
      const head = unit.head;
      const afterPreposition = PREPOSITIONS.has(tokens[unit.first - 1]?.lower ?? '');
      const eligible = types ? types.includes(head.type) || head.country !== undefined : isActor(head);
      // "Lee, a Jordanian immigrant, was convicted": a nationality inside a description describes; it does not act.
      const describing = head.kind === 'demonym' && ARTICLES.has(tokens[unit.first - 1]?.lower ?? '');
      if (eligible && !head.possessive && !afterPreposition && !describing) {
        const slot = { unit, gap: crossed.length, crossed: [...crossed] };
        if (!isAfterPreposition(tokens, unit.first)) return slot;
        governed ??= slot;
      }
      k = unit.first;
      crossed.push(head.name.toLowerCase());
      continue;
    }
    crossed.push(tokens[k].lower);
  }
  return governed;
}

/**
 * "Lee, who founded Acme": the actor a relative clause hangs on, right before its pronoun. Through a
 * description too: "Lee was the engineer who founded Acme", "Lee, the man who founded Acme".
 */
function relativeAntecedent(tokens: Token[], units: Unit[], pronoun: number, crossed: string[]): Slot | undefined {
  // "Lee fired the shots that killed Kim": whoever fired the shot did what the shot did.
  const fired = SHOT_NOUNS.has(tokens[pronoun - 1]?.lower ?? '') ? [pronoun - 2, pronoun - 3].find((k) => /^fir(?:ed|es|e|ing)$/.test(tokens[k]?.lower ?? '')) : undefined;
  if (fired !== undefined) return subjectBefore(tokens, units, fired);
  const end = tokens[pronoun - 1]?.text === ',' ? pronoun - 2 : pronoun - 1;
  const unit = units.find((u) => u.last === end) ?? describedAntecedent(tokens, units, end);
  return unit && isActor(unit.head) && !unit.head.possessive && !unit.head.quoted ? { unit, gap: crossed.length, crossed } : undefined;
}

/** The unit a short description ending at `end` is said of: "Lee [was | ,] the lone engineer". */
function describedAntecedent(tokens: Token[], units: Unit[], end: number): Unit | undefined {
  let k = end;
  while (k > end - 4 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !DETERMINERS.has(tokens[k].lower) && !tokens[k].tags.has('Verb')) k -= 1;
  if (k === end || !DETERMINERS.has(tokens[k]?.lower ?? '')) return undefined;
  const link = tokens[k - 1];
  if (!link || (link.text !== ',' && !BE.has(link.lower))) return undefined;
  return units.find((u) => u.last === k - 2 && u.head.type === 'PERSON');
}

/** "of the United States": a unit governed by a preposition through "the". */
function isAfterPreposition(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && tokens[k].lower === 'the') k -= 1;
  return PREPOSITIONS.has(tokens[k]?.lower ?? '');
}

const isActor = (m: Mention) => ACTOR_TYPES.has(m.type) || m.country !== undefined;

/** The owner of a noun cue: "Israel's strikes", "Israeli attacks", "Kiev's drone raids". */
function possessorBefore(tokens: Token[], units: Unit[], cueStart: number): Slot | undefined {
  for (let k = cueStart - 1; k >= Math.max(0, cueStart - 4); k -= 1) {
    const unit = units.find((u) => u.last === k);
    if (unit) {
      const head = unit.head;
      return isActor(head) && (head.possessive || head.kind === 'demonym') ? { unit, gap: cueStart - 1 - k, crossed: [] } : undefined;
    }
    if (isClauseBreak(tokens[k]) || PREPOSITIONS.has(tokens[k].lower) || tokens[k].lower === 'and') return undefined;
  }
  return undefined;
}

/** Objects joined to the first one: "Raisi and Assad", "Raisi, Assad, El-Sisi, and Abbas". */
function coordinated(tokens: Token[], units: Unit[], first: Unit, types: readonly EntityType[]): Unit[] {
  const all = [first];
  let k = first.last + 1;
  for (;;) {
    let next = k;
    if (tokens[next]?.text === ',') next += 1;
    if (tokens[next]?.lower === 'and') next += 1;
    if (next === k) break;
    while (tokens[next] && DETERMINERS.has(tokens[next].lower)) next += 1;
    const unit = units.find((u) => u.first === next);
    if (!unit || unit.head.type !== first.head.type || !types.includes(unit.head.type)) break;
    all.push(unit);
    k = unit.last + 1;
  }
  return all;
}

/** "him" / "her": the latest other person named before it in this or an earlier sentence. */
function pronounReferent(units: Unit[], context: RelationContext, at: number, subject: Mention): Unit | undefined {
  const here = units.filter((u) => u.last < at && u.head.type === 'PERSON' && u.head.name !== subject.name).pop();
  if (here) return here;
  const earlier = context.earlierPeople.filter((m) => m.name !== subject.name).pop();
  return earlier ? { first: -1, last: -1, head: earlier } : undefined;
}

/** The supplied thing named after the cue: "drones", "fighter jets"; "weapons" only when nothing more precise is named. */
function itemAfter(sentence: Sentence, from: number): string | undefined {
  const rest = sentence.text.slice(from - sentence.start);
  for (const pattern of ITEM_PATTERNS) {
    const match = rest.match(pattern);
    if (match) return match[0].toLowerCase().replace(/\s+/g, ' ');
  }
  return undefined;
}

function applyCue(sentence: Sentence, units: Unit[], context: RelationContext, cue: Cue, first: number, end: number): RelationFinding[] {
  const tokens = sentence.tokens;
  const types = cue.objectTypes ?? DEFAULT_OBJECT_TYPES;
  const cueSpan = { start: tokens[first].start, end: tokens[end - 1].end };
  let subject: Slot | undefined;
  let objects: Unit[] = [];
  let confidence: number;
  let gap = 0;
  let crossed: string[] = [];

  // "X was attacked by Y", and the reduced "X attacked by Y" when X stands right before the verb.
  const beAt = passiveBeBefore(tokens, first);
  const afterBe = beAt !== undefined;
  // After "was", the agent may follow the verb's own phrases: "was shot to death in Dayton, Ohio, by Lee".
  const byAt = cue.form !== 'verb' ? -1 : tokens[end]?.lower === 'by' ? end : afterBe ? distantBy(tokens, end) : -1;
  const byFollows = byAt >= 0 && (afterBe || units.some((u) => u.last === first - 1));
  // Without "was", "X spoke by phone" is active: only an agent right after "by" makes it passive.
  const agent = byFollows ? objectAfter(tokens, units, byAt + 1, DEFAULT_OBJECT_TYPES, afterBe ? 2 : 0) : undefined;
  const patient = agent ? subjectBefore(tokens, units, beAt ?? first, 1, types) ?? describedPatient(tokens, units, beAt ?? first, types) : undefined;
  if (byFollows && afterBe && !(agent && patient)) return [];
  if (tokens[end]?.lower === 'between' && cue.form === 'noun') {
    const a = objectAfter(tokens, units, end + 1, types, 3);
    const andAt = a ? tokens.findIndex((t, k) => k > a.unit.last && t.lower === 'and') : -1;
    const b = andAt > 0 ? objectAfter(tokens, units, andAt + 1, types, 8) ?? wideObjectAfter(tokens, units, andAt + 1, types) : undefined;
    if (!a || !b) return [];
    subject = a;
    objects = coordinated(tokens, units, b.unit, types);
    confidence = 0.8;
  } else if (agent && patient) {
    subject = agent;
    objects = [patient.unit];
    gap = agent.gap;
    confidence = 0.8;
  } else {
    const slot = objectAfter(tokens, units, end, types) ?? pronounSlot(tokens, units, context, end, first);
    if (!slot) return [];
    if (cue.via && !slot.crossed.some((w) => cue.via!.includes(w))) return [];
    if (cue.afterObject && !cue.afterObject.test(sentence.text.slice(tokens[slot.unit.last].end - sentence.start))) return [];
    if (cue.form === 'noun') {
      subject = possessorBefore(tokens, units, first);
      confidence = 0.8;
      if (!subject) {
        subject = subjectBefore(tokens, units, first, 12);
        if (subject && !subject.crossed.every((w) => !/\p{L}/u.test(w) || !isVerbWord(tokens, w) || LIGHT_VERB.test(w))) subject = undefined;
        confidence = 0.65;
      }
    } else {
      subject = verbSubject(tokens, units, first);
      confidence = 0.85;
    }
    if (!subject || (ROLE_PREDICATES.has(cue.predicate) && subject.unit.head.type !== 'PERSON')) return [];
    // Where something is lies in one place: "born in Plymouth, Vt." is Plymouth (which lies in Vermont).
    objects = cue.predicate === 'LOCATED_IN' ? [slot.unit] : coordinated(tokens, units, slot.unit, types);
    gap = slot.gap;
    crossed = slot.crossed;
    if (slot.pronoun) confidence -= 0.15;
  }

  let predicate = cue.predicate;
  const attributes: Record<string, string> = {};
  const lastObject = objects[objects.length - 1];
  if (cue.withItem || cue.itemOnly || predicate === 'SUPPLIES') {
    const item = itemAfter(sentence, cueSpan.end);
    const near = item !== undefined && itemAfter({ ...sentence, text: sentence.text.slice(0, nearEnd(tokens, lastObject, sentence)) }, cueSpan.end) !== undefined;
    if (cue.itemOnly && !near) return [];
    if (cue.withItem && near) predicate = cue.withItem;
    if (predicate === 'SUPPLIES' && item) attributes.item = item;
  }

  const findings: RelationFinding[] = [];
  for (const object of objects) {
    const head = subject.unit.head;
    if (head.name === object.head.name && head.type === object.head.type) continue;
    const objectEnd = object.last >= 0 ? tokens[object.last].end : cueSpan.end;
    const spanEnd = Math.max(objectEnd, cueSpan.end);
    const clauseStart = clauseStartBefore(tokens, Math.max(0, Math.min(subject.unit.first, first)));
    const window = sentence.text.slice(clauseStart - sentence.start, spanEnd - sentence.start);
    const negated = isHedged(window, { start: cueSpan.start - clauseStart, end: cueSpan.end - clauseStart });
    const penalty = 0.04 * Math.max(0, gap - 1) + (head.kind === 'descriptor' || object.head.kind === 'descriptor' ? 0.1 : 0);
    findings.push({
      predicate,
      subject: head,
      object: object.head,
      verb: sentence.text.slice(cueSpan.start - sentence.start, cueSpan.end - sentence.start),
      negated,
      confidence: Math.round(Math.min(0.95, Math.max(0.3, confidence - penalty)) * 100) / 100,
      attributes: { ...attributes },
    });
    if (predicate === 'REJECTED' && crossed.some((w) => w === 'offer' || w === 'offers' || w === 'proposal')) {
      findings.push({ predicate: 'OFFERED', subject: object.head, object: head, verb: crossed.find((w) => /^(?:offers?|proposal)$/.test(w))!, negated, confidence: 0.6, attributes: {} });
    }
  }
  return findings;
}

/**
 * The "was" of a passive verb at `first`: "was shot", "was fatally shot" with an adverb between, and
 * "was shot and mortally wounded", where the "was" of the first verb also governs the second.
 */
function passiveBeBefore(tokens: Token[], first: number): number | undefined {
  const direct = [first - 1, first - 2].find((k) => BE.has(tokens[k]?.lower ?? '') && (k === first - 1 || tokens[first - 1].tags.has('Adverb')));
  if (direct !== undefined || tokens[first - 1]?.lower !== 'and' || !tokens[first - 2]?.tags.has('Verb')) return direct;
  return passiveBeBefore(tokens, first - 2);
}

/** Words that may stand between a passive verb and a distant "by": its place, time and manner. */
const PASSIVE_ADJUNCT_WORDS = new Set(['to', 'death', ',', '.', 'on', 'in', 'at', 'near', 'outside', 'inside', 'during', 'from', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'home', 'window', 'office', 'house']);
const MAX_PASSIVE_ADJUNCT = 14;

/**
 * The "by" of a passive whose agent comes after the verb's adjuncts ("was murdered outside his home on
 * Dec. 8, 1980, by Lee"): only names, numbers and the adjunct words above may stand before it, so a
 * new verb or clause ("was killed in a raid led by") never lends its agent.
 */
function distantBy(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_PASSIVE_ADJUNCT); k += 1) {
    const t = tokens[k];
    if (t.lower === 'by') return k > from ? k : -1;
    const name = /^\p{Lu}/u.test(t.text) && !t.tags.has('Verb');
    if (!name && !/^\d/.test(t.text) && !PASSIVE_ADJUNCT_WORDS.has(t.lower)) return -1;
  }
  return -1;
}

/** Auxiliaries between a relative pronoun and a passive's "was": "who had been shot by". */
const PASSIVE_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'later', 'just', 'also']);
/** How many words a description in apposition may take: "Kim, the 16th president, was shot by Lee". */
const MAX_APPOSITION = 6;

/**
 * A passive's patient named before a description or a relative clause: "Kim, the 16th president,
 * was shot by Lee", "Kim, who had just been shot by Lee".
 */
function describedPatient(tokens: Token[], units: Unit[], be: number, types: readonly EntityType[]): Slot | undefined {
  let k = be - 1;
  while (k > 0 && PASSIVE_AUXILIARIES.has(tokens[k].lower)) k -= 1;
  let unit: Unit | undefined;
  if (RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',') unit = units.find((u) => u.last === k - 2);
  else if (tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > k - 1 - MAX_APPOSITION && j > 0 && /^[\p{Ll}\d]/u.test(tokens[j].text) && !isClauseBreak(tokens[j])) j -= 1;
    if (j < k - 1 && tokens[j]?.text === ',' && DETERMINERS.has(tokens[j + 1].lower)) unit = units.find((u) => u.last === j - 1);
  }
  return unit && types.includes(unit.head.type) && !unit.head.possessive && !unit.head.quoted ? { unit, gap: be - unit.last, crossed: [] } : undefined;
}

/** Prepositions before a gerund whose agent is the clause's subject: "Lee fled after shooting Kim". */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'by', 'for', 'since', 'while', 'without']);

/** Who does what a verb cue at `first` states: a participle's clause subject, else the nearest actor before it, else a gerund's. */
function verbSubject(tokens: Token[], units: Unit[], first: number): Slot | undefined {
  return participleSubject(tokens, units, first) ?? subjectBefore(tokens, units, first) ?? gerundSubject(tokens, units, first);
}

/** Participles that narrow what the clause did rather than add a deed: "sanctioned Iran, targeting its banks". */
const NARROWING_PARTICIPLES = new Set(['targeting']);

/**
 * "Lee shot Kim in the hall, mortally wounding him": a participle after a comma says more of the
 * clause's subject (the first actor of the clause), not of the object just before it.
 */
function participleSubject(tokens: Token[], units: Unit[], first: number): Slot | undefined {
  if (tokens[first - 1]?.text !== ',' || NARROWING_PARTICIPLES.has(tokens[first].lower) || !tokens.slice(first, first + 2).some((t) => /ing$/.test(t.lower) && t.tags.has('Verb'))) return undefined;
  let start = first - 1;
  while (start > 0 && !isClauseBreak(tokens[start - 1]) && !CLAUSE_WORDS.has(tokens[start - 1].lower) && !RELATIVE_PRONOUNS.has(tokens[start - 1].lower)) start -= 1;
  const unit = units.find((u) => u.first >= start && u.last < first - 1 && isActor(u.head) && !u.head.possessive && !u.head.quoted && !PREPOSITIONS.has(tokens[u.first - 1]?.lower ?? ''));
  // Only when a verb follows that actor: otherwise the participle may describe the actor itself.
  return unit && tokens.slice(unit.last + 1, first - 1).some((t) => t.tags.has('Verb')) ? { unit, gap: first - 1 - unit.last, crossed: [] } : undefined;
}

/** The subject of a gerund cue after one of those prepositions: the nearest person before the preposition in the clause. */
function gerundSubject(tokens: Token[], units: Unit[], first: number): Slot | undefined {
  if (!/ing$/.test(tokens[first].lower) || !GERUND_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '')) return undefined;
  const subject = subjectBefore(tokens, units, first - 1, MAX_GAP);
  return subject?.unit.head.type === 'PERSON' ? subject : undefined;
}

/** Offset a few words past the object, where an item may still belong to the same clause. */
function nearEnd(tokens: Token[], object: Unit, sentence: Sentence): number {
  const k = Math.min(tokens.length - 1, Math.max(0, object.last) + 8);
  return tokens[k].end - sentence.start;
}

function pronounSlot(tokens: Token[], units: Unit[], context: RelationContext, end: number, cueFirst: number): Slot | undefined {
  if (!PRONOUN_OBJECT.has(tokens[end]?.lower ?? '')) return undefined;
  const participle = participleSubject(tokens, units, cueFirst);
  const subject = participle ?? subjectBefore(tokens, units, cueFirst);
  if (!subject) return undefined;
  // After a participle's subject comes its clause's object, whom "him" in the participle means.
  const referent = pronounReferent(units, context, participle ? cueFirst : subject.unit.first, subject.unit.head);
  // A pronoun unit spans the pronoun itself, so "afterObject" checks read on from it.
  return referent ? { unit: { first: end, last: end, head: referent.head }, gap: 0, crossed: [], pronoun: true } : undefined;
}

/** The second party of "between A and B" may follow a description: "and his allies, Iranian President Raisi". */
function wideObjectAfter(tokens: Token[], units: Unit[], from: number, types: readonly EntityType[]): Slot | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 10); k += 1) {
    if (tokens[k].quoted || isClauseBreak(tokens[k])) return undefined;
    const unit = units.find((u) => u.first === k && types.includes(u.head.type));
    if (unit) return { unit, gap: k - from, crossed: [] };
  }
  return undefined;
}

function isVerbWord(tokens: Token[], word: string): boolean {
  return tokens.some((t) => t.lower === word && t.tags.has('Verb'));
}

function clauseStartBefore(tokens: Token[], from: number): number {
  let k = from;
  while (k > 0 && !isClauseBreak(tokens[k - 1]) && tokens[k - 1].text !== ',') k -= 1;
  if (k > 0 && CLAUSE_WORDS.has(tokens[k - 1].lower)) k -= 1; // keep "if"/"whether" inside the window
  return tokens[k]?.start ?? 0;
}
