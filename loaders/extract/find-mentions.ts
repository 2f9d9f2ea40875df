// Finds entity mentions in a sentence: capitalised name chunks typed by gazetteers, cue words,
// compromise's tags and the names already known, plus weapon models. Titles are cut off names.

import { type EntityType, PLACE_TYPES } from '../../core/vocabulary.js';
import { GAZETTEER_MAX_WORDS, countryDemonym, isLanguageName, lookupPlace, type PlaceKind } from '../resolve/gazetteer.js';
import type { NameRegistry } from '../resolve/name-registry.js';
import { HOME_NATIONS, WORDLIKE_STATE_ABBREVIATIONS, WORLD_PLACES } from '../resolve/world-places.js';
import {
  COMMON_ABBREVIATIONS,
  COMPANY_SUFFIXES,
  EVENT_CUES,
  FACILITY_CUES,
  HONORIFICS,
  ORGANIZATION_WORDS,
  KNOWN_ORGANIZATIONS,
  KNOWN_WEAPONS,
  LOCATION_CUES,
  NAME_ABBREVIATIONS,
  NOT_NAMES,
  ORGANIZATION_CUES,
  ORGANIZATION_KINDS,
  WEAPON_MODEL,
} from './lexicon.js';
import { isOccupation } from './occupations.js';
import { inTeamSlot, isTeamInResults } from './team-slots.js';
import type { Sentence, Token } from './text-units.js';
import { titleAt, titleBeforeName } from './titles.js';

export type MentionKind = 'name' | 'surname' | PlaceKind | 'descriptor';

export interface Mention {
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** Token indices in the sentence, inclusive. */
  first: number;
  last: number;
  type: EntityType;
  /** Canonical name of the entity mentioned. */
  name: string;
  kind: MentionKind;
  /** The country the word stands for when it acts ("Moscow said" → Russia). */
  country?: string;
  possessive: boolean;
  quoted: boolean;
}

/** What the article as a whole tells mention typing. */
export interface ArticleContext {
  names: NameRegistry;
  /** Capitalised words seen alone mid-sentence: the surname of a two-word name used later. */
  loneWords: ReadonlySet<string>;
  /** Country-qualified organisations by their last word ("ministry" → "Russian Foreign Ministry"). */
  organizations: Map<string, string>;
  /**
   * Names typed as organisations somewhere in the article, as written: one name keeps one type
   * ("Derbyshire 471" makes every bare "Derbyshire" of the report the team).
   */
  organizationNames: Set<string>;
  /** Companies by the first word of their name, as written: "Stagecoach" → "Stagecoach Holdings Plc". */
  companyShortNames: Map<string, string>;
}

const KNOWN = buildKnownIndex();
const KNOWN_MAX_WORDS = Math.max(GAZETTEER_MAX_WORDS, 3);
const SPEECH_VERBS = /^(?:said|says|told|tells|wrote|writes|added|stressed|noted|claimed|announced|insisted|reiterated|warned|argued|explained|replied|suggested|urged)$/;
const NON_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'TextValue', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'QuestionWord', 'Adverb'];

interface KnownSense {
  type: EntityType;
  name: string;
  kind: MentionKind;
  country?: string;
}

function buildKnownIndex(): Map<string, KnownSense> {
  const index = new Map<string, KnownSense>();
  for (const [surface, name] of Object.entries(KNOWN_ORGANIZATIONS)) index.set(surface, { type: 'ORGANIZATION', name, kind: 'name' });
  for (const name of WORLD_PLACES) index.set(name, { type: 'LOCATION', name, kind: 'name' });
  for (const name of KNOWN_WEAPONS) index.set(name, { type: 'WEAPON', name, kind: 'name' });
  return index;
}

/** A known name (gazetteer, organisation, place, weapon) spelled by tokens [first, end). */
function knownAt(tokens: Token[], first: number, end: number): KnownSense | undefined {
  const surface = joined(tokens, first, end);
  const known = KNOWN.get(surface) ?? knownPlaceInCapitals(surface);
  if (known) return known;
  // Short all-capital words ("US", "IT") count as places only in their written case.
  const place = lookupPlace(surface);
  if (!place) return undefined;
  return { type: place.type, name: place.name, kind: place.kind, country: place.country };
}

/** A curated place written in capitals, as in headlines and datelines ("NEW YORK" → New York). */
function knownPlaceInCapitals(surface: string): KnownSense | undefined {
  if (surface !== surface.toUpperCase() || surface.length < 4) return undefined;
  const known = KNOWN.get(surface.toLowerCase().replace(/(^|[\s.-])\p{L}/gu, (c) => c.toUpperCase()));
  return known?.type === 'LOCATION' ? known : undefined;
}

const isCapitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text) && /\p{L}/u.test(t.text);
const hasTag = (t: Token, ...tags: string[]) => tags.some((tag) => t.tags.has(tag));
const isPersonTagged = (t: Token) => hasTag(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName');
const isPlaceTagged = (t: Token) => hasTag(t, 'Place', 'City', 'Country', 'Region') && !isPersonTagged(t);

/** Whether token `index` opens its sentence or a quotation, where any word is capitalised. */
function opensClause(tokens: Token[], index: number): boolean {
  if (index === 0) return true;
  return /^[“"‘'(:—–-]$/.test(tokens[index - 1].text);
}

/**
 * Whether a capitalised word can be part of a name. At the start of a sentence every word is
 * capitalised, so there it must be a known name, tagged a proper noun, or followed by another name word.
 */
function isNameWord(tokens: Token[], index: number, context: ArticleContext): boolean {
  const t = tokens[index];
  if (isInitial(tokens, index) && isCapitalised(tokens[index + 2] ?? t)) return true;
  if (!isCapitalised(t) || NOT_NAMES.has(t.lower) || COMMON_ABBREVIATIONS.has(t.text) || hasTag(t, ...NON_NAME_TAGS)) return false;
  if (!opensClause(tokens, index)) return true;
  const startsKnownName = range(1, KNOWN_MAX_WORDS + 1).some((n) => index + n <= tokens.length && knownAt(tokens, index, index + n));
  const knownBody = context.organizationNames.has(t.text) || context.companyShortNames.has(t.text);
  if (startsKnownName || context.names.personBySurname(t.text) || knownBody || isDatelineAgency(tokens, index)) return true;
  // "GE spokesman Richard Kennedy said": an acronym that owns a title and a person opens the sentence.
  if (isAcronym(t.text) && (ownsTitle(tokens, index, index + 1) || actsNext(tokens, index + 1) || isBracketed(tokens, index, index + 1))) return true;
  // "Tranmere 3 Grimsby 2", "Reading 2 1 0 1 3 5 3": a line of results opens with a team and its score;
  // "( Driller 15th , Trulsen 54th )": a scorer and the minute of the goal.
  if (inTeamSlot(tokens, index, index + 1) || isScoringMinute(tokens, index + 1)) return true;
  if (hasTag(t, 'Verb', 'Adjective')) return false;
  const next = tokens[index + 1];
  return hasTag(t, 'ProperNoun') || (next !== undefined && isCapitalised(next) && !hasTag(next, ...NON_NAME_TAGS));
}

/** Every mention in one sentence, in text order. New full person names are registered in `context.names`. */
export function findMentions(sentence: Sentence, context: ArticleContext): Mention[] {
  const tokens = sentence.tokens;
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (WEAPON_MODEL.test(tokens[i].text)) {
      mentions.push(mentionOf(tokens, i, i, { type: 'WEAPON', name: tokens[i].text, kind: 'name' }));
      i += 1;
      continue;
    }
    // A dateline's place may be a word nothing knows ("BAYONNE, N.J. (AP)"): its shape decides.
    const dateline = datelineAt(tokens, i);
    if (dateline) {
      mentions.push(dateline);
      i = dateline.last + 1;
      continue;
    }
    if (!isNameWord(tokens, i, context)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && !tokens[end - 1].possessive && tokens[end].quoted === tokens[i].quoted) {
      const next = tokens[end + 1];
      if (isCapitalised(tokens[end]) && !hasTag(tokens[end], 'Date', 'Month', 'WeekDay', 'Ordinal') && !NOT_NAMES.has(tokens[end].lower)) end += 1;
      else if (tokens[end].lower === 'of' && next !== undefined && isCapitalised(next) && !next.possessive && OF_HEADS.has(tokens[end - 1].lower)) end += 2;
      // "Institute for Near East Policy", "Committee on Veterans Affairs": a body's name goes on past its remit.
      else if (BODY_LINKS.has(tokens[end].lower) && next !== undefined && isCapitalised(next) && !next.possessive && ORGANIZATION_CUES.has(tokens[end - 1].lower)) end += 2;
      else if (NAME_PARTICLE.test(tokens[end].text)) end += 1;
      else if (tokens[end].text === '&' && next !== undefined && isCapitalised(next)) end += 1;
      else if (NAME_LINKS.has(tokens[end].text) && next !== undefined && isCapitalised(next) && isPersonTagged(tokens[end - 1])) end += 1;
      else if (isInitial(tokens, end - 1) && next !== undefined && isCapitalised(next)) end += 1;
      // "St. Joseph", "Mt. Pleasant": an abbreviated first word of a place's name.
      else if (tokens[end].text === '.' && PLACE_NAME_ABBREVIATIONS.has(tokens[end - 1].text) && tokens[end].start === tokens[end - 1].end && next !== undefined && isCapitalised(next)) end += 1;
      // A middle initial that is also a word: "Henry A. Politz".
      else if (isInitial(tokens, end) && tokens[end + 2] !== undefined && isCapitalised(tokens[end + 2])) end += 1;
      else break;
    }
    mentions.push(...typeRun(tokens, i, end, sentence, context));
    i = end;
  }
  return mentions;
}

/** Lower-case particles joined to the next name part: "al-Assad", "bin-Laden", "ur-Rehman". */
const NAME_PARTICLE = /^(?:al|el|ad|an|as|ash|at|az|ud|ul|ur|bin|ibn|abu|ben|bint)-\p{Lu}/u;
/** Lower-case words inside names, after a first name: "Ludwig van Beethoven", "Osama bin Laden". */
const NAME_LINKS = new Set(['van', 'von', 'de', 'da', 'di', 'der', 'den', 'del', 'du', 'dos', 'bin', 'ibn', 'le', 'la']);
/** Words a name continues after with "of": "Ministry of Defence", "Bank of England", "Gulf of Mexico". */
const OF_HEADS = new Set([...[...ORGANIZATION_CUES].filter((cue) => !COMPANY_SUFFIXES.has(cue)), ...LOCATION_CUES, ...FACILITY_CUES, ...EVENT_CUES, 'republic', 'kingdom', 'duke',
  'prince', 'princess', 'king', 'queen', 'state', 'states', 'isle', 'sultanate', 'emirate', 'secretary', 'minister', 'house',
  'church', 'school', 'college', 'academy', 'museum', 'people', 'friends', 'sons', 'daughters', 'city', 'town', 'port']);
/** Words that open a broadcaster's name: "Radio Lebanon", "Television Nacional". */
const BROADCASTER_OPENERS = new Set(['radio', 'television']);
/** Abbreviations that open the names of places and saints: "St. Joseph", "Ft. Worth". */
const PLACE_NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
/** Words that join a body's name to its remit after a cue word: "Center for Strategic Studies". */
const BODY_LINKS = new Set(['for', 'on']);
/** Words between a job and the body it is with: "manager of", "spokeswoman for", "engineer at". */
const JOB_LINKS = new Set(['of', 'for', 'at']);
/** Words before a name that, with a state or country after its comma, make it a town: "of Franklin Lakes, N.J.". */
const PLACE_LINKS = new Set(['of', 'in', 'from', 'near', 'outside', 'at']);
/** Prepositions after which an unknown capitalised name is a place: "born in Modesto", "near Port Arthur". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside']);
/** Surnames whose shape gives them away: "O'Brien", "McGrath", "MacLeod". */
const IRISH_SCOTTISH_SURNAME = /^(?:O['’]|Mc|Mac)\p{Lu}\p{Ll}+$/u;
/** Words after a bare name that show it is a company's: "Pirelli shares", "Magna's chairman". */
const COMPANY_CONTEXT = new Set(['shares', 'stock', 'stake', 'chairman', 'subsidiary', 'unit', 'executives', 'profit',
  'profits', 'revenue', 'revenues', 'sales', 'earnings', 'shareholders', 'merger', 'takeover', 'output']);
/** Two to five capitals, possibly with dots or an ampersand: "NFL", "AT&T", "U.N.". */
const ACRONYM = /^(?:\p{Lu}\.?|&){2,5}$/u;
/** Capitals joined by hyphens: "ITAR-TASS". */
const HYPHENATED_ACRONYM = /^\p{Lu}{2,}(?:-\p{Lu}{2,})+$/u;
/** The minute of a goal after its scorer: "Driller 15th". */
const SCORING_MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;
/** A dateline's date: "1996-08-30". */
const DATELINE_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isAcronym = (text: string) => ACRONYM.test(text) || HYPHENATED_ACRONYM.test(text);

/** Whether a lower-case word that is not a preposition follows at `index`: the name before it acts ("ZQX said"). */
function actsNext(tokens: Token[], index: number): boolean {
  const next = tokens[index];
  return next !== undefined && /^\p{Ll}/u.test(next.text) && !hasTag(next, 'Preposition');
}

/** Whether the minute of a goal is at `index`, after its scorer's name. */
function isScoringMinute(tokens: Token[], index: number): boolean {
  return SCORING_MINUTE.test(tokens[index]?.text ?? '');
}

/** Whether the run [first, end) is all there is between a pair of brackets: "( TWU )". */
function isBracketed(tokens: Token[], first: number, end: number): boolean {
  return tokens[first - 1]?.text === '(' && tokens[end]?.text === ')';
}

/** Whether token `index` is a one-letter initial followed by its full stop ("M. Butcher"). */
function isInitial(tokens: Token[], index: number): boolean {
  return /^\p{Lu}$/u.test(tokens[index]?.text ?? '') && tokens[index + 1]?.text === '.';
}

/**
 * A wire-service dateline at the start of a line, "LONDON 1996-08-30" or "BIRMINGHAM , England
 * 1996-08-31": the capitalised place before the date is where the story was filed.
 */
function datelineAt(tokens: Token[], index: number): Mention | undefined {
  if (index !== 0) return undefined;
  let end = 0;
  while (end < tokens.length && /^[\p{Lu}.-]+$/u.test(tokens[end].text) && /\p{L}/u.test(tokens[end].text)) end += 1;
  if (end === 0 || end > 4) return undefined;
  const rest = tokens.slice(end);
  // "BIRMINGHAM , England 1996-08-31", and the agencies' "BAYONNE, N.J. (AP)" with its state or country.
  const dated = DATELINE_DATE.test(rest[0]?.text ?? '') || (rest[0]?.text === ',' && (rest.slice(1, 5).some((t) => DATELINE_DATE.test(t.text)) || containerAfter(tokens, end)));
  if (!dated) return undefined;
  const written = tokens.slice(0, end).map((t) => t.text).join(' ');
  const known = knownAt(tokens, 0, end);
  const name = known?.name ?? written.toLowerCase().replace(/(^|[\s.-])\p{L}/gu, (c) => c.toUpperCase());
  return mentionOf(tokens, 0, end - 1, known ?? { type: 'LOCATION', name, kind: 'name' });
}

function mentionOf(tokens: Token[], first: number, last: number, sense: KnownSense): Mention {
  const period = tokens[last + 1];
  const abbreviated = NAME_ABBREVIATIONS.has(tokens[last].text) && period?.text === '.' && period.start === tokens[last].end;
  return {
    start: tokens[first].start,
    end: abbreviated ? period.end : tokens[last].end,
    first,
    last,
    type: sense.type,
    name: sense.name,
    kind: sense.kind,
    country: sense.country,
    possessive: tokens[last].possessive,
    quoted: tokens[first].quoted,
  };
}

/** Types one capitalised run [first, end): titles are cut out, then each remaining segment is typed. */
function typeRun(tokens: Token[], first: number, end: number, sentence: Sentence, context: ArticleContext): Mention[] {
  const mentions: Mention[] = [];
  let segment = first;
  let k = first;
  while (k < end) {
    const title = knownAt(tokens, k, k + 1) ? undefined : titleAt(tokens, k);
    if (title && title.end <= end) {
      if (segment < k) mentions.push(...typeSegment(tokens, segment, k, sentence, context));
      k = title.end;
      segment = k;
    } else {
      k += 1;
    }
  }
  if (segment < end) mentions.push(...typeSegment(tokens, segment, end, sentence, context));
  return mentions;
}

/** Types a title-free segment: a known name, a cue-typed organisation/place/facility, or its parts. */
function typeSegment(tokens: Token[], first: number, end: number, sentence: Sentence, context: ArticleContext): Mention[] {
  const mentions = typeParts(tokens, first, end, sentence, context).map((m) => {
    const surface = joined(tokens, m.first, m.last + 1);
    // On the sports pages a city or county followed by its score is the team ("Derbyshire 471"); a
    // country or home nation there is its national side, which stays the place.
    const team = m.type === 'LOCATION' && !HOME_NATIONS.has(m.name) && (inTeamSlot(tokens, m.first, m.last + 1) || context.organizationNames.has(surface));
    return team ? { ...m, type: 'ORGANIZATION' as const, kind: 'name' as const } : m;
  });
  for (const m of mentions) {
    if (m.type !== 'ORGANIZATION') continue;
    context.organizationNames.add(joined(tokens, m.first, m.last + 1));
    // "Stagecoach Holdings Plc … Stagecoach said": a company goes on by the first word of its name.
    if (m.last > m.first && COMPANY_SUFFIXES.has(tokens[m.last].lower) && !knownAt(tokens, m.first, m.first + 1)) context.companyShortNames.set(tokens[m.first].text, m.name);
  }
  return mentions;
}

/** Types a title-free segment (see typeSegment). */
function typeParts(tokens: Token[], first: number, end: number, sentence: Sentence, context: ArticleContext): Mention[] {
  const whole = knownAt(tokens, first, end);
  if (whole) return [mentionOf(tokens, first, end - 1, whole)];
  // "Carla Sacramento ( Portugal )": a competitor and her country, even if a word of the name is a place.
  if (end - first >= 2 && bracketedCountryAt(tokens, end) && looksPersonal(tokens, first, end)) {
    return [mentionOf(tokens, first, end - 1, { type: 'PERSON', name: context.names.addPerson(joined(tokens, first, end)), kind: 'name' })];
  }
  // "Huntington Herald-Press": the last part of a hyphenated word can be the cue.
  const lastWord = tokens[end - 1].lower.split('-').pop()!;
  const event = EVENT_CUES.has(lastWord) || tokens[first].lower === 'operation';
  if (end - first > 1 && event) return [mentionOf(tokens, first, end - 1, { type: 'EVENT', name: joined(tokens, first, end), kind: 'name' })];
  const teamPlace = range(1, end - first).find((n) => knownAt(tokens, first, first + n)?.type === 'LOCATION');
  // A city followed by a plural nickname is a team: "Baltimore Orioles", "Minnesota Twins".
  if (teamPlace !== undefined && end - first - teamPlace <= 2 && /\p{Ll}s$/u.test(tokens[end - 1].text) && !LOCATION_CUES.has(lastWord) && !knownAt(tokens, end - 1, end)) {
    return [mentionOf(tokens, first, end - 1, { type: 'ORGANIZATION', name: joined(tokens, first, end), kind: 'name' })];
  }
  // "Havana Radio Reloj Network in Spanish": the place a monitored source comes from is not part of its name.
  const lineStart = monitoringLineStart(tokens);
  const sourceAt = first > lineStart ? undefined : range(lineStart + 1, end).find((k) => isBroadcastSource(tokens, k, end));
  if (sourceAt !== undefined) {
    const source = mentionOf(tokens, sourceAt, end - 1, { type: 'ORGANIZATION', name: joined(tokens, sourceAt, end), kind: 'name' });
    return [mentionOf(tokens, lineStart, sourceAt - 1, knownAt(tokens, lineStart, sourceAt)!), source];
  }
  if (end - first > 1) {
    const cueType = ORGANIZATION_CUES.has(lastWord) || hasOrganizationOf(tokens, first, end) ? 'ORGANIZATION'
      : LOCATION_CUES.has(lastWord) ? 'LOCATION'
      : FACILITY_CUES.has(lastWord) ? 'FACILITY'
      : undefined;
    if (cueType) return [mentionOf(tokens, first, end - 1, { type: cueType, name: cueName(tokens, first, end, cueType, context), kind: 'name' })];
  }
  const mentions: Mention[] = [];
  let pending = first;
  let k = first;
  while (k < end) {
    // "Radio Lebanon", "Beirut Radio France International": a broadcaster's name holds the country it serves.
    if (BROADCASTER_OPENERS.has(tokens[k].lower) && end - k >= 2 && !knownAt(tokens, k, end)) {
      if (pending < k) mentions.push(...typeName(tokens, pending, k, sentence, context));
      mentions.push(mentionOf(tokens, k, end - 1, { type: 'ORGANIZATION', name: joined(tokens, k, end), kind: 'name' }));
      return mentions;
    }
    const span = range(1, Math.min(KNOWN_MAX_WORDS, end - k) + 1)
      .reverse()
      .find((n) => knownAt(tokens, k, k + n) !== undefined);
    if (span !== undefined && !knownNamePrefix(tokens, k, end, context)) {
      if (pending < k) mentions.push(...typeName(tokens, pending, k, sentence, context));
      mentions.push(mentionOf(tokens, k, k + span - 1, knownAt(tokens, k, k + span)!));
      k += span;
      pending = k;
    } else {
      k += 1;
    }
  }
  if (pending < end) mentions.push(...typeName(tokens, pending, end, sentence, context));
  return mentions;
}

/** True when the run from k is a known person whose first word happens to be a place ("Jordan Smith"). */
function knownNamePrefix(tokens: Token[], k: number, end: number, context: ArticleContext): boolean {
  return end - k > 1 && context.names.canonicalPerson(tokens.slice(k, end).map((t) => t.text).join(' ')) !== undefined;
}

function hasOrganizationOf(tokens: Token[], first: number, end: number): boolean {
  return range(first, end).some((k) => tokens[k + 1]?.lower === 'of' && ORGANIZATION_CUES.has(tokens[k].lower));
}

/**
 * Names a cue-typed run. A national body named without its country ("Foreign Ministry" after
 * "Russia's") is named with the country's adjective, so one ministry is not confused with another.
 */
function cueName(tokens: Token[], first: number, end: number, type: EntityType, context: ArticleContext): string {
  const surface = tokens.slice(first, end).map((t) => t.text).join(' ');
  if (type !== 'ORGANIZATION') return surface;
  const owner = first > 0 && tokens[first - 1].possessive ? lookupPlace(tokens[first - 1].text) : undefined;
  const startsWithPlace = lookupPlace(tokens[first].text);
  const demonym = owner ? countryDemonym(owner.country) : undefined;
  const name = demonym && !startsWithPlace ? `${demonym} ${surface}` : surface;
  if (demonym || startsWithPlace) context.organizations.set(tokens[end - 1].lower, name);
  return name;
}

/** Types a run of name words without titles or known names in it: people, places, organisations. */
function typeName(tokens: Token[], first: number, end: number, sentence: Sentence, context: ArticleContext): Mention[] {
  let from = first;
  let honorific = false;
  // Leading numbers ("the 26-year-old O'Brien") and honorifics are not part of the name.
  while (from < end && (HONORIFICS.has(tokens[from].lower) || /^\p{N}/u.test(tokens[from].text) || !isNameWord(tokens, from, context))) {
    honorific ||= HONORIFICS.has(tokens[from].lower);
    from += 1;
  }
  if (from >= end) return [];
  const words = tokens.slice(from, end).map((t) => t.text);
  const surface = joined(tokens, from, end);
  if (isBroadcastSource(tokens, from, end)) return [mentionOf(tokens, from, end - 1, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  // "Palestinians", "Sri Lankans": a people, named after its country, is no one's name.
  if (surface.endsWith('s') && lookupPlace(surface.slice(0, -1))?.kind === 'demonym') return [];
  const titled = honorific || titleBeforeName(tokens, from) !== undefined;
  const names = context.names;
  const last = end - 1;
  if (!titled && isTeamInResults(tokens, from, end)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  if (isVenueHeading(tokens, from, end)) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
  if (words.length === 1) {
    const full = names.personBySurname(surface);
    if (full) return [mentionOf(tokens, from, last, { type: 'PERSON', name: full, kind: 'surname' })];
    const company = context.companyShortNames.get(surface);
    if (company) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: company, kind: 'name' })];
    if (context.organizationNames.has(surface)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    if (isStateInAddress(tokens, from)) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
    if (sentence.headline) return [];
    if (!titled && afterOrganizationKind(tokens, from)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    if ((titled || isScoringMinute(tokens, end)) && /^\p{Lu}\p{Ll}/u.test(surface)) return [mentionOf(tokens, from, last, { type: 'PERSON', name: surface, kind: 'surname' })];
    if (containerAfter(tokens, end)) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
    const organization = context.organizations.get(tokens[from].lower);
    if (organization && tokens[from - 1]?.lower === 'the') return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: organization, kind: 'name' })];
    if (inTeamSlot(tokens, from, end)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    if (ownsTitle(tokens, from, end) && (isAcronym(surface) || !opensClause(tokens, from))) {
      return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    }
    if (isDatelineAgency(tokens, from)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    // An acronym nothing else knows is most often a body: a company, party, league or agency. In a
    // line all in capitals every word looks like one; opening a sentence or a bracket, it must act
    // ("ZQX said") or stand alone in the bracket ("the Tarrow Workers' Union ( TWU )").
    const acronym = isAcronym(surface) && /\p{Ll}/u.test(sentence.text) && !hasTag(tokens[from], 'Verb', 'Value');
    if (acronym && opensClause(tokens, from) && (actsNext(tokens, end) || isBracketed(tokens, from, end))) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    if (opensClause(tokens, from)) return [];
    if (afterPlacePreposition(tokens, from, end)) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
    if (acronym) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    if (COMPANY_CONTEXT.has(tokens[end]?.lower ?? '')) {
      return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
    }
    if (hasTag(tokens[from], 'LastName') || IRISH_SCOTTISH_SURNAME.test(surface)) return [mentionOf(tokens, from, last, { type: 'PERSON', name: surface, kind: 'surname' })];
    if (isPlaceTagged(tokens[from])) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
    return [];
  }
  const known = names.canonicalPerson(surface);
  if (known) return [mentionOf(tokens, from, last, { type: 'PERSON', name: known, kind: 'name' })];
  if (sentence.headline) return [];
  // "St. Joseph", "Ft. Worth": in the news, a place (an organisation's cue word was looked at before).
  if (PLACE_NAME_ABBREVIATIONS.has(tokens[from].text) && tokens[from + 1]?.text === '.') return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
  if (ownsTitle(tokens, from, end) && !titled) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  // "the Acme Co. of Franklin Lakes, N.J.", "born in Marion, Ohio": a town, though its words are also first names.
  // Not "the case of Louis Farrakhan, the U.S. black leader": a description, not an address.
  const address = /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '') && containerAfter(tokens, end);
  if (!titled && PLACE_LINKS.has(tokens[from - 1]?.lower ?? '') && address) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
  if (!titled && isJobBody(tokens, from, end)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  const speaks = SPEECH_VERBS.test(tokens[end]?.lower ?? '') || (tokens[end]?.text === ',' && SPEECH_VERBS.test(tokens[end + 1]?.lower ?? ''));
  if (!titled && afterOrganizationKind(tokens, from)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  // "Sokol Tychy 7 4 0 3": a team in a results line, unless the name opens with an initial or a first name.
  if (!titled && inTeamSlot(tokens, from, end) && !isInitial(tokens, from) && !hasTag(tokens[from], 'FirstName', 'MaleName', 'FemaleName')) {
    return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  }
  const personLike = titled || isScoringMinute(tokens, end) || speaks || tokens.slice(from, end).some(isPersonTagged) || context.loneWords.has(tokens[last].text);
  const allWords = tokens.slice(from, end).every((t) => /^\p{Lu}[\p{L}-]*$/u.test(t.text) && t.text !== t.text.toUpperCase());
  if (personLike && allWords && words.length <= 4) {
    return [mentionOf(tokens, from, last, { type: 'PERSON', name: names.addPerson(surface), kind: 'name' })];
  }
  if (tokens.slice(from, end).every(isPlaceTagged) || afterPlacePreposition(tokens, from, end)) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
  if (tokens.slice(from, end).some((t) => hasTag(t, 'Organization'))) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  return untypedName(tokens, from, end, context);
}

/** Whether a noun for a kind of body comes right before the name at `from`, which does not open with a first name: "insurer Prudential". */
function afterOrganizationKind(tokens: Token[], from: number): boolean {
  return ORGANIZATION_KINDS.has(tokens[from - 1]?.text ?? '') && !hasTag(tokens[from], 'FirstName', 'MaleName', 'FemaleName');
}

/**
 * Whether a known state, region or country follows the name at `end` after a comma, as in
 * "Petaluma, Calif." or "Nsukka, Nigeria": then the name is a town nothing else knew.
 */
function containerAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  if (isStateInAddress(tokens, end + 1)) return true;
  const words = [1, 2].find((n) => end + 1 + n <= tokens.length && knownAt(tokens, end + 1, end + 1 + n) !== undefined);
  const container = words === undefined ? undefined : knownAt(tokens, end + 1, end + 1 + words);
  // "The SBU, Ukraine's security service" describes; it does not place.
  if (!container || tokens[end + words!].possessive) return false;
  return (container.type === 'LOCATION' || container.type === 'COUNTRY') && container.kind !== 'demonym' && container.kind !== 'capital';
}

/** Whether the name [from, end) heads a block of results by where they were played: "At Trent Bridge :", "In Tirana :". */
function isVenueHeading(tokens: Token[], from: number, end: number): boolean {
  return from === 1 && /^(?:at|in)$/.test(tokens[0].lower) && tokens[end]?.text === ':';
}

/**
 * Whether the untyped name [from, end) follows "in", "near", "outside" or a person's age and "of",
 * and looks like no person or body: a place nothing else knew ("born in Modesto", "a store near Port
 * Arthur", "Lee, 30, of Boothbay").
 */
function afterPlacePreposition(tokens: Token[], from: number, end: number): boolean {
  // "Lee, 30, of Boothbay": after a person's age, "of" gives the home town.
  const afterAge = tokens[from - 1]?.lower === 'of' && tokens[from - 2]?.text === ',' && /^\d{1,3}$/.test(tokens[from - 3]?.text ?? '') && tokens[from - 4]?.text === ',';
  if (!PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && !afterAge) return false;
  const words = tokens.slice(from, end);
  return words.every((t) => (t.text === '.' || /^\p{Lu}\p{Ll}[\p{L}-]*$/u.test(t.text)) && !isPersonTagged(t) && !hasTag(t, 'Organization', 'Acronym') && !isLanguageName(t.text));
}

/**
 * The source of a monitored broadcast or paper, as the monitoring services' lines name it after the
 * place it comes from: "Moscow KRASNAYA ZVEZDA in Russian 16 Feb 94", "AU0202111694 Paris Radio Metro
 * in French", or a line that is only the place and the paper in capitals ("Cairo AL-AHALI").
 */
function isBroadcastSource(tokens: Token[], from: number, end: number): boolean {
  const start = monitoringLineStart(tokens);
  if (from <= start || from - start > KNOWN_MAX_WORDS || !PLACE_TYPES.includes(knownAt(tokens, start, from)?.type ?? 'OTHER')) return false;
  if (tokens[end]?.lower === 'in' && isLanguageName(tokens[end + 1]?.text ?? '')) return true;
  return end === tokens.length && tokens.slice(from, end).every((t) => t.text === t.text.toUpperCase());
}

/** Jobs whose "of" names a place, not a body: "mayor of Fontana". */
const PLACE_JOBS = new Set(['mayor', 'governor']);

/**
 * Whether the name starting at `from` is what a job is of, at or for: "Lee, manager of Bradley First
 * Air", "general manager of the Truck Stops of America". It names a body even when its words read
 * like a person's.
 */
function isJobBody(tokens: Token[], from: number, end: number): boolean {
  const link = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  const job = tokens[link - 1];
  if (!isOccupation(job) || PLACE_JOBS.has(job.lower)) return false;
  // "a lawyer for John Smith" works for a person: after "for" or "at", a name that reads as one stays one.
  if (tokens[link]?.lower === 'of') return true;
  return JOB_LINKS.has(tokens[link]?.lower ?? '') && !tokens.slice(from, end).some(isPersonTagged);
}

/**
 * Whether the name [from, end) is followed by a lower-case title and a person, with no personal
 * name in it: "Khmer Rouge leader Khieu Samphan", "KAL attorney George Tompkins" name the person's body.
 */
function ownsTitle(tokens: Token[], from: number, end: number): boolean {
  const title = titleAt(tokens, end);
  return title !== undefined && title.end > end && /^\p{Ll}/u.test(tokens[end].text) && tokens[title.end] !== undefined && isCapitalised(tokens[title.end])
    && !tokens.slice(from, end).some(isPersonTagged);
}

/** The dash that ends a wire dateline: "SEOUL, May 3 (Yonhap) --", "( AP ) _". */
const DATELINE_DASH = /^(?:-{1,2}|_|—|–)$/;

/** The agency of a wire dateline, in capitals between brackets before the dash: "Seoul, May 3 ( YONHAP ) --". */
function isDatelineAgency(tokens: Token[], index: number): boolean {
  return tokens[index - 1]?.text === '(' && tokens[index + 1]?.text === ')' && DATELINE_DASH.test(tokens[index + 2]?.text ?? '')
    && /^\p{Lu}[\p{Lu}-]+$/u.test(tokens[index].text);
}

/**
 * A monitoring service's file code: "OW1102132994", "94WD0125D". It may follow the item's headline
 * on the same line ("Rural Laborers Move to Cities OW1102132994 Beijing XINHUA in English").
 */
const MONITORING_FILE_CODE = /^(?:[A-Z]{2}\d{6,}|\d{2}[\dA-Z]{5,}[A-Z])$/;

/** Where a monitoring line's text starts: after its file code ("OW1102132994 Beijing XINHUA in English"); 0 without one. */
export function monitoringLineStart(tokens: Token[]): number {
  const code = tokens.findIndex((t) => MONITORING_FILE_CODE.test(t.text));
  return code + 1;
}

/**
 * "Springfield, Ill.": a state abbreviation that is also a word, after a town's comma and with its
 * full stop (which tokenised text sets apart: "Springfield , Ill .").
 */
function isStateInAddress(tokens: Token[], at: number): boolean {
  const period = tokens[at + 1];
  return WORDLIKE_STATE_ABBREVIATIONS.has(tokens[at]?.text ?? '') && period?.text === '.' && period.start - tokens[at].end <= 1
    && tokens[at - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[at - 2]?.text ?? '');
}

/** Whether a bracketed country follows token `end`: "( Kenya )" after a runner's name. */
function bracketedCountryAt(tokens: Token[], end: number): boolean {
  return tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && lookupPlace(tokens[end + 1].text)?.kind === 'country';
}

/** A person's shape: capitalised words, initials and name particles, not all capitals. */
function looksPersonal(tokens: Token[], from: number, end: number): boolean {
  const parts = tokens.slice(from, end);
  return end - from <= 4 && parts.every((t) => /^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$/u.test(t.text) || t.text === '.' || /^\p{Lu}$/u.test(t.text)
    || NAME_PARTICLE.test(t.text) || NAME_LINKS.has(t.text));
}

/**
 * Types a capitalised run nothing else recognised, from its shape and what follows it: a team
 * before its score is an organisation; initials and a surname, a name before a bracketed country
 * ("Paul McGinley ( Ireland )"), or two to four personal-looking words are a person.
 */
function untypedName(tokens: Token[], from: number, end: number, context: ArticleContext): Mention[] {
  const surface = tokens.slice(from, end).map((t) => t.text).join(' ').replace(/ \./g, '.');
  const last = end - 1;
  const asPerson = () => [mentionOf(tokens, from, last, { type: 'PERSON', name: context.names.addPerson(surface), kind: 'name' })];
  if (tokens.slice(from, end).some((t) => ORGANIZATION_WORDS.has(t.lower) || t.text === '&')) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  if (containerAfter(tokens, end)) return [mentionOf(tokens, from, last, { type: 'LOCATION', name: surface, kind: 'name' })];
  if (isInitial(tokens, from) && end - from >= 3 && looksPersonal(tokens, from, end)) return asPerson();
  if (inTeamSlot(tokens, from, end)) return [mentionOf(tokens, from, last, { type: 'ORGANIZATION', name: surface, kind: 'name' })];
  // A place, nationality or number inside ("Three African", "Southeast Asian") makes it no one's name.
  const placeOrNumber = range(from, end).some((k) => knownAt(tokens, k, k + 1) || hasTag(tokens[k], 'Value', 'Plural'));
  if (end - from >= 2 && looksPersonal(tokens, from, end) && !placeOrNumber) return asPerson();
  return [];
}


/** The words [first, end) as a name: an abbreviation keeps its full stop ("St. Joseph", "Henry A. Politz"). */
function joined(tokens: Token[], first: number, end: number): string {
  return tokens.slice(first, end).map((t, k) => (t.text === '.' && k > 0 && t.start === tokens[first + k - 1].end ? '\u0000' : t.text)).join(' ').replace(/ \u0000/g, '.');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
