// Stepping through the history from the editor (Ctrl+Up / Ctrl+Down), keeping the unsent draft.

/** Walks from the draft into older queries and back; the draft comes back when stepping past the newest. */
export class HistoryNavigation {
  /** -1 is the draft; 0 is the newest history entry. */
  private index = -1;
  private draft = '';

  constructor(private readonly queries: () => readonly string[]) {}

  /** The next older query, or null at the oldest; `current` is the editor's text, kept as the draft on the first step. */
  older(current: string): string | null {
    const queries = this.queries();
    if (this.index + 1 >= queries.length) return null;
    if (this.index === -1) this.draft = current;
    this.index += 1;
    return queries[this.index] ?? null;
  }

  /** The next newer query, the draft after the newest, or null when already at the draft. */
  newer(): string | null {
    if (this.index === -1) return null;
    this.index -= 1;
    return this.index === -1 ? this.draft : (this.queries()[this.index] ?? null);
  }

  /** Forgets the position, after a run or an edit. */
  reset(): void {
    this.index = -1;
  }
}
