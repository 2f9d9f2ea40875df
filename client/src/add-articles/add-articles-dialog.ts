// The "Add articles" dialog: upload files or paste a story, then follow the server-side load to the end.

import type { LoadStatus } from '../../../core/model.js';
import { ApiError, api } from '../api-client.js';
import { el, replaceChildren } from '../dom.js';
import { plural } from '../format.js';
import type { StateStore } from '../state-store.js';
import { combinedStatus, packRequests, toBase64, type PastedArticle, type UploadFile } from './upload-batches.js';

/** Extensions the server's readers know (loaders/read/reader-registry.ts). */
const ACCEPTED = '.txt,.text,.md,.markdown,.html,.htm,.json,.jsonl';
/** How often a running load is asked for its progress. */
const POLL_MS = 500;
/** Where the API token typed for this server is kept while the tab is open. */
const TOKEN_KEY = 'newsgraph.apiToken';

const STATE_LABELS: Record<LoadStatus['state'], string> = { queued: 'Waiting for the loads before it…', running: 'Loading…', done: 'Done.', failed: 'The load stopped.' };

/** Builds the dialog; `store.corpusVersion` goes up when a load has added articles, so counts refresh. */
export function createAddArticlesDialog(store: StateStore): HTMLDialogElement {
  const dropped: File[] = [];
  const fileInput = el('input', { className: 'input', attrs: { type: 'file', multiple: true, accept: ACCEPTED, 'data-testid': 'add-files' } });
  const droppedNote = el('p', { className: 'small muted', attrs: { 'aria-live': 'polite' } });
  const title = el('input', { className: 'input', attrs: { type: 'text', 'data-testid': 'add-title', placeholder: 'Found in the text when left empty' } });
  const source = el('input', { className: 'input', attrs: { type: 'text', 'data-testid': 'add-source' } });
  const date = el('input', { className: 'input', attrs: { type: 'date', 'data-testid': 'add-date' } });
  const text = el('textarea', { className: 'input add-text', attrs: { rows: 8, 'data-testid': 'add-text', placeholder: 'Paste the article here, as it appears on the page.' } });
  const token = el('input', { className: 'input', attrs: { type: 'password', autocomplete: 'off', 'data-testid': 'add-token', value: sessionStorage.getItem(TOKEN_KEY) ?? '' } });
  const tokenField = el('label', { className: 'add-field', attrs: { hidden: !token.value } }, el('span', { className: 'toolbar-label' }, 'API token (NEWSGRAPH_API_TOKEN of this server)'), token);
  const problem = el('p', { className: 'add-problem', attrs: { role: 'alert', 'data-testid': 'add-problem' } });
  const progress = el('div', { className: 'add-progress', attrs: { 'data-testid': 'add-progress', hidden: true } });
  const submit = el('button', { className: 'button primary', attrs: { type: 'submit', 'data-testid': 'add-submit' } }, 'Load');

  const field = (label: string, control: HTMLElement) => el('label', { className: 'add-field' }, el('span', { className: 'toolbar-label' }, label), control);
  const form = el(
    'form',
    { className: 'add-form', on: { submit: (event: SubmitEvent) => (event.preventDefault(), void start()) } },
    field(`Files (${ACCEPTED.replaceAll(',', ' ')}), or drop them here`, fileInput),
    droppedNote,
    el(
      'details',
      { className: 'add-paste' },
      el('summary', {}, 'Paste an article'),
      el('div', { className: 'add-row' }, field('Title', title), field('Source', source), field('Date', date)),
      field('Text', text),
    ),
    tokenField,
    problem,
    el('div', { className: 'add-row' }, submit, el('button', { className: 'button ghost', attrs: { type: 'button', 'data-testid': 'add-close' }, on: { click: () => dialog.close() } }, 'Close')),
  );
  const dialog: HTMLDialogElement = el(
    'dialog',
    { className: 'add-dialog', attrs: { 'data-testid': 'add-dialog', 'aria-labelledby': 'add-dialog-title' } },
    el('h2', { attrs: { id: 'add-dialog-title' } }, 'Add articles'),
    el('p', { className: 'small muted' }, 'The server reads each file as `newsgraph load` would (a web page, Markdown with front matter, JSON or JSON Lines of articles), finds its entities and relations, and stores them. Articles already stored are skipped.'),
    form,
    progress,
  );
  dialog.addEventListener('dragover', (event) => event.preventDefault());
  dialog.addEventListener('drop', (event) => {
    event.preventDefault();
    dropped.push(...(event.dataTransfer?.files ?? []));
    droppedNote.textContent = dropped.length > 0 ? `${plural(dropped.length, 'file')} dropped: ${dropped.map((file) => file.name).join(', ')}` : '';
  });

  async function collect(): Promise<{ files: UploadFile[]; articles: PastedArticle[] }> {
    const chosen = [...(fileInput.files ?? []), ...dropped];
    const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, data: toBase64(new Uint8Array(await file.arrayBuffer())) })));
    const pasted: PastedArticle[] = text.value.trim()
      ? [{ text: text.value, ...(title.value.trim() ? { title: title.value.trim() } : {}), ...(source.value.trim() ? { source: source.value.trim() } : {}), ...(date.value ? { publishedAt: date.value } : {}) }]
      : [];
    return { files, articles: pasted };
  }

  function showProgress(statuses: LoadStatus[], notes: string[]): void {
    const status = combinedStatus(statuses);
    progress.hidden = false;
    replaceChildren(
      progress,
      el('progress', { attrs: { max: Math.max(1, status.articlesTotal), value: status.articlesDone, 'aria-label': 'Articles loaded' } }),
      el(
        'p',
        { className: 'small', attrs: { 'data-testid': 'add-summary', 'data-state': status.state, 'aria-live': 'polite' } },
        `${STATE_LABELS[status.state]} ${status.articlesDone} of ${plural(status.articlesTotal, 'article')} handled: ${status.articlesAdded} added, ${status.articlesSkipped} already stored; ` +
          `${plural(status.entitiesAdded, 'entity', 'entities')} and ${plural(status.relationsAdded, 'relation')} added.`,
      ),
      status.failures.length + notes.length > 0
        ? el(
            'ul',
            { className: 'add-failures' },
            ...notes.map((note) => el('li', { attrs: { 'data-testid': 'add-failure' } }, note)),
            ...status.failures.map((failure) => el('li', { attrs: { 'data-testid': 'add-failure' } }, el('strong', {}, failure.input), `: ${failure.reason}`)),
          )
        : null,
    );
  }

  async function start(): Promise<void> {
    problem.textContent = '';
    const { files, articles } = await collect();
    if (files.length === 0 && articles.length === 0) {
      problem.textContent = 'Choose or drop files, or paste an article, first.';
      return;
    }
    const { requests, oversized } = packRequests(files, articles);
    const notes = oversized.map((item) => `${item.name}: too large to upload (${(item.chars / 1e6).toFixed(1)} MB encoded, 0.9 MB at most); load it with \`newsgraph load\` on the server`);
    const secret = token.value.trim() || null;
    submit.disabled = true;
    const statuses: LoadStatus[] = [];
    try {
      for (const request of requests) statuses.push(await api.loadArticles(request, secret));
      if (secret) sessionStorage.setItem(TOKEN_KEY, secret);
      showProgress(statuses, notes);
      while (statuses.some((status) => status.state === 'queued' || status.state === 'running')) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        for (let i = 0; i < statuses.length; i++) if (statuses[i].state === 'queued' || statuses[i].state === 'running') statuses[i] = await api.loadStatus(statuses[i].id);
        showProgress(statuses, notes);
      }
      if (statuses.some((status) => status.articlesAdded > 0)) store.update({ corpusVersion: store.get().corpusVersion + 1 });
      form.reset();
      dropped.length = 0;
      droppedNote.textContent = '';
    } catch (error) {
      const failure = error as ApiError;
      if (failure.id === 'unauthorized' || (failure.id === 'forbidden' && failure.status === 403)) {
        tokenField.hidden = false;
        token.focus();
      }
      problem.textContent = statuses.length > 0 ? `${failure.message} (${plural(statuses.length, 'load')} already queued go on.)` : failure.message;
      if (statuses.length > 0) showProgress(statuses, notes);
    } finally {
      submit.disabled = false;
    }
  }
  return dialog;
}
