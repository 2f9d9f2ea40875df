// Syntax colouring of the Cypher editor from Neo4j's own lexer (highlightSyntax), as CodeMirror mark decorations.

import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';
import { highlightSyntax } from '@neo4j-cypher/language-support';

// One decoration per token type, styled in console.css as `.cm-cypher-<type>`.
const marks = new Map<string, Decoration>();
function markFor(tokenType: string): Decoration {
  let mark = marks.get(tokenType);
  if (!mark) {
    mark = Decoration.mark({ class: `cm-cypher-${tokenType}` });
    marks.set(tokenType, mark);
  }
  return mark;
}

function decorate(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const length = view.state.doc.length;
  // highlightSyntax returns tokens sorted by offset, without overlaps.
  for (const token of highlightSyntax(view.state.doc.toString())) {
    const from = token.position.startOffset;
    const to = Math.min(length, from + token.length);
    if (token.tokenType !== 'none' && to > from) builder.add(from, to, markFor(token.tokenType));
  }
  return builder.finish();
}

/** Colours keywords, labels, properties, strings, numbers, variables, functions and comments as Neo4j's parser reads them. */
export const cypherHighlighting = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }

    update(update: ViewUpdate): void {
      if (update.docChanged) this.decorations = decorate(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
