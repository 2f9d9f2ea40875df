// Schema-aware completion for the Cypher editor: Neo4j's `autocomplete` (labels, types, properties, keywords, functions) as a CodeMirror source.

import { snippet, type Completion, type CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete';
import { autocomplete, type CompletionItem, type DbSchema } from '@neo4j-cypher/language-support';

// LSP CompletionItemKind numbers the language support uses, mapped to CodeMirror's completion icons.
const COMPLETION_TYPES: Record<number, string> = {
  2: 'method', // Method: procedures
  3: 'function', // Function
  6: 'variable', // Variable: variables and parameters
  10: 'property', // Property: property keys
  12: 'constant', // Value: database and user names
  14: 'keyword', // Keyword
  15: 'text', // Snippet: path templates
  20: 'enum', // EnumMember: Cypher versions
  23: 'keyword', // Event: console commands
  25: 'type', // TypeParameter: labels and relationship types
};
const KEYWORD_KIND = 14;
// LSP InsertTextFormat.Snippet: the insert text holds ${1:…} fields.
const SNIPPET_FORMAT = 2;
// Characters after which completion opens without a word typed: `n.`, `(:`, `$`.
const TRIGGERS = new Set(['.', ':', '$']);

function toCompletion(item: CompletionItem): Completion {
  const text = item.insertText ?? item.label;
  const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value;
  return {
    label: item.label,
    type: item.kind === undefined ? undefined : COMPLETION_TYPES[item.kind],
    detail: item.signature ?? item.detail,
    info: documentation || undefined,
    apply: item.insertTextFormat === SNIPPET_FORMAT ? snippet(text) : text,
    // Keywords last, so that what the schema offers comes first.
    boost: item.kind === KEYWORD_KIND ? -1 : 0,
  };
}

/** A completion source that asks Neo4j's language support what fits at the caret, with the store's schema. */
export function cypherCompletion(schema: () => DbSchema): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\w$]*/);
    const from = word?.from ?? context.pos;
    const previous = context.state.sliceDoc(from - 1, from);
    if (!context.explicit && from === context.pos && !TRIGGERS.has(previous)) return null;
    const items = autocomplete(context.state.doc.toString(), schema(), { caretPosition: context.pos, manual: context.explicit });
    if (items.length === 0) return null;
    return { from, options: items.map(toCompletion), validFor: /^[\w$]*$/ };
  };
}
