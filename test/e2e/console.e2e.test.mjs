// Browser test of the Cypher console: typing with completion, running, table and graph views, history, refusals and merging into the explorer.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { RESULTS, SKIP_WITHOUT_CHROMIUM, useBrowserApp } from './harness.mjs';

const PUTIN_QUERY = "MATCH (e:Entity)-[r]-(o:Entity) WHERE e.name = 'Vladimir Putin' RETURN e, r, o LIMIT 20";

describe('the Cypher console in a browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  const session = useBrowserApp();
  let url;
  let page;
  let problems;
  before(() => ({ url, page, problems } = session));

  /** The editor's text, as CodeMirror holds it. */
  const editorText = () => page.locator('[data-testid="cypher-editor"] .cm-content').innerText();

  /** Empties the editor with the keyboard and types `text` key by key. */
  async function typeQuery(text) {
    await page.locator('[data-testid="cypher-editor"] .cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text, { delay: 15 });
  }

  /** Accepts the selected completion with Enter, as a reader does once the popup has shown. */
  async function acceptCompletion() {
    // CodeMirror ignores Enter for 75 ms after the popup opens or changes, so a fast typist does not accept by accident.
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
  }

  /** Opens the console through the header switch. */
  async function openConsole() {
    await page.getByTestId('mode-console').click();
    await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor();
  }


  it('switches to the console from the header and offers the store’s example queries to a new reader', async () => {
    await openConsole();
    assert.equal(await page.getByTestId('mode-console').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('explore-workspace').isVisible(), false, 'the explorer is hidden while the console shows');
    await page.getByTestId('example-item').first().waitFor();
    assert.ok(await page.getByTestId('cypher-examples').isVisible(), 'the examples tab is open for a reader with no history');
    await page.screenshot({ path: join(RESULTS, 'console-1-open.png') });
  });

  it('completes a label and a property key from the store’s schema while typing', async () => {
    await typeQuery('MATCH (e:Ent');
    const popup = page.locator('.cm-tooltip-autocomplete');
    await popup.getByText('Entity', { exact: true }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'console-2-complete-label.png') });
    await acceptCompletion();
    assert.equal(await editorText(), 'MATCH (e:Entity)');

    await page.keyboard.type(')-[r]-(o:Entity) WHERE e.na', { delay: 15 });
    await popup.getByText('name', { exact: true }).waitFor();
    await acceptCompletion();
    await page.keyboard.type(" = 'Vladimir Putin' RETURN e, r, o LIMIT 20", { delay: 10 });
    assert.equal(await editorText(), PUTIN_QUERY);
  });

  it('runs with Ctrl+Enter and shows the rows in a table with a summary', async () => {
    await page.keyboard.press('Control+Enter');
    const summary = page.getByTestId('result-summary');
    await summary.filter({ hasText: /\d+ rows? · \d+ ms · Kùzu/ }).waitFor();
    const rows = page.locator('[data-testid="result-table"] tbody tr');
    assert.ok((await rows.count()) > 0, 'the table has rows');
    assert.match(await rows.first().innerText(), /Vladimir Putin/);
    assert.ok(await page.locator('.cm-tooltip-autocomplete').count() === 0, 'no completion popup is left open');
    await page.screenshot({ path: join(RESULTS, 'console-3-table.png') });
  });

  it('downloads the rows as CSV with the columns as header', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('result-export-csv').click()]);
    assert.match(download.suggestedFilename(), /^newsgraph-query-.*\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.trim().split('\n');
    assert.equal(lines[0], 'e,r,o');
    assert.equal(lines.length, 1 + (await page.locator('[data-testid="result-table"] tbody tr').count()));
    assert.match(lines[1], /Vladimir Putin/);
  });

  it('toggles to the graph view and draws the entities of the result', async () => {
    await page.getByTestId('result-mode-graph').click();
    assert.equal(await page.getByTestId('result-mode-graph').getAttribute('aria-pressed'), 'true');
    const graph = page.getByTestId('result-graph');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="result-graph"]')?.dataset.nodeCount ?? 0) > 1);
    assert.match(await graph.innerText(), /\d+ entities, \d+ relations?/);
    await page.waitForTimeout(600); // let the layout settle before the screenshot
    await page.screenshot({ path: join(RESULTS, 'console-4-graph.png') });
    await page.getByTestId('result-mode-table').click();
    await page.getByTestId('result-table').waitFor();
  });

  it('underlines a syntax error while typing, and marks where the engine says it failed', async () => {
    await typeQuery('MATCH (n:Entity)\nRETRN n');
    await page.locator('[data-testid="cypher-editor"] .cm-lintRange').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Enter');
    const error = page.getByTestId('result-error');
    await error.waitFor();
    assert.equal(await error.getAttribute('data-error-id'), 'invalid_argument');
    await page.locator('.cm-run-error-line').waitFor();
    assert.equal(await page.locator('.cm-run-error-line').innerText(), 'RETRN n');
    await page.screenshot({ path: join(RESULTS, 'console-5-syntax-error.png') });
  });

  it('refuses a write query with the forbidden error and changes nothing', async () => {
    await typeQuery("CREATE (:Entity {id:'x'})");
    assert.equal(await editorText(), "CREATE (:Entity {id:'x'})");
    await page.keyboard.press('Control+Enter');
    const error = page.getByTestId('result-error');
    await error.filter({ hasText: /read-only/ }).waitFor();
    assert.equal(await error.getAttribute('data-error-id'), 'forbidden');
    const check = await fetch(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: "MATCH (e:Entity {id: 'x'}) RETURN count(e) AS n" }),
    }).then((response) => response.json());
    assert.equal(check.rows[0].n, 0, 'no entity was created');
    await page.screenshot({ path: join(RESULTS, 'console-6-forbidden.png') });
  });

  it('keeps the history across a reload, and Ctrl+Up brings back earlier queries', async () => {
    await page.reload();
    if (!(await page.locator('[data-testid="cypher-editor"] .cm-content').isVisible())) await openConsole();
    await page.getByTestId('cypher-history-tab').click();
    const items = page.getByTestId('history-item');
    await items.first().waitFor();
    assert.match(await items.first().innerText(), /CREATE \(:Entity/);
    assert.ok(await items.filter({ hasText: 'Vladimir Putin' }).count(), 'the first query is in the history');

    await page.locator('[data-testid="cypher-editor"] .cm-content').click();
    await page.keyboard.press('Control+ArrowUp');
    assert.equal(await editorText(), "CREATE (:Entity {id:'x'})");
    await page.keyboard.press('Control+ArrowUp');
    await page.keyboard.press('Control+ArrowUp');
    assert.equal(await editorText(), PUTIN_QUERY);
    await page.screenshot({ path: join(RESULTS, 'console-7-history.png') });
  });

  it('stars the query under a name and lists it with the favourites', async () => {
    await page.getByTestId('cypher-star').click();
    await page.getByTestId('favourite-name').fill('Putin’s relations');
    await page.getByTestId('favourite-save').click();
    await page.getByTestId('cypher-favourites-tab').click();
    await page.getByTestId('favourite-item').filter({ hasText: 'Putin’s relations' }).waitFor();
    assert.equal(await page.getByTestId('cypher-star').innerText(), '★');
  });

  it('merges the result into the explorer, which then draws its entities', async () => {
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('result-summary').filter({ hasText: /\d+ rows?/ }).waitFor();
    const expected = await page.evaluate(() => Number(document.querySelector('[data-testid="result-graph"]')?.dataset.nodeCount ?? 0));
    await page.getByTestId('result-merge').click();
    await page.getByTestId('explore-workspace').waitFor();
    assert.equal(await page.getByTestId('mode-explore').getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => (window.__newsgraph?.cy.nodes().length ?? 0) > 1);
    const drawn = await page.evaluate(() => window.__newsgraph.cy.nodes().length);
    assert.ok(drawn >= Math.max(2, expected), `the canvas draws the result's entities (${drawn} drawn)`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(RESULTS, 'console-8-merged.png') });
  });

  it('shows markup in a result as text: an <img onerror> or an <svg onload> in a value never runs', async () => {
    await openConsole();
    await typeQuery(`RETURN '<img src=x onerror="window.__pwned = true">' AS name, '<svg onload="window.__pwned = true">' AS note`);
    await page.keyboard.press('Control+Enter');
    const row = page.locator('[data-testid="result-table"] tbody tr').filter({ hasText: '<img src=x onerror=' });
    await row.waitFor();
    assert.match(await row.innerText(), /<svg onload="window\.__pwned = true">/);
    assert.equal(await page.locator('[data-testid="result-table"] img, [data-testid="result-table"] [onload], [data-testid="result-table"] [onerror]').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  it('raised no page error and logged no console error on the way', () => {
    // The failed queries above answer 4xx on purpose; the browser logs those responses as errors.
    const unexpected = problems.filter((problem) => !/status of 40[03]/.test(problem));
    assert.deepEqual(unexpected, []);
  });
});
