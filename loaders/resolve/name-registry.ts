// Remembers the people (and country leaders) seen so far, so that a bare surname or "the Russian
// leader" resolves to the full name: first within the article, then across the run.

import { nameKey } from './entity-id.js';

/** A registry of canonical person names; an article's registry falls back to the run's. */
export class NameRegistry {
  private readonly persons = new Map<string, string>();
  /** Surname key → canonical full name, or null when two people share it (then it resolves to no one). */
  private readonly surnames = new Map<string, string | null>();
  private readonly leaders = new Map<string, string>();

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
    const local = this.surnames.get(nameKey(surname));
    if (local === null) return undefined;
    return local ?? this.parent?.personBySurname(surname);
  }

  /** Records that `person` leads `country` (from "Russian President Vladimir Putin"). */
  addLeader(country: string, person: string): void {
    if (!this.leaders.has(country)) this.leaders.set(country, person);
  }

  /** The person known to lead `country`, for "the Russian leader" / "the Kremlin chief". */
  leaderOf(country: string): string | undefined {
    return this.leaders.get(country) ?? this.parent?.leaderOf(country);
  }

  /** Copies what this (article) registry learned into its parent (the run). */
  commit(): void {
    if (!this.parent) return;
    for (const name of this.persons.values()) this.parent.addPerson(name);
    for (const [country, person] of this.leaders) this.parent.addLeader(country, person);
  }
}

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1];
}
