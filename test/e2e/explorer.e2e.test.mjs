// Browser smoke test of the explorer: the real CLI loads the sample articles into a temporary Kùzu store and serves them; headless Chromium explores.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openBrowser, RESULTS, SKIP_WITHOUT_CHROMIUM, startApp } from './harness.mjs';

// An article whose title and text carry markup: the explorer must show it as text and never run it.
const HOSTILE_ARTICLE = {
  id: 'e2e-hostile-article',
  title: 'Putin <b>visits</b> Tehran <script>window.__pwned = true</script>',
  publishedAt: '2031-01-01',
  source: 'E2E Wire',
  text:
    'Vladimir Putin met Ebrahim Raisi in Tehran on Monday. ' +
    '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"> ' +
    'Putin said the talks with Raisi had gone well.',
};

describe('the explorer in a browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let app;
  let url;
  let browser;
  let page;
  let problems;

  before(
    async () => {
      app = await startApp({ extraArticles: [HOSTILE_ARTICLE] });
      url = app.url;
      ({ browser, page, problems } = await openBrowser());
      // `?debug` exposes the Cytoscape instance as window.__newsgraph, to find where an edge is drawn.
      await page.goto(`${url}/?debug`);
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the store and the corpus counts in the header', async () => {
    await page.getByTestId('stats').filter({ hasText: /\d+ articles/ }).waitFor();
    assert.match(await page.getByTestId('store-health').innerText(), /Kùzu · connected/);
  });

  it('says plainly when no entity matches the search', async () => {
    await page.getByTestId('search-input').fill('Qzxv Nobody');
    await page.getByText('No person, organisation or place matches “Qzxv Nobody”.').waitFor();
    assert.equal(await page.getByTestId('search-option').count(), 0);
  });

  it('suggests Vladimir Putin for "Putin" and draws his neighbourhood when he is picked with the keyboard', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('Putin');
    const first = page.getByTestId('search-option').first();
    await first.filter({ hasText: 'Vladimir Putin' }).waitFor();
    assert.equal(await first.getAttribute('aria-selected'), 'true');
    await page.screenshot({ path: join(RESULTS, 'explorer-1-search.png') });

    await input.press('Enter');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    await page.getByTestId('details-panel').getByRole('heading', { name: 'Vladimir Putin' }).waitFor();
    await page.waitForFunction(() => (window.__newsgraph?.cy.nodes().length ?? 0) > 2);
    const listed = await page.getByTestId('canvas-node').count();
    const drawn = await page.evaluate(() => window.__newsgraph.cy.nodes().length);
    assert.equal(listed, drawn, 'the accessible node list holds every drawn entity');
    assert.ok(await page.getByTestId('canvas-node').filter({ hasText: 'Ebrahim Raisi' }).count(), 'Raisi, whom Putin called, is drawn');
    await page.screenshot({ path: join(RESULTS, 'explorer-2-putin.png') });
  });

  it('clicking a relation on the canvas lists its evidence sentences with both names marked', async () => {
    // Click the middle of Putin's relation that sits farthest from every node, so the click lands on the edge alone.
    const target = await page.evaluate(() => {
      const { cy, store } = window.__newsgraph;
      const focus = cy.getElementById(store.get().focusId);
      const box = cy.container().getBoundingClientRect();
      const candidates = focus.connectedEdges().map((edge) => {
        const middle = edge.renderedMidpoint();
        const clearance = Math.min(...cy.nodes().map((node) => Math.hypot(node.renderedPosition().x - middle.x, node.renderedPosition().y - middle.y) - node.renderedOuterWidth() / 2));
        return { id: edge.id(), x: box.left + middle.x, y: box.top + middle.y, clearance };
      });
      return candidates.sort((a, b) => b.clearance - a.clearance)[0];
    });
    assert.ok(target, 'Putin has at least one relation on the canvas');
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((id) => window.__newsgraph.store.get().selection?.id === id, target.id);

    const evidence = page.getByTestId('evidence-item');
    await evidence.first().waitFor();
    const marked = await evidence.first().locator('mark').allInnerTexts();
    assert.ok(marked.length >= 1, 'the evidence sentence marks the subject or the object');
    assert.ok((await evidence.first().innerText()).length > 20, 'the evidence item shows a sentence');
    await page.screenshot({ path: join(RESULTS, 'explorer-3-evidence.png') });
  });

  it('opens an article as text: markup written in it is shown, never run', async () => {
    const putinId = await page.evaluate(() => window.__newsgraph.store.get().focusId);
    await page.getByTestId('canvas-node-list').locator('summary').click();
    await page.locator(`[data-testid="canvas-node"][data-entity-id="${putinId}"]`).click();
    await page.getByTestId('article-link').filter({ hasText: 'Tehran <script>' }).click();
    const article = page.getByTestId('article-view');
    await article.waitFor();

    const stored = await (await fetch(`${url}/api/articles/${HOSTILE_ARTICLE.id}`)).json();
    assert.equal(await article.locator('.article-text').textContent(), stored.text);
    assert.equal(await article.locator('script, img, b').count(), 0);
    assert.ok((await article.locator('mark.mention').count()) >= 2, 'mentions of Putin and Raisi are highlighted');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.screenshot({ path: join(RESULTS, 'explorer-4-article.png') });
  });

  it('pressing Enter before the suggestions arrive picks the best match for what was typed', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('Raisi');
    await input.press('Enter');
    await page.getByTestId('details-panel').getByRole('heading', { name: 'Ebrahim Raisi' }).waitFor();
    assert.equal(await input.inputValue(), 'Ebrahim Raisi');
  });

  it('raised no page error and logged no console error on the way', () => {
    assert.deepEqual(problems, []);
  });
});
