// The extractor: turns one cleaned article into entities (with exact mention offsets) and relations
// (with their evidence sentence). `extractArticle` needs nothing but the article, so it can run on a
// worker thread; the run resolver (loaders/resolve/run-resolver.ts) then links names across articles.

import type { ExtractedArticle, ExtractedEntity, ExtractedRelation } from '../../core/model.js';
import type { EntityType, Predicate } from '../../core/vocabulary.js';
import type { CleanArticle } from '../clean/clean-article.js';
import { entityId } from '../resolve/entity-id.js';
import { NameRegistry, type LearnedNames, type UnansweredNames } from '../resolve/name-registry.js';
import { createRunResolver } from '../resolve/run-resolver.js';
import { spanArguments } from './argument-spans.js';
import { findMentions, type ArticleContext, type Mention } from './find-mentions.js';
import { findRelations, type RelationFinding } from './find-relations.js';
import { findRoles, type RoleFinding } from './find-roles.js';
import { keepBestRelations } from './relation-set.js';
import { splitSentences, type Sentence } from './text-units.js';

export interface Extractor {
  /** Entities and relations of one article; names learned here help resolve later articles. */
  extract(article: CleanArticle): ExtractedArticle;
}

/** One article's extraction before cross-article resolution. Plain data: it crosses threads. */
export interface ArticleExtraction {
  article: ExtractedArticle;
  /** The full names and leaders the article named. */
  names: LearnedNames;
  /** The surnames and leaders it asked for in vain; if the run knows one, the article is read again. */
  unanswered: UnansweredNames;
}

/**
 * One extractor per run, extracting on the calling thread: each article on its own, then resolved
 * against the names of the run's earlier articles so the same person gets the same id.
 */
export function createExtractor(): Extractor {
  const resolver = createRunResolver();
  return { extract: (article) => resolver.resolve(extractArticle(article)) };
}

interface EntityRef {
  type: EntityType;
  name: string;
}

/** A relation before ids are assigned: role findings and cue findings share this shape. */
interface Statement {
  finding: RelationFinding;
  sentence: Sentence;
}

const ROLE_CONFIDENCE = 0.9;

/**
 * Extracts one article. With no `run` registry it uses nothing but the article's own text (safe on a
 * worker thread); with one, names from the run's earlier articles help read it.
 */
export function extractArticle(article: CleanArticle, run?: NameRegistry): ArticleExtraction {
  const names = new NameRegistry(run);
  const sentences = splitSentences(article.text);
  const context: ArticleContext = { names, loneWords: loneWords(sentences), organizations: new Map(), organizationNames: new Set(), companyShortNames: new Map() };
  // A first pass learns the article's full names, so a surname used before its full name still resolves.
  for (const sentence of sentences) findMentions(sentence, context);

  const mentions: Mention[] = [];
  const statements: Statement[] = [];
  const earlierPeople: Mention[] = [];
  for (const sentence of sentences) {
    const found = findMentions(sentence, context);
    const roles = findRoles(sentence, found, names);
    const all = [...found, ...roles.descriptors].sort((a, b) => a.start - b.start || b.end - a.end);
    const findings = [...roles.roles.map(roleFinding), ...findRelations(sentence, { mentions: all, heads: roles.heads, earlierPeople })];
    const spanned = spanArguments(sentence.tokens, { mentions: all, findings });
    mentions.push(...spanned.mentions);
    for (const finding of spanned.findings) statements.push({ finding, sentence });
    earlierPeople.push(...all.filter((m) => m.type === 'PERSON'));
  }

  const resolved = new Map<Mention, EntityRef>();
  for (const { finding } of statements) {
    if (!resolved.has(finding.subject)) resolved.set(finding.subject, argumentEntity(finding.subject, finding.predicate, 'subject'));
    if (!resolved.has(finding.object)) resolved.set(finding.object, argumentEntity(finding.object, finding.predicate, 'object'));
  }
  const entityOf = (m: Mention) => resolved.get(m) ?? { type: m.type, name: m.name };

  const extracted: ExtractedArticle = {
    id: article.id,
    file: article.file,
    parent: article.parent,
    title: article.title,
    source: article.source,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt,
    text: article.text,
    entities: buildEntities(article.text, mentions, entityOf),
    relations: buildRelations(statements, entityOf),
  };
  return { article: extracted, names: names.learned(), unanswered: names.unansweredNames() };
}

function roleFinding(role: RoleFinding): RelationFinding {
  return { predicate: role.predicate, subject: role.person, object: role.owner, verb: role.title, negated: false, confidence: ROLE_CONFIDENCE, attributes: {} };
}

/**
 * The entity a mention stands for in a relation: a capital or seat of government that acts stands
 * for its country ("Moscow said" → Russia), except where the place itself is meant (strikes on
 * Kyiv, Bangkok in Thailand) or the body itself employs someone (White House spokesperson).
 */
function argumentEntity(m: Mention, predicate: Predicate, slot: 'subject' | 'object'): EntityRef {
  if ((m.kind !== 'capital' && m.kind !== 'seat') || !m.country) return { type: m.type, name: m.name };
  // "Bangkok, Thailand": where a place lies is a fact about the city, not about the country it speaks for.
  if (predicate === 'LOCATED_IN') return { type: m.type, name: m.name };
  if (slot === 'object' && predicate === 'WORKS_FOR' && m.type === 'ORGANIZATION') return { type: m.type, name: m.name };
  if (slot === 'object' && predicate === 'ATTACKED' && m.kind === 'capital') return { type: m.type, name: m.name };
  return { type: 'COUNTRY', name: m.country };
}

/** Capitalised words that stand alone mid-sentence ("…, Musk said"): evidence that a two-word run is a person. */
function loneWords(sentences: Sentence[]): Set<string> {
  const words = new Set<string>();
  const capitalised = (text: string | undefined) => text !== undefined && /^\p{Lu}/u.test(text);
  for (const { tokens } of sentences) {
    tokens.forEach((t, k) => {
      if (k > 0 && capitalised(t.text) && !capitalised(tokens[k - 1].text) && !capitalised(tokens[k + 1]?.text) && /^[\p{L}-]+$/u.test(t.text)) {
        words.add(t.text);
      }
    });
  }
  return words;
}

/** Surface forms that are names of the entity, not descriptions of it ("Russian", "the Kremlin chief"). */
const isAliasKind = (m: Mention) => m.kind === 'name' || m.kind === 'surname' || m.kind === 'country';
/**
 * The entities of an article with their mentions. A demonym ("German police") refers to its country
 * but is an adjective, not a name of it: its span is listed only when the article never names the
 * country, so that every entity keeps at least one mention.
 */
function buildEntities(text: string, mentions: Mention[], entityOf: (m: Mention) => EntityRef): ExtractedEntity[] {
  const entities = new Map<string, ExtractedEntity>();
  const named = new Set(mentions.filter((m) => m.kind !== 'demonym').map((m) => entityId(entityOf(m).type, entityOf(m).name)));
  for (const m of mentions) {
    const ref = entityOf(m);
    const id = entityId(ref.type, ref.name);
    if (m.kind === 'demonym' && named.has(id)) continue;
    const entity = entities.get(id) ?? { id, name: ref.name, type: ref.type, aliases: [], mentions: [] };
    entities.set(id, entity);
    if (!entity.mentions.some((span) => span.start === m.start && span.end === m.end)) entity.mentions.push({ start: m.start, end: m.end });
    const surface = text.slice(m.start, m.end);
    if (isAliasKind(m) && ref.name === m.name && surface !== ref.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
  }
  return [...entities.values()];
}

function buildRelations(statements: Statement[], entityOf: (m: Mention) => EntityRef): ExtractedRelation[] {
  const ref = (m: Mention) => entityId(entityOf(m).type, entityOf(m).name);
  return keepBestRelations(
    statements.map(({ finding, sentence }) => ({
      subject: ref(finding.subject),
      predicate: finding.predicate,
      object: ref(finding.object),
      verb: finding.verb,
      negated: finding.negated,
      confidence: finding.confidence,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      attributes: finding.attributes,
    })),
  );
}
