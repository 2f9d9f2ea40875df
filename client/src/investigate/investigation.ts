// What an investigation shows (a trace, a connection, a relationship timeline) and the chain linking a traced contact back.

import type { EntitySummary, EntityType, PathsResult, Predicate, TraceContact, TraceResult, WhatsNewResult } from '../../../core/model.js';

/** The connect form's settings: how many paths, and how long they may be. */
export interface ConnectSettings {
  k: number;
  maxLength: number;
}

/** What a trace asks for: how far out, whether same-article mentions count, and which relations, types and dates. */
export interface TraceSettings {
  depth: number;
  includeCoMentions: boolean;
  /** Relation kinds to follow; empty means every kind. */
  predicates: Predicate[];
  /** Entity types a contact may have; empty means every type. */
  types: EntityType[];
  /** Only evidence dated inside this range (ISO dates, either end open). */
  from: string | null;
  to: string | null;
}

export const DEFAULT_TRACE: TraceSettings = { depth: 2, includeCoMentions: false, predicates: [], types: [], from: null, to: null };

/** The investigation open beside the canvas; null in the state store when none is. */
export type Investigation =
  | { kind: 'trace'; result: TraceResult; settings: TraceSettings; contactId: string | null }
  | { kind: 'whats-new'; since: string; result: WhatsNewResult | null }
  | { kind: 'connect'; from: EntitySummary; to: EntitySummary | null; settings: ConnectSettings; result: PathsResult | null; pathIndex: number }
  | { kind: 'timeline'; a: EntitySummary; b: EntitySummary };

export const DEFAULT_CONNECT: ConnectSettings = { k: 3, maxLength: 4 };

/** One link of a contact's chain: `near` is one hop nearer the traced entity than `far`. */
export interface ChainLink {
  near: string;
  far: string;
}

/**
 * The links from the traced entity out to `contactId`, nearest first, following each contact's `via`.
 * A contact missing from the trace gives no links; a `via` loop stops where it repeats.
 */
export function contactChain(trace: TraceResult, contactId: string): ChainLink[] {
  const byId = new Map<string, TraceContact>(trace.contacts.map((contact) => [contact.entity.id, contact]));
  const links: ChainLink[] = [];
  const seen = new Set<string>();
  let contact = byId.get(contactId);
  while (contact && !seen.has(contact.entity.id)) {
    seen.add(contact.entity.id);
    links.unshift({ near: contact.via, far: contact.entity.id });
    if (contact.via === trace.entity.id) break;
    contact = byId.get(contact.via);
  }
  return links;
}
