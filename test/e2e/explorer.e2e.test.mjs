// Browser smoke test of the explorer: the real CLI loads the sample articles into a temporary Kùzu store and serves them; headless Chromium explores.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { RESULTS, SKIP_WITHOUT_CHROMIUM, useBrowserApp } from './harness.mjs';

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
  const session = useBrowserApp({ extraArticles: [HOSTILE_ARTICLE] });
  let url;
  let page;
  let problems;
  before(() => ({ url, page, problems } = session));


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

  it('shows more neighbours on demand, and undo takes the expansion back', async () => {
    const [putin] = (await (await fetch(`${url}/api/search?q=Vladimir%20Putin&limit=1`)).json()).results;
    // Two neighbours per expansion, so the sample data is enough to need "show more".
    await page.goto(`${url}/?debug&expandPage=2&focus=${putin.id}`);
    await page.getByTestId('details-panel').getByRole('heading', { name: 'Vladimir Putin' }).waitFor();
    const count = () => page.evaluate(() => window.__newsgraph.cy.nodes().length);
    assert.equal(await count(), 3, 'the focus and its two best-corroborated neighbours');
    const more = page.getByTestId('show-more');
    assert.match(await more.innerText(), /Show 2 more neighbours of Vladimir Putin/);
    await more.click();
    await page.waitForFunction(() => window.__newsgraph.cy.nodes().length > 3);
    assert.ok((await count()) <= 5, 'one more page of at most two neighbours');
    assert.match(page.url(), /expand=/, 'the expansion is in the URL');
    await page.screenshot({ path: join(RESULTS, 'explorer-5-show-more.png') });
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => window.__newsgraph.cy.nodes().length === 3);
    assert.doesNotMatch(page.url(), /expand=/);
  });

  it('double-clicking an entity expands it, and pinning and hiding act on the selected entity', async () => {
    const target = await page.evaluate(() => {
      const { cy, store } = window.__newsgraph;
      const node = cy.nodes().filter((n) => n.id() !== store.get().focusId).first();
      const box = cy.container().getBoundingClientRect();
      return { id: node.id(), x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
    });
    await page.mouse.dblclick(target.x, target.y);
    await page.waitForFunction((id) => window.__newsgraph.store.get().history.some((step) => step.anchorId === id), target.id);
    assert.equal(await page.evaluate((id) => window.__newsgraph.store.get().selection?.id, target.id), target.id);

    await page.getByTestId('node-pin').click();
    assert.deepEqual(await page.evaluate((id) => { const n = window.__newsgraph.cy.getElementById(id); return [n.locked(), n.hasClass('pinned')]; }, target.id), [true, true]);
    assert.equal(await page.getByTestId('node-pin').innerText(), 'Unpin');
    await page.screenshot({ path: join(RESULTS, 'explorer-6-expanded-pinned.png') });

    await page.getByTestId('node-hide').click();
    assert.equal(await page.evaluate((id) => window.__newsgraph.cy.getElementById(id).visible(), target.id), false);
    await page.getByTestId('show-hidden').click();
    assert.equal(await page.evaluate((id) => window.__newsgraph.cy.getElementById(id).visible(), target.id), true);
  });

  it('lists the keyboard shortcuts in a dialog opened with "?"', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const dialog = page.getByTestId('help-dialog');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Undo the last expansion/);
    await page.screenshot({ path: join(RESULTS, 'explorer-7-help.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('exports the view as PNG and SVG and the visible elements as JSON, CSV and GraphML files that parse', async () => {
    const exported = async (testId) => {
      await page.getByTestId('export-menu').locator('summary').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
    };
    const visible = await page.evaluate(() => window.__newsgraph.cy.nodes(':visible').length);
    const png = await exported('export-png');
    assert.match(png.name, /^newsgraph-vladimir-putin\.png$/);
    assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = await exported('export-svg');
    assert.match(svg.body.toString('utf8'), /<svg[\s>]/);
    const json = JSON.parse((await exported('export-json')).body.toString('utf8'));
    assert.equal(json.nodes.length, visible);
    assert.ok(json.edges.every((edge) => json.nodes.some((node) => node.id === edge.source)));
    const csv = (await exported('export-csv')).body.toString('utf8');
    assert.equal(csv.split(/\r?\n/)[0], 'id,name,type,aliases,articleCount,mentionCount,firstSeen,lastSeen');
    const graphml = (await exported('export-graphml')).body.toString('utf8');
    const root = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return { name: doc.documentElement.localName, errors: doc.getElementsByTagName('parsererror').length, nodes: doc.getElementsByTagName('node').length };
    }, graphml);
    assert.deepEqual(root, { name: 'graphml', errors: 0, nodes: visible });
  });

  it('a reloaded URL restores the focus, depth, layout and selection, and Back returns to the previous view', async () => {
    await page.goto(`${url}/?debug`);
    await page.getByTestId('search-input').fill('Putin');
    await page.getByTestId('search-option').first().filter({ hasText: 'Vladimir Putin' }).waitFor();
    await page.getByTestId('search-input').press('Enter');
    await page.waitForFunction(() => (window.__newsgraph?.cy.nodes().length ?? 0) > 2);
    const putinUrl = page.url();
    await page.getByTestId('depth-select').selectOption('2');
    await page.waitForFunction(() => window.__newsgraph.store.get().depth === 2 && window.__newsgraph.store.get().status.kind === 'idle');
    await page.getByTestId('layout-select').selectOption('concentric');
    const edgeId = await page.evaluate(() => {
      const { cy, store } = window.__newsgraph;
      const id = cy.getElementById(store.get().focusId).connectedEdges().first().id();
      store.update({ selection: { kind: 'edge', id } });
      return id;
    });
    await page.getByTestId('evidence-item').first().waitFor();
    const before = await page.evaluate(() => { const s = window.__newsgraph.store.get(); return { focusId: s.focusId, depth: s.depth, layoutName: s.layoutName, selection: s.selection, nodes: s.graph.nodes.size }; });
    assert.match(page.url(), /depth=2/);
    assert.match(page.url(), /layout=concentric/);

    await page.reload();
    await page.getByTestId('evidence-item').first().waitFor();
    const after = await page.evaluate(() => { const s = window.__newsgraph.store.get(); return { focusId: s.focusId, depth: s.depth, layoutName: s.layoutName, selection: s.selection, nodes: s.graph.nodes.size }; });
    assert.deepEqual(after, before);
    assert.equal(after.selection.id, edgeId);
    assert.equal(await page.getByTestId('layout-select').inputValue(), 'concentric');
    await page.screenshot({ path: join(RESULTS, 'explorer-8-restored.png') });

    await page.goBack();
    await page.waitForFunction(() => window.__newsgraph.store.get().depth === 1 && window.__newsgraph.store.get().status.kind === 'idle');
    assert.equal(page.url(), putinUrl);
  });

  it('stacks the panels on a phone-sized screen, the canvas first and still tall enough to use', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const [canvas, sidebar] = await Promise.all([page.getByTestId('graph-canvas').boundingBox(), page.locator('.sidebar').boundingBox()]);
    assert.ok(sidebar.y >= canvas.y + canvas.height - 1, 'the side panel sits below the canvas');
    assert.ok(canvas.height >= 300, `the canvas is ${canvas.height} px tall`);
    assert.ok(canvas.y < 844, 'the canvas starts on the first screen');
    await page.screenshot({ path: join(RESULTS, 'explorer-9-narrow.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('raised no page error and logged no console error on the way', () => {
    assert.deepEqual(problems, []);
  });
});
