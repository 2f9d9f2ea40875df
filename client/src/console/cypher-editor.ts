// The Cypher editor: CodeMirror 6 with Neo4j's highlighting, completion and lint, Ctrl/Cmd+Enter to run, Ctrl+Up/Down through the history.

import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { forceLinting, lintGutter, lintKeymap } from '@codemirror/lint';
import { EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, placeholder, type DecorationSet } from '@codemirror/view';
import type { DbSchema } from '@neo4j-cypher/language-support';
import type { StoreSchema } from '../../../core/model.js';
import { cypherCompletion } from './cypher-completion.js';
import { cypherHighlighting } from './cypher-highlighting.js';
import { cypherLint } from './cypher-lint.js';

export interface CypherEditorOptions {
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
  /** Ctrl+Up: the query to show instead of `current`, or null to stay. */
  onOlder(current: string): string | null;
  /** Ctrl+Down: the newer query (or the draft), or null to stay. */
  onNewer(): string | null;
  /** Any change of the text; `byReader` is false when setQuery or the history navigation replaced it. */
  onChange(byReader: boolean): void;
  /** Accessible name of the editing area. */
  label: string;
}

/** The editor handle the console uses. */
export interface CypherEditor {
  readonly view: EditorView;
  query(): string;
  /** Replaces the text, puts the caret at its end and focuses the editor. */
  setQuery(text: string): void;
  /** Switches completion and lint to the store's schema. */
  setSchema(schema: DbSchema, store: StoreSchema['store']): void;
  /** Marks where the engine reported an error (an offset into the query), or clears the mark with null. */
  markError(offset: number | null): void;
  focus(): void;
}

const setErrorMark = StateEffect.define<number | null>();
const errorMark = Decoration.mark({ class: 'cm-run-error' });
const errorLine = Decoration.line({ class: 'cm-run-error-line' });

/** The engine's error position, drawn until the next edit. */
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorMark)) continue;
      if (effect.value === null) return Decoration.none;
      const doc = transaction.state.doc;
      const from = Math.min(Math.max(0, effect.value), doc.length);
      const line = doc.lineAt(from);
      // Underline the word at the position; at the end of the text there is none, so mark the line only.
      const word = transaction.state.wordAt(from);
      const to = word ? word.to : Math.min(line.to, from + 1);
      const ranges = [errorLine.range(line.from)];
      if (to > from) ranges.push(errorMark.range(word?.from ?? from, to));
      return Decoration.set(ranges, true);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Builds the editor inside `parent`. */
export function createCypherEditor(parent: HTMLElement, options: CypherEditorOptions): CypherEditor {
  let schema: DbSchema = {};
  let store: StoreSchema['store'] = 'kuzu';
  let settingText = false;

  const runKeys = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: () => (options.onRun(), true) },
      { key: 'Ctrl-ArrowUp', run: (view) => replaceWith(view, options.onOlder(view.state.doc.toString())) },
      { key: 'Ctrl-ArrowDown', run: (view) => replaceWith(view, options.onNewer()) },
    ]),
  );

  function replaceWith(view: EditorView, text: string | null): boolean {
    if (text === null) return false;
    settingText = true;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length } });
    settingText = false;
    return true;
  }

  const view = new EditorView({
    parent,
    state: EditorState.create({
      extensions: [
        runKeys,
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        placeholder('MATCH (e:Entity) RETURN e.name LIMIT 10'),
        cypherHighlighting,
        autocompletion({ override: [cypherCompletion(() => schema)], icons: true }),
        cypherLint({ schema: () => schema, store: () => store }),
        lintGutter(),
        errorField,
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'data-testid': 'cypher-input' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(!settingText);
        }),
      ],
    }),
  });

  return {
    view,
    query: () => view.state.doc.toString(),
    setQuery(text) {
      replaceWith(view, text);
      view.focus();
    },
    setSchema(next, nextStore) {
      schema = next;
      store = nextStore;
      forceLinting(view);
    },
    markError(offset) {
      view.dispatch({ effects: setErrorMark.of(offset) });
    },
    focus: () => view.focus(),
  };
}
