// Relations stated by phrase structure rather than a verb: appositions ("Hess, an Acme employee"),
// of-phrases ("Lee of NASA", "the assassin of X", "Lee of Dayton"), possessives ("Acme's chairman
// Lee", "Russia's Kursk region"), place pairs ("Dayton, Ohio", "a plant in central Iran", "Acme,
// based in Denver") and people's home places ("a Fargo native", "an engineer from Dayton").

import { type EntityType, PLACE_TYPES, type Predicate } from '../../core/vocabulary.js';
import { type Mention, monitoringLineStart } from './find-mentions.js';
import { PAST_MODIFIERS, TITLE_MODIFIERS } from './lexicon.js';
import type { RelationFinding } from './find-relations.js';
import type { Token } from './text-units.js';
import { isOccupation } from './occupations.js';
import { titleAt, titleEndingAt } from './titles.js';
import { isMajorCity } from '../resolve/world-places.js';

/**
 * Nouns for a person's tie to someone or something, beyond the titles of `lexicon.ts`: jobs that
 * work for a body, posts that lead it, and agents of a killing ("assassin of").
 */
export const RELATIONAL_NOUNS: Readonly<Record<string, Predicate>> = {
  chairman: 'LEADS', chairwoman: 'LEADS', chairperson: 'LEADS', ceo: 'LEADS', owner: 'LEADS', founder: 'LEADS',
  'chief executive': 'LEADS', 'managing director': 'LEADS', 'executive director': 'LEADS',
  attorney: 'WORKS_FOR', lawyer: 'WORKS_FOR', employee: 'WORKS_FOR', professor: 'WORKS_FOR', reporter: 'WORKS_FOR',
  correspondent: 'WORKS_FOR', editor: 'WORKS_FOR', columnist: 'WORKS_FOR', analyst: 'WORKS_FOR', economist: 'WORKS_FOR',
  executive: 'WORKS_FOR', manager: 'WORKS_FOR', engineer: 'WORKS_FOR', scientist: 'WORKS_FOR', researcher: 'WORKS_FOR',
  worker: 'WORKS_FOR', staffer: 'WORKS_FOR', counsel: 'WORKS_FOR', representative: 'WORKS_FOR', agent: 'WORKS_FOR',
  officer: 'WORKS_FOR', coach: 'WORKS_FOR', vice: 'WORKS_FOR', treasurer: 'WORKS_FOR', photographer: 'WORKS_FOR',
  assassin: 'KILLED', killer: 'KILLED', murderer: 'KILLED',
};
const NOUN_PHRASES = Object.keys(RELATIONAL_NOUNS).map((noun) => noun.split(' ')).sort((a, b) => b.length - a.length);
/** Words that may stand inside a role phrase before its noun: "a top", "the company's former", "senior". */
const PHRASE_FILLERS = new Set([
  'a', 'an', 'the', 'another', 'its', 'his', 'her', 'their', 'longtime', 'veteran', 'staff', 'general', 'company', 'corporate', 'campaign',
  'accused', 'alleged', 'convicted', 'confessed', 'suspected', 'would-be', ...TITLE_MODIFIERS,
]);
const ROLE_LINKS = new Set(['of', 'at', 'for', 'with']);
/** Words right after a person's name that introduce their body: "Lee of Acme", "Lee at the Acme Institute". */
const PERSON_LINKS = new Set(['of', 'at']);
const LOCATED_TYPES: readonly EntityType[] = ['LOCATION', 'FACILITY'];
const BASED = /^(?:based|headquartered|located|situated)$/;
const IN_FILLERS = new Set(['the', 'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'coastal']);
const CAPITAL_NOUNS = new Set(['capital', 'capitals']);
const COPULA = new Set(['is', 'was', 'are', 'were', 'lies', 'sits', 'located', 'situated', 'remains']);
/** Words before an organisation that make "<organisation> in <place>" one noun phrase, not a clause. */
const NOUN_PHRASE_OPENERS = new Set(['the', 'of', 'at', 'from']);
/** Nouns after a place that make a person its inhabitant: "a Fargo native", "Dayton resident Lee". */
const HOME_NOUNS = new Set(['native', 'resident']);
/** Nouns after a place that name it as someone's home town: "his Iowa hometown". */
const BIRTHPLACE_NOUNS = new Set(['hometown', 'birthplace']);
const OWN_PRONOUNS = new Set(['his', 'her']);
const BE = new Set(['was', 'is', 'were']);
const ARTICLES = new Set(['a', 'an', 'the']);

const CONFIDENCE = { apposition: 0.75, ofPhrase: 0.6, possessivePlace: 0.8, placePair: 0.7, placeIn: 0.7, based: 0.8 };

/** A role or agent noun found at a token: its predicate, where it ends, and whether it is past. */
interface NounMatch {
  predicate: Predicate;
  first: number;
  end: number;
  past: boolean;
}

/** The role noun or title starting at token `k`, with its predicate ("chairman", "top official", "assassin"). */
function nounAt(tokens: Token[], k: number): NounMatch | undefined {
  const title = titleAt(tokens, k);
  if (title && title.role !== 'NONE') return { predicate: title.role, first: k, end: title.end, past: false };
  if (title?.role === 'NONE' && PAST_MODIFIERS.has(tokens[k].lower)) return { predicate: 'WORKS_FOR', first: k, end: title.end, past: true };
  const words = NOUN_PHRASES.find((phrase) => phrase.every((word, n) => tokens[k + n]?.lower === word));
  return words ? { predicate: RELATIONAL_NOUNS[words.join(' ')], first: k, end: k + words.length, past: false } : undefined;
}

/** The role noun that ends the phrase starting at `from`, crossing only fillers: "a senior Acme engineer" stops at the mention. */
function nounAfterFillers(tokens: Token[], from: number, stopAt: number): NounMatch | undefined {
  let past = false;
  for (let k = from; k < stopAt; k += 1) {
    const noun = nounAt(tokens, k);
    if (noun && noun.end <= stopAt + 1) return { ...noun, past: noun.past || past };
    if (PAST_MODIFIERS.has(tokens[k].lower)) past = true;
    if (!PHRASE_FILLERS.has(tokens[k].lower)) return undefined;
  }
  return undefined;
}

interface Found {
  predicate: Predicate;
  subject: Mention;
  object: Mention;
  verb: string;
  confidence: number;
}

const typeFits = (m: Mention | undefined, predicate: Predicate): m is Mention => {
  if (!m || m.quoted) return false;
  if (predicate === 'KILLED') return m.type === 'PERSON';
  return m.type === 'ORGANIZATION' || m.type === 'COUNTRY' || (m.type === 'LOCATION' && m.country !== undefined);
};

/**
 * Relations stated by phrase structure in one sentence, given its argument mentions in text order
 * (owner words bound to a title already left out).
 */
export function findPhraseRelations(tokens: Token[], mentions: Mention[]): RelationFinding[] {
  const startingAt = new Map(mentions.map((m) => [m.first, m]));
  const endingAt = new Map(mentions.map((m) => [m.last, m]));
  const text = (first: number, end: number) => tokens.slice(first, end).map((t) => t.text).join(' ');
  const found: Found[] = [];

  for (const person of mentions) {
    if (person.type !== 'PERSON' || person.quoted) continue;
    const after = person.last + 1;
    // "Lee, a top official of Acme" / "Lee, the assassin of X" / "Lee, an Acme employee" / "Lee, Acme's chairman".
    if (tokens[after]?.text === ',') {
      const owner = mentions.find((m) => m.first > after && m.first <= after + 4);
      const stop = owner ? owner.first : Math.min(tokens.length, after + 6);
      const noun = nounAfterFillers(tokens, after + 1, stop);
      if (noun && !noun.past && ROLE_LINKS.has(tokens[noun.end]?.lower ?? '')) {
        const objectAt = tokens[noun.end + 1]?.lower === 'the' ? noun.end + 2 : noun.end + 1;
        const object = noun.predicate === 'KILLED' ? victimAt(tokens, startingAt, objectAt) : bodyAt(tokens, startingAt, objectAt);
        if (typeFits(object, noun.predicate)) found.push({ predicate: noun.predicate, subject: person, object, verb: text(noun.first, noun.end), confidence: CONFIDENCE.apposition });
      } else if (owner && !owner.quoted && (owner.type === 'PERSON' ? owner.possessive : typeFits(owner, 'WORKS_FOR'))) {
        const head = nounAfterFillers(tokens, owner.last + 1, owner.last + 4);
        const between = tokens.slice(after + 1, owner.first);
        const fillers = between.every((t) => PHRASE_FILLERS.has(t.lower)) && !between.some((t) => PAST_MODIFIERS.has(t.lower));
        const ownerAfter = ROLE_LINKS.has(tokens[head?.end ?? -1]?.lower ?? '');
        if (head && !head.past && fillers && !ownerAfter && owner.type !== 'LOCATION' && typeFits(owner, head.predicate)) found.push({ predicate: head.predicate, subject: person, object: owner, verb: text(head.first, head.end), confidence: CONFIDENCE.apposition });
      }
      const job = found.some((f) => f.subject === person) ? undefined : jobDescription(tokens, startingAt, after + 1);
      if (job) found.push({ predicate: 'WORKS_FOR', subject: person, object: job.body, verb: text(after + 1, job.linkAt + 1), confidence: CONFIDENCE.ofPhrase });
    }
    // "Lee of Acme", "Lee at the Acme Institute" (and "Lee, of Acme,", "Lee, 52, of Acme"): a person followed by their body.
    const afterAge = tokens[after]?.text === ',' && /^\d{1,3}$/.test(tokens[after + 1]?.text ?? '') && tokens[after + 2]?.text === ',' ? after + 2 : after;
    const linkAt = PERSON_LINKS.has(tokens[after]?.lower ?? '') ? after : tokens[afterAge]?.text === ',' && tokens[afterAge + 1]?.lower === 'of' ? afterAge + 1 : -1;
    const body = linkAt > 0 ? bodyAt(tokens, startingAt, tokens[linkAt + 1]?.lower === 'the' ? linkAt + 2 : linkAt + 1) : undefined;
    // "at the Kremlin" is where someone was, not whom they work for.
    const venue = body?.kind === 'seat' && tokens[linkAt].lower === 'at';
    if (body?.type === 'ORGANIZATION' && !body.quoted && !venue) found.push({ predicate: 'WORKS_FOR', subject: person, object: body, verb: tokens[linkAt].lower, confidence: CONFIDENCE.ofPhrase });
    // "Lee of Dayton", "Lee, 52, of Dayton", "Lee, an engineer from Dayton": where the person lives or comes from.
    const home = body && tokens[linkAt].lower === 'of' && isHome(body) ? body : homeAfterDescription(tokens, startingAt, after);
    // "Lee of Dayton, Ohio": who lives in the town lives in its state too.
    for (const place of home ? [home, ...placeChain(tokens, startingAt, home.last + 1)] : []) {
      found.push({ predicate: 'LOCATED_IN', subject: person, object: place, verb: tokens[home!.first - 1].lower, confidence: CONFIDENCE.ofPhrase });
    }
    // "Acme attorney Lee", "Kennedy assassin Lee", "Kennedy's assassin, Lee" (titles of the lexicon are find-roles' work).
    const comma = tokens[person.first - 1]?.text === ',';
    const before = comma ? person.first - 2 : person.first - 1;
    for (let first = before; first >= Math.max(0, before - 2); first -= 1) {
      const noun = nounAt(tokens, first);
      if (!noun || noun.end !== before + 1 || titleAt(tokens, first)) continue;
      const owner = endingAt.get(first - 1);
      if (comma && !owner?.possessive) break;
      if (typeFits(owner, noun.predicate) && (noun.predicate !== 'KILLED' || owner.name !== person.name)) {
        found.push({ predicate: noun.predicate, subject: person, object: owner, verb: text(noun.first, noun.end), confidence: CONFIDENCE.apposition });
      }
      break;
    }
    if (comma && !found.some((f) => f.subject === person)) {
      const job = possessiveJob(tokens, endingAt, before);
      if (job) found.push({ predicate: job.predicate, subject: person, object: job.owner, verb: text(job.owner.last + 1, before + 1), confidence: CONFIDENCE.apposition });
    }
  }

  for (const place of mentions) {
    if (place.quoted) continue;
    const after = place.last + 1;
    // "Modesto native George Lucas", "Lee, a Fargo native", and a town's working people: "Lee, an
    // Atlanta architect", "Dayton lawyer Lee" (a country before a job is a post, which roles read).
    const homeNoun = HOME_NOUNS.has(tokens[after]?.lower ?? '') || (place.type === 'LOCATION' && isOccupation(tokens[after]));
    if (isHome(place) && homeNoun) {
      const named = startingAt.get(after + 1);
      const described = ARTICLES.has(tokens[place.first - 1]?.lower ?? '') && tokens[place.first - 2]?.text === ',' ? endingAt.get(place.first - 3) : undefined;
      const person = named?.type === 'PERSON' ? named : described?.type === 'PERSON' ? described : undefined;
      if (person && !person.quoted) found.push({ predicate: 'LOCATED_IN', subject: person, object: place, verb: tokens[after].lower, confidence: CONFIDENCE.ofPhrase });
    }
    // "Rolling Fork, where Lee was born": the place of a birth told in a relative clause.
    const whereAt = tokens[after]?.text === ',' ? after + 1 : after;
    const born = tokens[whereAt]?.lower === 'where' ? startingAt.get(whereAt + 1) : undefined;
    if (isHome(place) && born?.type === 'PERSON' && !born.quoted && BE.has(tokens[born.last + 1]?.lower ?? '') && tokens[born.last + 2]?.lower === 'born') {
      found.push({ predicate: 'LOCATED_IN', subject: born, object: place, verb: 'born', confidence: CONFIDENCE.ofPhrase });
    }
    // "his native Ohio", "her Iowa hometown", "Lee's Ohio birthplace": the person the possessive points to comes from there.
    const nativeBefore = tokens[place.first - 1]?.lower === 'native' && OWN_PRONOUNS.has(tokens[place.first - 2]?.lower ?? '');
    const birthplaceAfter = BIRTHPLACE_NOUNS.has(tokens[after]?.lower ?? '');
    if (isHome(place) && (nativeBefore || birthplaceAfter)) {
      const ownerAt = nativeBefore ? place.first - 2 : place.first - 1;
      const possessor = endingAt.get(ownerAt);
      const person = possessor?.possessive ? possessor : OWN_PRONOUNS.has(tokens[ownerAt]?.lower ?? '') ? mentions.filter((m) => m.last < ownerAt && m.type === 'PERSON').pop() : undefined;
      if (person?.type === 'PERSON' && !person.quoted) found.push({ predicate: 'LOCATED_IN', subject: person, object: place, verb: nativeBefore ? 'native' : tokens[after].lower, confidence: CONFIDENCE.ofPhrase });
    }
    // "Russia's Kursk region", "Iran's Natanz site", "Ohio's Butler County"; not "Estonia's Middle East
    // expert", where the place only says what the person works on.
    if (PLACE_TYPES.includes(place.type) && place.possessive) {
      const located = startingAt.get(after);
      if (located && LOCATED_TYPES.includes(located.type) && !located.country && !isOccupation(tokens[located.last + 1])) found.push({ predicate: 'LOCATED_IN', subject: located, object: place, verb: "'s", confidence: CONFIDENCE.possessivePlace });
    }
    // "Dayton, Ohio" and "Acme Center, Dayton, Ohio", unless the names are a list.
    if (tokens[after]?.text === ',' && (LOCATED_TYPES.includes(place.type) || place.type === 'ORGANIZATION') && !place.possessive) {
      const chain = placeChain(tokens, startingAt, after);
      const inList = listBefore(tokens, endingAt, place.first) || chain.length === 0;
      const subjectOk = place.type !== 'ORGANIZATION' || chain.length === 2 || (chain.length === 1 && isLineEnd(tokens, chain[0].last + 1));
      if (!inList && subjectOk) {
        for (const container of chain) found.push({ predicate: 'LOCATED_IN', subject: place, object: container, verb: ',', confidence: CONFIDENCE.placePair });
      }
    }
    // "a plant in central Iran", "Rome is in Lazio"; "Acme, based in Denver".
    if (LOCATED_TYPES.includes(place.type) || place.type === 'ORGANIZATION') {
      let k = after;
      if (tokens[k]?.text === ',') k += 1;
      const based = BASED.test(tokens[k]?.lower ?? '');
      if (based) k += 1;
      // "at the Acme Institute in Houston": an organisation named as a place someone is at or from.
      else if (place.type === 'ORGANIZATION' && !(k === after && NOUN_PHRASE_OPENERS.has(tokens[place.first - 1]?.lower ?? ''))) continue;
      else if (COPULA.has(tokens[k]?.lower ?? '')) k += 1;
      if (k === after + 1 && tokens[after]?.text === ',') continue;
      if (tokens[k]?.lower !== 'in') continue;
      k += 1;
      while (IN_FILLERS.has(tokens[k]?.lower ?? '')) k += 1;
      let container = startingAt.get(k);
      // "in Russia's Tatarstan region": the region is the nearer container.
      if (container?.possessive && container.type === 'COUNTRY') container = startingAt.get(container.last + 1) ?? container;
      // A capital does not lie in another city: "delegations from Moscow and Kyiv in Istanbul" puts the delegations there.
      const misplacedCapital = place.kind === 'capital' && container !== undefined && (container.kind === 'capital' || isMajorCity(container.name));
      if (container && PLACE_TYPES.includes(container.type) && !container.quoted && !misplacedCapital) {
        found.push({ predicate: 'LOCATED_IN', subject: place, object: container, verb: text(after, k), confidence: based ? CONFIDENCE.based : CONFIDENCE.placeIn });
        if (based) for (const outer of placeChain(tokens, startingAt, container.last + 1)) found.push({ predicate: 'LOCATED_IN', subject: place, object: outer, verb: text(after, k), confidence: CONFIDENCE.based });
      }
    }
  }

  found.push(...capitalRelations(tokens, startingAt, endingAt), ...datelineRelations(tokens, mentions));
  return found
    .filter((f) => f.subject.name !== f.object.name)
    .map((f) => ({ ...f, negated: false, attributes: {} }));
}

/** "Yerevan, the capital of Armenia" and "Armenia's capital, Yerevan": the city lies in the country. */
function capitalRelations(tokens: Token[], startingAt: Map<number, Mention>, endingAt: Map<number, Mention>): Found[] {
  const found: Found[] = [];
  const isPlace = (m: Mention | undefined): m is Mention => m !== undefined && PLACE_TYPES.includes(m.type) && !m.quoted && m.kind !== 'demonym';
  tokens.forEach((token, k) => {
    if (!CAPITAL_NOUNS.has(token.lower)) return;
    // "X, the capital of Y"
    const city = endingAt.get(k - 3);
    const country = startingAt.get(tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2);
    if (tokens[k - 2]?.text === ',' && tokens[k - 1]?.lower === 'the' && tokens[k + 1]?.lower === 'of' && isPlace(city) && isPlace(country)) {
      found.push({ predicate: 'LOCATED_IN', subject: city, object: country, verb: `the ${token.lower} of`, confidence: CONFIDENCE.placePair });
    }
    // "Y's capital, X"
    const owner = endingAt.get(k - 1);
    const named = startingAt.get(k + 2);
    if (owner?.possessive && tokens[k + 1]?.text === ',' && isPlace(owner) && isPlace(named)) {
      found.push({ predicate: 'LOCATED_IN', subject: named, object: owner, verb: `'s ${token.lower}`, confidence: CONFIDENCE.placePair });
    }
  });
  return found;
}

/**
 * A news agency's dateline: "BANGKOK, Thailand (AP)" and "Paris AFP in English": the agency files
 * from those places, so it is based there for the story.
 */
function datelineRelations(tokens: Token[], mentions: Mention[]): Found[] {
  const places: Mention[] = [];
  // Monitoring-service lines open with a file code ("AU0202111694 Paris AFP in English") or a
  // bracketed label ("( Text ) Seoul, May 3 ( YONHAP ) --").
  let k = monitoringLineStart(tokens) || (tokens[0]?.text === '(' && tokens[2]?.text === ')' ? 3 : 0);
  for (const m of mentions) {
    if (m.first < k) continue;
    // A wire dateline may date the story between the place and the agency: "Seoul, May 3 (Yonhap)".
    if (places.length > 0) k = afterDate(tokens, k);
    if (PLACE_TYPES.includes(m.type) && m.kind !== 'demonym' && m.first === k) {
      places.push(m);
      k = tokens[m.last + 1]?.text === ',' ? m.last + 2 : m.last + 1;
      continue;
    }
    if (m.type !== 'ORGANIZATION' || places.length === 0) break;
    const bracketed = tokens[k]?.text === '(' && m.first === k + 1 && tokens[m.last + 1]?.text === ')';
    const language = m.first === k && tokens[m.last + 1]?.lower === 'in' && /^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? '');
    // A line that is nothing but "Madrid EFE".
    const alone = m.first === k && m.last === tokens.length - 1;
    if (bracketed || language || alone) return places.map((place) => ({ predicate: 'LOCATED_IN', subject: m, object: place, verb: 'dateline', confidence: CONFIDENCE.placePair }));
    break;
  }
  return [];
}

/** The token after a date that starts at `k` ("May 3 ,", "21 Feb"), or `k` when none does. */
function afterDate(tokens: Token[], k: number): number {
  let j = k;
  while (tokens[j] && (tokens[j].tags.has('Month') || tokens[j].tags.has('Date') || /^\d{1,2}$/.test(tokens[j].text))) j += 1;
  if (j > k && tokens[j]?.text === ',') j += 1;
  return j;
}

/**
 * "chief of waste disposal for the NRC", "a plant physiologist with the USDA", "project manager of
 * the local Acme chapter": a description of someone's job (a noun in it names an occupation) linked
 * to an organisation. Past jobs ("former", "retired") are not current facts.
 */
function jobDescription(tokens: Token[], startingAt: Map<number, Mention>, from: number): { body: Mention; linkAt: number } | undefined {
  let occupation = false;
  for (let k = from; k < Math.min(tokens.length, from + 10); k += 1) {
    const word = tokens[k].lower;
    if (ROLE_LINKS.has(word) && occupation) {
      let j = k + 1;
      while (j < k + 5 && !startingAt.has(j) && (ARTICLES.has(tokens[j]?.lower ?? '') || /^\p{Ll}+$/u.test(tokens[j]?.text ?? ''))) j += 1;
      // "chairman of the main opposition party, the Liberal Party": the body is named in apposition.
      if (j > k + 1 && tokens[j]?.text === ',') j += ARTICLES.has(tokens[j + 1]?.lower ?? '') ? 2 : 1;
      const body = bodyAt(tokens, startingAt, j);
      if (body) return body.type === 'ORGANIZATION' && !body.quoted ? { body, linkAt: k } : undefined;
    }
    if (PAST_MODIFIERS.has(word) || !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) || (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun'))) return undefined;
    if (isOccupation(tokens[k])) occupation = true;
  }
  return undefined;
}

/** Lower-case words that may describe a job between its owner and its noun: "chief debt", "reform-minded". */
const MAX_JOB_WORDS = 4;

/**
 * "Venezuela's chief debt negotiator, Lee", "Ohio's reform-minded governor, Lee": a possessive body
 * or country, a description whose last word (at `end`) is a job, then the name in apposition.
 */
function possessiveJob(tokens: Token[], endingAt: Map<number, Mention>, end: number): { predicate: Predicate; owner: Mention } | undefined {
  const title = titleEndingAt(tokens, end + 1);
  const relational = RELATIONAL_NOUNS[tokens[end]?.lower ?? ''];
  const predicate = title ? title.role : relational ?? (isOccupation(tokens[end]) ? 'WORKS_FOR' : 'NONE');
  if (predicate !== 'LEADS' && predicate !== 'WORKS_FOR') return undefined;
  for (let k = end; k >= Math.max(1, end - MAX_JOB_WORDS); k -= 1) {
    const owner = endingAt.get(k - 1);
    // A town or state has posts as a country has ("Ohio's governor, Lee", as "Ohio Governor Lee").
    if (owner) {
      const fits = owner.type === 'LOCATION' ? owner.kind !== 'demonym' && !owner.quoted : typeFits(owner, predicate);
      return owner.possessive && fits && !PAST_MODIFIERS.has(tokens[k].lower) ? { predicate, owner } : undefined;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) || PAST_MODIFIERS.has(tokens[k].lower) || ARTICLES.has(tokens[k].lower)) return undefined;
  }
  return undefined;
}

/** A place someone can live in or come from, named (not a nationality word). */
function isHome(m: Mention): boolean {
  return PLACE_TYPES.includes(m.type) && m.kind !== 'demonym' && !m.possessive && !m.quoted;
}

/** "Lee, a retired engineer from Dayton": a short description after a person, ending in "from" a place. */
function homeAfterDescription(tokens: Token[], startingAt: Map<number, Mention>, after: number): Mention | undefined {
  if (tokens[after]?.text !== ',' || !ARTICLES.has(tokens[after + 1]?.lower ?? '')) return undefined;
  for (let k = after + 2; k < Math.min(tokens.length, after + 8); k += 1) {
    if (tokens[k].lower === 'from') {
      const place = startingAt.get(k + 1);
      return place && isHome(place) ? place : undefined;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) || tokens[k].tags.has('Verb')) return undefined;
  }
  return undefined;
}

/**
 * The mention at token `k`; a nationality word before a body gives way to the body: "the Italian
 * Farmers Union". Before a name nothing recognised ("the Croatian People's Party") it stands for no one.
 */
function bodyAt(tokens: Token[], startingAt: Map<number, Mention>, k: number): Mention | undefined {
  const mention = startingAt.get(k);
  if (mention?.kind !== 'demonym') return mention;
  const next = startingAt.get(mention.last + 1);
  if (next?.type === 'ORGANIZATION') return next;
  return /^\p{Lu}/u.test(tokens[mention.last + 1]?.text ?? '') ? undefined : mention;
}

/** How many words a victim's description or title may take before the name: "civil rights leader X". */
const VICTIM_REACH = 4;
/** Words that end a victim's description: a new clause or a second party. */
const VICTIM_STOPS = new Set(['and', 'or', 'but', 'who', 'that', 'which', 'when', 'after', 'before']);

/** The person an agent noun's "of" names, past a title or a short description: "the assassin of President X", "of civil rights leader X". */
function victimAt(tokens: Token[], startingAt: Map<number, Mention>, from: number): Mention | undefined {
  for (let k = from; k < Math.min(tokens.length, from + VICTIM_REACH + 1); k += 1) {
    const mention = startingAt.get(k);
    if (mention) return mention.type === 'PERSON' ? mention : undefined;
    const title = titleAt(tokens, k);
    if (title) k = title.end - 1;
    else if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) || VICTIM_STOPS.has(tokens[k].lower)) return undefined;
  }
  return undefined;
}

/** The places after a comma at `comma`: "Dayton, Ohio" gives [Ohio]; "Petaluma, Calif." after an organisation gives both. */
export function placeChain(tokens: Token[], startingAt: Map<number, Mention>, comma: number): Mention[] {
  const chain: Mention[] = [];
  let k = comma;
  while (tokens[k]?.text === ',' && chain.length < 2) {
    const next = startingAt.get(k + 1);
    if (!next || !PLACE_TYPES.includes(next.type) || next.kind === 'demonym' || next.possessive || next.quoted) break;
    chain.push(next);
    k = next.last + 1;
  }
  // "Paris, Lyon and Nice" is a list, not a city in a region.
  const following = tokens[k]?.lower;
  if (following === 'and' || following === 'or' || (following === ',' && startingAt.get(k + 1)?.type === chain[0]?.type)) return [];
  if (chain.length === 2 && chain[0].type === 'COUNTRY') return [];
  if (chain.length === 1 && chain[0].type === 'COUNTRY' && tokens[k]?.text === ',' && (tokens[k + 1]?.lower === 'and' || startingAt.has(k + 1))) return [];
  return chain;
}

/** True when the mention at `first` continues a list: "Ohio, Texas, Utah". */
function listBefore(tokens: Token[], endingAt: Map<number, Mention>, first: number): boolean {
  const before = tokens[first - 1]?.lower;
  if (before !== ',' && before !== 'and' && before !== 'or') return false;
  const previous = endingAt.get(first - 2);
  return previous !== undefined && PLACE_TYPES.includes(previous.type);
}

const isLineEnd = (tokens: Token[], k: number) => k >= tokens.length || /^[;.:()]$/.test(tokens[k]?.text ?? '');

