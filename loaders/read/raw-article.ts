// What a reader hands to the cleaner: one input record's text and whatever facts the format gave.

/** One article as read from an input, before cleaning. Missing facts are left for the cleaner to find. */
export interface RawArticle {
  /** Input path as given, or '<stdin>'. */
  file: string;
  /** 1-based line of a JSON Lines record. */
  line?: number;
  /** Id given by JSON / JSON Lines input; kept as is. */
  id?: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  author?: string | null;
  /** Any form a date may come in; the cleaner makes it YYYY-MM-DD. */
  publishedAt?: string | null;
  /** The body as plain text; paragraphs separated by line breaks. */
  text: string;
}
