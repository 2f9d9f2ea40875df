// Engine-neutral investigations (trace, paths, relationship timeline, what's new) over a small per-engine reader.

import type { EntitySummary, Evidence, GraphEdge, PathHop, PathsResult, TraceContact, TraceResult, WhatsNewResult } from '../core/model.js';
import { InvalidArgumentError, NotFoundError } from '../core/errors.js';
import { ENTITY_TYPES, PREDICATE_NAMES, type EntityType, type Predicate } from '../core/vocabulary.js';
import type { EvidenceQuery, PathOptions, TraceOptions, WhatsNewOptions } from './graph-store.js';
import { aggregateRelationships, toGraphEdge, type EdgeAggregate } from './graph-assembly.js';
import { searchPaths, type AdjacencyReader } from './path-search.js';
import { newestEvidenceFirst, toEntitySummary } from './records.js';
import { requireInteger } from './store-arguments.js';

/** Caps that keep every answer drawable (a few thousand elements at most). */
export const INVESTIGATION_CAPS = {
  /** Contacts in one trace. */
  traceContacts: 500,
  /** Edges drawn in one trace. */
  traceEdges: 2000,
  /** Paths asked for at once. */
  paths: 10,
  /** Longest path searched, in hops. */
  pathLength: 6,
  /** Distinct node sequences enumerated before ranking. */
  pathCandidates: 200,
  /**
   * Links read per step of the path search (the heaviest first): a hub's 20,000 ties stay bounded.
   * With this and `pathFrontier`, measured on 20 pairs of the 1M-relationship bench graph: the same
   * path lengths as with 5,000 / 200 at a third of the time; 1,000 / 25 missed a path.
   */
  pathLinksPerStep: 2000,
  /** Entities one side of the path search expands at once (the most strongly linked first). */
  pathFrontier: 50,
  /** Evidence items returned per path hop (newest first). */
  hopEvidence: 10,
  /** Entities and relations in one what's-new answer. */
  whatsNew: 1000,
} as const;

/** Which relations count in a trace: always explicit lists, because Kùzu cannot bind an empty list. */
export interface LinkFilter {
  predicates: Predicate[];
  types: EntityType[];
  /** When false, `from` and `to` are ignored and undated relations count too. */
  dated: boolean;
  from: string;
  to: string;
}

/** The relations (or, with no predicates, the co-mentions) between a frontier entity and another entity. */
export interface LinkRow {
  /** The frontier entity. */
  source: string;
  /** The other entity, read in the same query so that a hop costs one round trip. */
  target: EntitySummary;
  /** Predicates of the relations (repeats allowed); empty for co-mentions. */
  predicates: Predicate[];
  articleIds: string[];
  lastDate: string | null;
}

/** Which links a trace hop reads: from `frontier`, never to `exclude`, the `limit` pairs with most relations (or articles). */
export interface LinkQuery {
  frontier: string[];
  exclude: string[];
  limit: number;
}

/** What each engine provides so that the logic here runs unchanged on both. */
export interface InvestigationReader {
  entities(ids: string[]): Promise<EntitySummary[]>;
  /** Relations incident to the frontier, one row per (frontier entity, other entity), most relations first. */
  links(query: LinkQuery, filter: LinkFilter): Promise<LinkRow[]>;
  /** Entities mentioned in the same article as a frontier entity, one row per pair, most articles first. */
  coMentions(query: LinkQuery, filter: LinkFilter): Promise<LinkRow[]>;
  /** Aggregated edges among `ids` that pass the filter's predicates and dates. */
  edgesAmong(ids: string[], filter: LinkFilter): Promise<EdgeAggregate[]>;
  /** Links of a frontier in one direction, one row per (frontier entity, other entity), the `limit` heaviest first (see path-search.ts). */
  adjacent: AdjacencyReader;
  evidence(query: EvidenceQuery): Promise<Evidence[]>;
  /** Every stored relationship between the two ends of any pair, in either direction (any order). */
  evidenceAmong(pairs: [string, string][]): Promise<Evidence[]>;
  newEntities(since: string, limit: number): Promise<EntitySummary[]>;
  newRelations(since: string, limit: number): Promise<EdgeAggregate[]>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** Recency halves the weight of a contact last seen a year before the traced entity's last appearance. */
const RECENCY_HALF_LIFE_DAYS = 365;
/** A co-mention counts a quarter of an article that states a relation. */
const CO_MENTION_WEIGHT = 0.25;
/** Candidate pairs read per hop, as a multiple of the contacts still wanted: bounds the work on hubs. */
const CANDIDATES_PER_CONTACT = 4;

/**
 * Traces the contacts of `id` ring by ring. Each hop reads the links of the previous ring's kept
 * contacts; a contact's ring is its hop distance, its `via` the strongest link one ring nearer.
 *
 * Strength of a contact (the `score`, higher is stronger):
 *   (log2(1 + A) + 0.5 × (K − 1)) × (0.5 + 0.5 × R) / hop
 * where A = distinct articles stating a relation between the contact and its `via` (plus ¼ per
 * article that only mentions both, when co-mentions are on), K = distinct predicates of those
 * relations (at least 1), R = 2^(−d / 365) with d the days between the link's latest date and the
 * traced entity's `lastSeen` (0 when undated). The log damps hub-sized counts, kinds reward
 * many-sided ties, recency at most halves a stale tie, and each further ring halves, thirds…
 *
 * Cap: each hop reads only the 4 × (contacts still wanted) pairs with the most relations, so a hub
 * with 20,000 ties costs one bounded query; `graph.truncated` says when contacts were left out.
 */
export async function traceContacts(reader: InvestigationReader, id: string, options: TraceOptions): Promise<TraceResult> {
  const depth = requireInteger('trace', 'depth', options.depth, 1, 3);
  const limit = requireInteger('trace', 'limit', options.limit, 1, INVESTIGATION_CAPS.traceContacts);
  const filter = linkFilter('trace', options);
  const [entity] = await reader.entities([id]);
  if (!entity) throw new NotFoundError(`trace: no entity with id \`${id}\`. Find the id with a search first.`);

  const reference = entity.lastSeen ? Date.parse(entity.lastSeen) : null;
  const seen = new Set([id]);
  const chainArticles = new Map<string, Set<string>>([[id, new Set()]]);
  const contacts: TraceContact[] = [];
  let truncated = false;
  let frontier = [id];
  for (let hop = 1; hop <= depth && frontier.length > 0 && contacts.length < limit; hop++) {
    const room = limit - contacts.length;
    const query = { frontier, exclude: [...seen], limit: room * CANDIDATES_PER_CONTACT };
    const rows = await reader.links(query, filter);
    if (options.includeCoMentions) rows.push(...(await reader.coMentions(query, filter)));
    if (rows.length >= query.limit) truncated = true;
    const found = new Map(rows.map((row) => [row.target.id, row.target]));
    const ties = strongestTies(rows, seen);
    const ranked = [...ties.values()]
      .map((tie) => ({ tie, score: tieScore(tie, hop, reference) }))
      .sort((a, b) => b.score - a.score || a.tie.target.localeCompare(b.tie.target));
    for (const { tie } of ranked) seen.add(tie.target);
    if (ranked.length > room) truncated = true;
    const kept = ranked.slice(0, room);
    for (const { tie, score } of kept) {
      const articles = new Set([...chainArticles.get(tie.via)!, ...tie.relationArticles]);
      chainArticles.set(tie.target, articles);
      contacts.push({
        entity: found.get(tie.target)!,
        hop,
        score: Math.round(score * 1000) / 1000,
        articleCount: articles.size,
        predicates: [...tie.predicates].sort(),
        lastDate: tie.lastDate,
        via: tie.via,
        coMentionOnly: tie.predicates.size === 0,
      });
    }
    frontier = kept.map(({ tie }) => tie.target);
  }

  const ids = [id, ...contacts.map((contact) => contact.entity.id)];
  const edges = (await reader.edgesAmong(ids, filter)).map(toGraphEdge).sort(byCorroboration);
  if (edges.length > INVESTIGATION_CAPS.traceEdges) truncated = true;
  return {
    entity,
    depth,
    graph: { nodes: [entity, ...contacts.map((contact) => contact.entity)], edges: edges.slice(0, INVESTIGATION_CAPS.traceEdges), truncated },
    contacts,
  };
}

/**
 * The k shortest paths between two entities. Strategy: a bidirectional breadth-first search over
 * the engine's adjacency reads (store/path-search.ts) finds every simple path of the shortest length
 * L, then paths of L + 1, L + 2, … hops while fewer than k are found, up to `maxLength`. Each step
 * reads at most `pathLinksPerStep` links from at most `pathFrontier` entities (the strongest ties
 * first), so hubs stay cheap; when a cap cut the search, `graph.truncated` is set (a path through a
 * weak tie of a hub may then be missed). Paths of one length are ranked by their weakest hop
 * (distinct articles), then by all their articles, then by ids. Each hop carries the pair's evidence
 * in both directions.
 */
export async function findPaths(reader: InvestigationReader, from: string, to: string, options: PathOptions): Promise<PathsResult> {
  const k = requireInteger('paths', 'k', options.k, 1, INVESTIGATION_CAPS.paths);
  const maxLength = requireInteger('paths', 'maxLength', options.maxLength, 1, INVESTIGATION_CAPS.pathLength);
  const directed = options.directed ?? false;
  const [fromEntity, toEntity] = await requireEntities(reader, 'paths', [from, to]);
  if (from === to) throw new InvalidArgumentError('paths: `from` and `to` are the same entity. Pick two different entities.');

  const { paths: candidates, truncated } = await searchPaths(reader.adjacent, from, to, {
    k,
    maxLength,
    directed,
    caps: { linksPerExpansion: INVESTIGATION_CAPS.pathLinksPerStep, frontier: INVESTIGATION_CAPS.pathFrontier, candidates: INVESTIGATION_CAPS.pathCandidates },
  });
  if (candidates.length === 0) {
    return {
      from: fromEntity,
      to: toEntity,
      maxLength,
      paths: [],
      graph: { nodes: [fromEntity, toEntity], edges: [], truncated },
      message: `No connection between ${fromEntity.name} and ${toEntity.name} within ${maxLength} ${maxLength === 1 ? 'hop' : 'hops'}.`,
    };
  }

  // One evidence read for every hop of every candidate: it ranks the candidates and cites the chosen ones.
  const pairs = new Map<string, [string, string]>();
  for (const ids of candidates) for (let i = 1; i < ids.length; i++) pairs.set(pairKey(ids[i - 1], ids[i]), [ids[i - 1], ids[i]]);
  const timelines = new Map<string, Evidence[]>([...pairs.keys()].map((key) => [key, []]));
  for (const item of await reader.evidenceAmong([...pairs.values()])) timelines.get(pairKey(item.subject, item.object))?.push(item);
  for (const evidence of timelines.values()) evidence.sort(newestEvidenceFirst);
  const chosen = rankPaths(candidates, timelines).slice(0, k);
  const chosenPairs = new Set(chosen.flatMap((ids) => ids.slice(1).map((entityId, index) => pairKey(ids[index], entityId))));
  const entities = new Map((await reader.entities([...new Set(chosen.flat())])).map((entity) => [entity.id, entity]));

  const paths = chosen.map((ids) => ({
    nodes: ids.map((entityId) => entities.get(entityId)!),
    hops: ids.slice(1).map((entityId, index): PathHop => {
      const evidence = timelines.get(pairKey(ids[index], entityId))!;
      return { edge: aggregateRelationships(evidence.map(toFact)).sort(byCorroboration)[0], evidence: evidence.slice(0, INVESTIGATION_CAPS.hopEvidence) };
    }),
  }));
  return {
    from: fromEntity,
    to: toEntity,
    maxLength,
    paths,
    graph: {
      nodes: [...entities.values()],
      edges: aggregateRelationships([...chosenPairs].flatMap((key) => timelines.get(key)!).map(toFact)),
      truncated,
    },
  };
}

/** Everything the corpus says between `a` and `b` in either direction, newest first. */
export async function relationTimeline(reader: InvestigationReader, a: string, b: string): Promise<Evidence[]> {
  await requireEntities(reader, 'relationTimeline', [a, b]);
  return timeline(reader, a, b);
}

/** Entities and relations first seen on or after `since`, newest first. */
export async function whatsNew(reader: InvestigationReader, since: string, options: WhatsNewOptions): Promise<WhatsNewResult> {
  requireDate('whatsNew', 'since', since);
  const limit = requireInteger('whatsNew', 'limit', options.limit, 1, INVESTIGATION_CAPS.whatsNew);
  // One more than the cap tells whether the cap cut the list.
  const [entities, relations] = await Promise.all([reader.newEntities(since, limit + 1), reader.newRelations(since, limit + 1)]);
  const edges = relations.slice(0, limit).map(toGraphEdge);
  const endpoints = await reader.entities([...new Set(edges.flatMap((edge) => [edge.source, edge.target]))]);
  return {
    since,
    entities: entities.slice(0, limit),
    graph: { nodes: endpoints, edges, truncated: relations.length > limit },
    truncated: entities.length > limit || relations.length > limit,
  };
}

/** Reads a links or co-mentions row (same columns in both engines). */
export function toLinkRow(row: Record<string, unknown>): LinkRow {
  return {
    source: String(row.source),
    target: toEntitySummary(row.b as Record<string, unknown>),
    predicates: Array.isArray(row.predicates) ? (row.predicates as Predicate[]) : [],
    articleIds: Array.isArray(row.articleIds) ? row.articleIds.map(String) : [],
    lastDate: row.lastDate === null || row.lastDate === undefined ? null : String(row.lastDate),
  };
}

/** Reads an aggregated-edge row (same columns in both engines). */
export function toEdgeAggregate(row: Record<string, unknown>): EdgeAggregate {
  return {
    subject: String(row.subject),
    predicate: row.predicate as Predicate,
    object: String(row.object),
    articleCount: Number(row.articleCount),
    firstDate: row.firstDate === null || row.firstDate === undefined ? null : String(row.firstDate),
    lastDate: row.lastDate === null || row.lastDate === undefined ? null : String(row.lastDate),
  };
}

/** A trace's tie from a frontier entity to a new contact, all its links gathered. */
interface Tie {
  via: string;
  target: string;
  relationArticles: Set<string>;
  coMentionArticles: Set<string>;
  predicates: Set<Predicate>;
  lastDate: string | null;
}

/** For every not-yet-seen target, its tie to the frontier entity that connects it most strongly. */
function strongestTies(rows: LinkRow[], seen: Set<string>): Map<string, Tie> {
  const ties = new Map<string, Tie>();
  for (const row of rows) {
    if (seen.has(row.target.id)) continue;
    const key = `${row.source}|${row.target.id}`;
    const tie = ties.get(key) ?? { via: row.source, target: row.target.id, relationArticles: new Set(), coMentionArticles: new Set(), predicates: new Set(), lastDate: null };
    for (const articleId of row.articleIds) (row.predicates.length ? tie.relationArticles : tie.coMentionArticles).add(articleId);
    for (const predicate of row.predicates) tie.predicates.add(predicate);
    if (row.lastDate && (!tie.lastDate || row.lastDate > tie.lastDate)) tie.lastDate = row.lastDate;
    ties.set(key, tie);
  }
  const best = new Map<string, Tie>();
  for (const tie of ties.values()) {
    const current = best.get(tie.target);
    if (!current || articleWeight(tie) > articleWeight(current) || (articleWeight(tie) === articleWeight(current) && tie.via < current.via)) best.set(tie.target, tie);
  }
  return best;
}

function articleWeight(tie: Tie): number {
  const coMentionOnly = [...tie.coMentionArticles].filter((articleId) => !tie.relationArticles.has(articleId)).length;
  return tie.relationArticles.size + CO_MENTION_WEIGHT * coMentionOnly;
}

function tieScore(tie: Tie, hop: number, reference: number | null): number {
  const kinds = Math.max(tie.predicates.size - 1, 0);
  const days = tie.lastDate && reference !== null ? Math.max(reference - Date.parse(tie.lastDate), 0) / DAY_MS : null;
  const recency = days === null ? 0 : 2 ** (-days / RECENCY_HALF_LIFE_DAYS);
  return ((Math.log2(1 + articleWeight(tie)) + 0.5 * kinds) * (0.5 + 0.5 * recency)) / hop;
}

function linkFilter(method: string, options: TraceOptions): LinkFilter {
  if (options.from !== undefined) requireDate(method, 'from', options.from);
  if (options.to !== undefined) requireDate(method, 'to', options.to);
  const dated = options.from !== undefined || options.to !== undefined;
  return {
    predicates: options.predicates?.length ? options.predicates : PREDICATE_NAMES,
    types: options.types?.length ? options.types : [...ENTITY_TYPES],
    dated,
    from: options.from ?? '0000-01-01',
    to: options.to ?? '9999-12-31',
  };
}

function requireDate(method: string, name: string, value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`${method}: invalid \`${name}\` (${value}). Expecting an ISO date, YYYY-MM-DD.`);
  }
}

async function requireEntities(reader: InvestigationReader, method: string, ids: string[]): Promise<EntitySummary[]> {
  const found = new Map((await reader.entities(ids)).map((entity) => [entity.id, entity]));
  const missing = ids.filter((entityId) => !found.has(entityId));
  if (missing.length > 0) {
    throw new NotFoundError(`${method}: no entity with id ${missing.map((entityId) => `\`${entityId}\``).join(' or ')}. Find ids with a search first.`);
  }
  return ids.map((entityId) => found.get(entityId)!);
}

async function timeline(reader: InvestigationReader, a: string, b: string): Promise<Evidence[]> {
  const [forward, backward] = await Promise.all([reader.evidence({ subject: a, object: b }), reader.evidence({ subject: b, object: a })]);
  return [...forward, ...backward].sort(newestEvidenceFirst);
}

/** The same key for (a, b) and (b, a). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Shortest first, then the strongest weakest hop (distinct articles), then most articles in all, then ids. */
function rankPaths(candidates: string[][], timelines: Map<string, Evidence[]>): string[][] {
  const articles = (key: string) => new Set((timelines.get(key) ?? []).map((item) => item.articleId)).size;
  const measured = candidates.map((ids) => {
    const hops = ids.slice(1).map((entityId, index) => articles(pairKey(ids[index], entityId)));
    return { ids, weakest: Math.min(...hops), total: hops.reduce((sum, weight) => sum + weight, 0), key: ids.join('|') };
  });
  measured.sort((a, b) => a.ids.length - b.ids.length || b.weakest - a.weakest || b.total - a.total || a.key.localeCompare(b.key));
  return measured.map(({ ids }) => ids);
}

function toFact(evidence: Evidence) {
  return { subject: evidence.subject, predicate: evidence.predicate, object: evidence.object, articleId: evidence.articleId, date: evidence.date };
}

/** Most articles first, then the most recently stated, then by id. */
function byCorroboration(a: GraphEdge, b: GraphEdge): number {
  return b.articleCount - a.articleCount || (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || a.id.localeCompare(b.id);
}
