// Remembers the people (and country leaders) seen so far, so that a bare surname or "the Russian
// leader" resolves to the full name: first within the article, then across the run (the run's
// registry lives on the main thread, in loaders/resolve/run-resolver.ts).

import { nameKey } from './entity-id.js';

/** What one article taught its registry, in a form that crosses threads (plain data). */
export interface LearnedNames {
  persons: string[];
  /** [country, person] pairs from "Russian President Vladimir Putin". */
  leaders: [string, string][];
}

/**
 * Questions an article's registry could not answer: if a run registry can, the article reads
 * differently with the run's knowledge (a bare "Zelenskiy" becomes a person) and is extracted again.
 */
export interface UnansweredNames {
  surnames: string[];
  /** Countries whose leader was asked for ("the Russian leader"). */
  leaders: string[];
}

/** A registry of canonical person names; an article's registry falls back to the run's. */
export class NameRegistry {
  private readonly persons = new Map<string, string>();
  /** Surname key → canonical full name, or null when two people share it (then it resolves to no one). */
  private readonly surnames = new Map<string, string | null>();
  private readonly leaders = new Map<string, string>();
  private readonly unanswered = { surnames: new Set<string>(), leaders: new Set<string>() };

  constructor(private readonly parent?: NameRegistry) {}

  /** Registers a full name and returns its canonical spelling (the first one seen for the same key). */
  addPerson(fullName: string): string {
    const canonical = this.canonicalPerson(fullName) ?? fullName;
    const key = nameKey(canonical);
    if (!this.persons.has(key)) this.persons.set(key, canonical);
    const surname = nameKey(lastWord(canonical));
    const known = this.surnames.get(surname);
    if (known === undefined) this.surnames.set(surname, canonical);
    else if (known !== null && nameKey(known) !== key) this.surnames.set(surname, null);
    return canonical;
  }

  /** The canonical spelling of a full name already seen here or in the parent. */
  canonicalPerson(fullName: string): string | undefined {
    return this.persons.get(nameKey(fullName)) ?? this.parent?.canonicalPerson(fullName);
  }

  /** The full name a bare surname stands for ("Zelenskiy" → "Volodymyr Zelensky"), if unambiguous. */
  personBySurname(surname: string): string | undefined {
    const known = this.lookUpSurname(surname);
    if (known === undefined) this.unanswered.surnames.add(surname);
    return known;
  }

  /** Whether a bare surname stands for one known full name, without recording the question. */
  knowsSurname(surname: string): boolean {
    return this.lookUpSurname(surname) !== undefined;
  }

  private lookUpSurname(surname: string): string | undefined {
    const local = this.surnames.get(nameKey(surname));
    if (local === null) return undefined;
    return local ?? this.parent?.lookUpSurname(surname);
  }

  /** Records that `person` leads `country` (from "Russian President Vladimir Putin"). */
  addLeader(country: string, person: string): void {
    if (!this.leaders.has(country)) this.leaders.set(country, person);
  }

  /** The person known to lead `country`, for "the Russian leader" / "the Kremlin chief". */
  leaderOf(country: string): string | undefined {
    const known = this.lookUpLeader(country);
    if (known === undefined) this.unanswered.leaders.add(country);
    return known;
  }

  private lookUpLeader(country: string): string | undefined {
    return this.leaders.get(country) ?? this.parent?.lookUpLeader(country);
  }

  /** Everything registered here (not in the parent), to be learned by the run's registry. */
  learned(): LearnedNames {
    return { persons: [...this.persons.values()], leaders: [...this.leaders] };
  }

  /** The surnames and leaders asked for that neither this registry nor its parent knew. */
  unansweredNames(): UnansweredNames {
    return { surnames: [...this.unanswered.surnames], leaders: [...this.unanswered.leaders] };
  }

  /** Whether this registry knows any of the names another registry could not answer. */
  answersAny(questions: UnansweredNames): boolean {
    return questions.surnames.some((s) => this.lookUpSurname(s) !== undefined) || questions.leaders.some((c) => this.lookUpLeader(c) !== undefined);
  }

  /** Registers what another registry learned. */
  learn(names: LearnedNames): void {
    for (const name of names.persons) this.addPerson(name);
    for (const [country, person] of names.leaders) this.addLeader(country, person);
  }
}

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1];
}
