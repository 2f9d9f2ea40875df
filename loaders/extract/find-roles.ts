// Role phrases: "Russian President Vladimir Putin" → Putin LEADS Russia, "White House spokesperson
// Karoline Leavitt" → Leavitt WORKS_FOR White House; and role descriptions that name a known leader
// ("the Russian leader", "the Kremlin chief") resolved to that person.

import type { NameRegistry } from '../resolve/name-registry.js';
import type { Mention } from './find-mentions.js';
import type { Sentence, Token } from './text-units.js';
import { isPastRole, titleAt, titleBeforeName, type TitleMatch } from './titles.js';

/** A role stated by a title: `person` LEADS / WORKS_FOR `owner`. */
export interface RoleFinding {
  predicate: 'LEADS' | 'WORKS_FOR';
  person: Mention;
  owner: Mention;
  /** The title as written ("Deputy Foreign Minister"). */
  title: string;
}

/** What the role pass learned about one sentence. */
export interface RolePass {
  roles: RoleFinding[];
  /** Descriptions resolved to a person ("the Russian leader" → Vladimir Putin), to add to the mentions. */
  descriptors: Mention[];
  /** Owner words that belong to a person's title phrase: they qualify that person and do not act themselves. */
  heads: Map<Mention, Mention>;
}

const OWNER_TYPES = new Set(['COUNTRY', 'ORGANIZATION', 'LOCATION', 'PERSON']);
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'a', 'an']);

/** Finds role phrases and role descriptions in one sentence, given its mentions in text order. */
export function findRoles(sentence: Sentence, mentions: Mention[], names: NameRegistry): RolePass {
  const tokens = sentence.tokens;
  const pass: RolePass = { roles: [], descriptors: [], heads: new Map() };
  const endingAt = new Map(mentions.map((m) => [m.last, m]));
  for (const person of mentions) {
    if (person.type !== 'PERSON') continue;
    const titled = titleBeforeName(tokens, person.first);
    const owned = titled && ownedTitle(tokens, titled, mentions, endingAt);
    if (!owned) continue;
    const { title, owner } = owned;
    pass.heads.set(owner, person);
    if (title.role === 'NONE' || owner.quoted || isPastRole(tokens, title)) continue;
    pass.roles.push({ predicate: title.role, person, owner, title: titleText(tokens, title) });
    if (title.role === 'LEADS' && owner.country && owner.type !== 'PERSON') names.addLeader(owner.country, person.name);
  }
  const starts = new Set(mentions.map((m) => m.first));
  for (let k = 0; k < tokens.length; k += 1) {
    const title = titleAt(tokens, k);
    if (!title || title.role !== 'LEADS' || starts.has(title.end) || tokens[title.end]?.text === ',') continue;
    const descriptor = describedLeader(tokens, title, endingAt, mentions, names);
    if (descriptor) {
      pass.descriptors.push(descriptor.mention);
      if (descriptor.owner) pass.heads.set(descriptor.owner, descriptor.mention);
    }
    k = title.end - 1;
  }
  return pass;
}

/** The country, body or person a title belongs to: "Russian", "White House", "Putin's", "Moscow's". */
function ownerBefore(title: TitleMatch, endingAt: Map<number, Mention>): Mention | undefined {
  const owner = endingAt.get(title.first - 1);
  if (!owner || !OWNER_TYPES.has(owner.type)) return undefined;
  if (owner.type === 'PERSON' && !owner.possessive) return undefined;
  return owner;
}

/**
 * The title and its owner. A body's name may end in a word that also opens titles ("Board of Education
 * spokesman": "Education Minister" is a title too); then the name keeps the word and the title is the rest.
 */
function ownedTitle(tokens: Token[], title: TitleMatch, mentions: Mention[], endingAt: Map<number, Mention>): { title: TitleMatch; owner: Mention } | undefined {
  const owner = ownerBefore(title, endingAt);
  if (owner) return { title, owner };
  const covering = mentions.find((m) => m.first < title.first && m.last >= title.first && m.last + 1 < title.end);
  const rest = covering && covering.type !== 'PERSON' && OWNER_TYPES.has(covering.type) ? titleAt(tokens, covering.last + 1) : undefined;
  return rest && rest.end === title.end ? { title: rest, owner: covering! } : undefined;
}

function titleText(tokens: Token[], title: TitleMatch): string {
  // An abbreviation keeps its full stop: "Gov.", not "Gov .".
  return tokens.slice(title.first, title.end).map((t) => t.text).join(' ').replace(/ \.$/, '.');
}

/** "the Russian leader", "the Kremlin chief", "the President of Russia" → the leader known for that country. */
function describedLeader(
  tokens: Token[],
  title: TitleMatch,
  endingAt: Map<number, Mention>,
  mentions: Mention[],
  names: NameRegistry,
): { mention: Mention; owner?: Mention } | undefined {
  const before = endingAt.get(title.first - 1);
  const after = tokens[title.end]?.lower === 'of' ? mentions.find((m) => m.first === title.end + 1) : undefined;
  const owner = before?.country ? before : after?.country ? after : undefined;
  if (!owner?.country) return undefined;
  const determinerAt = owner === before ? owner.first - 1 : title.first - 1;
  if (!DETERMINERS.has(tokens[determinerAt]?.lower ?? '')) return undefined;
  const leader = names.leaderOf(owner.country);
  if (!leader) return undefined;
  const first = title.first;
  const last = title.end - 1;
  return {
    owner,
    mention: {
      start: tokens[first].start,
      end: tokens[last].end,
      first,
      last,
      type: 'PERSON',
      name: leader,
      kind: 'descriptor',
      possessive: tokens[last].possessive,
      quoted: tokens[first].quoted,
    },
  };
}
