// Frames per second of the explorer canvas while panning a big generated graph in headless Chromium, canvas vs WebGL renderer.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { chromium, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT_DIR = join(ROOT, 'dist', 'client');

/** The renderings compared: the app's 2D canvas, the same drawing every edge while moving or with a viewport texture, and WebGL. */
export const RENDERINGS = {
  // The app's default: edges left out while the view moves, since the graph has over 1,500 of them.
  canvas: 'renderer=canvas',
  'canvas, edges drawn while moving': 'renderer=canvas&edgesOnViewport=draw',
  'canvas+texture': 'renderer=canvas&textureOnViewport&edgesOnViewport=draw',
  webgl: 'renderer=webgl',
} as const;

export type CanvasRenderer = keyof typeof RENDERINGS;

export interface ClientFpsOptions {
  nodes: number;
  edges: number;
  renderers: readonly CanvasRenderer[];
  /** How long each renderer is panned (and then zoomed), in ms. */
  durationMs: number;
  chromiumPath: string;
  viewport: { width: number; height: number };
  log: (message: string) => void;
}

export const DEFAULT_CLIENT_FPS_OPTIONS: ClientFpsOptions = {
  nodes: 2000,
  edges: 10_000,
  renderers: ['canvas', 'canvas, edges drawn while moving', 'canvas+texture', 'webgl'],
  durationMs: 4000,
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  viewport: { width: 1440, height: 900 },
  log: () => undefined,
};

export interface ClientFpsResult {
  renderer: CanvasRenderer;
  /** Whether the page really drew with WebGL (Cytoscape falls back to the 2D canvas when WebGL is missing). */
  webglActive: boolean;
  /** From handing the elements to Cytoscape to the end of the first frame that shows them. */
  firstDrawMs: number;
  /** Panning with `cy.panBy` from script, one step a frame. */
  panFps: number;
  /** Panning the way a reader does: the mouse dragging the canvas (real input events). */
  dragFps: number;
  /** Zooming with the mouse wheel (real input events). */
  wheelFps: number;
  /** Zooming with `cy.zoom` from script, one step a frame. */
  zoomFps: number;
  /** Slowest frame while panning, in ms. */
  worstFrameMs: number;
}

/** The slice of the page's `?debug` handle the measurement uses. */
interface DebugWindow {
  __newsgraph?: {
    cy: {
      batch(run: () => void): void;
      add(elements: unknown[]): void;
      fit(): void;
      panBy(offset: { x: number; y: number }): void;
      elements(): { remove(): void; panify(): void };
      pan(): { x: number; y: number };
      zoom(level?: number | { level: number; renderedPosition: { x: number; y: number } }): number;
      width(): number;
      height(): number;
      renderer(): { webgl?: boolean };
    };
  };
}

/** Builds the client when dist/client is missing, so the bench measures the real bundle. */
function ensureClientBuilt(log: (message: string) => void): void {
  if (existsSync(join(CLIENT_DIR, 'index.html'))) return;
  log('building the client (vite build)…');
  const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', 'client/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('client-fps: `vite build` failed; run `npm run build:client` and fix its errors, then retry.');
}

/**
 * Serves the built client, loads a generated graph of `nodes` entities and `edges` relations into the
 * canvas through `?debug`, and counts animation frames while panning and while zooming, once per
 * renderer. The API is not served: the graph goes straight into Cytoscape with a grid layout.
 */
export async function measureClientFps(options: Partial<ClientFpsOptions> = {}): Promise<ClientFpsResult[]> {
  const settings = { ...DEFAULT_CLIENT_FPS_OPTIONS, ...options };
  ensureClientBuilt(settings.log);
  const app = express();
  app.use(express.static(CLIENT_DIR));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: settings.chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'] });
  try {
    const results: ClientFpsResult[] = [];
    for (const renderer of settings.renderers) {
      const page = await browser.newPage({ viewport: settings.viewport });
      // tsx (esbuild keepNames) wraps named functions in `__name(...)`, which the page does not define.
      await page.addInitScript('globalThis.__name = (fn) => fn;');
      await page.goto(`${base}/?debug&${RENDERINGS[renderer]}`);
      await page.waitForFunction(() => (globalThis as unknown as DebugWindow).__newsgraph !== undefined, undefined, { timeout: 30_000 });
      settings.log(`${renderer}: loading ${settings.nodes} nodes and ${settings.edges} edges…`);
      const { webgl: webglActive, firstDrawMs } = await page.evaluate(
        ({ nodes, edges }) => {
          const cy = (globalThis as unknown as DebugWindow).__newsgraph!.cy;
          const types = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION'];
          const groups = ['verbal-cooperation', 'material-conflict', 'role', 'place'];
          // A deterministic pseudo-random generator: every run draws the same graph.
          let seed = 42;
          const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
          const side = Math.ceil(Math.sqrt(nodes));
          const elements: unknown[] = [];
          for (let i = 0; i < nodes; i++) {
            elements.push({ group: 'nodes', data: { id: `n${i}`, name: `Entity ${i}`, type: types[i % types.length], size: 26 + (i % 5) * 6 }, position: { x: (i % side) * 90, y: Math.floor(i / side) * 90 } });
          }
          for (let j = 0; j < edges; j++) {
            const source = Math.floor(random() * nodes);
            // Mostly local links, like a real neighbourhood graph, with some long ones.
            const target = random() < 0.8 ? Math.min(nodes - 1, Math.max(0, source + Math.floor((random() - 0.5) * side * 4))) : Math.floor(random() * nodes);
            if (target === source) continue;
            elements.push({ group: 'edges', data: { id: `e${j}`, source: `n${source}`, target: `n${target}`, label: 'met with', group: groups[j % groups.length], width: 1.5, members: [`e${j}`] } });
          }
          const start = performance.now();
          cy.batch(() => {
            cy.elements().remove();
            cy.add(elements);
          });
          cy.fit();
          // The first frame after the next one has drawn everything the add scheduled.
          return new Promise<{ webgl: boolean; firstDrawMs: number }>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve({ webgl: cy.renderer().webgl === true, firstDrawMs: performance.now() - start }))),
          );
        },
        { nodes: settings.nodes, edges: settings.edges },
      );
      // Let the first full draw finish before measuring.
      await page.waitForTimeout(1000);
      const measured = await page.evaluate((durationMs) => {
        const cy = (globalThis as unknown as DebugWindow).__newsgraph!.cy;
        const run = (step: (frame: number) => void) =>
          new Promise<{ fps: number; worst: number }>((resolve) => {
            let frames = 0;
            let worst = 0;
            const start = performance.now();
            let last = start;
            const tick = (now: number) => {
              worst = Math.max(worst, now - last);
              last = now;
              frames++;
              step(frames);
              if (now - start < durationMs / 2) requestAnimationFrame(tick);
              else resolve({ fps: (frames * 1000) / (now - start), worst });
            };
            requestAnimationFrame(tick);
          });
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        const startZoom = cy.zoom();
        const pan = () => run((frame) => cy.panBy({ x: Math.sin(frame / 10) * 12, y: Math.cos(frame / 10) * 12 }));
        // The first viewport change after loading pays for the first full draw (seconds in software
        // rendering): an unmeasured warm-up pan keeps that out of the steady-state figures.
        return pan()
          .then(pan)
          .then((panned) => run((frame) => cy.zoom({ level: startZoom * (1 + 0.6 * Math.sin(frame / 15) ** 2), renderedPosition: centre })).then((zoom) => ({ pan: panned, zoom })));
      }, settings.durationMs);
      const dragFps = await measureGestureFps(page, settings, 'drag');
      const wheelFps = await measureGestureFps(page, settings, 'wheel');
      results.push({
        renderer,
        dragFps,
        wheelFps,
        firstDrawMs: Math.round(firstDrawMs),
        webglActive,
        panFps: Math.round(measured.pan.fps * 10) / 10,
        zoomFps: Math.round(measured.zoom.fps * 10) / 10,
        worstFrameMs: Math.round(measured.pan.worst),
      });
      settings.log(`${renderer}: pan ${results.at(-1)!.panFps} fps, drag ${dragFps} fps, wheel ${wheelFps} fps, zoom ${results.at(-1)!.zoomFps} fps (WebGL active: ${webglActive})`);
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Mouse steps every gesture makes, even when each frame takes seconds. */
const MIN_GESTURE_STEPS = 6;

/** A reader's gesture on the canvas, one small step at a time. */
type Gesture = 'drag' | 'wheel';

/**
 * Frames per second while the reader drags the canvas around or zooms it with the mouse wheel (real
 * input events through Chromium, so Cytoscape's gesture-only shortcuts such as `hideEdgesOnViewport`
 * take part). Every element is made pannable first, so a drag that starts on a node pans instead of moving it.
 */
async function measureGestureFps(page: Page, settings: ClientFpsOptions, gesture: Gesture): Promise<number> {
  // The graph went into Cytoscape behind the explorer's back, so its "nothing on the canvas yet"
  // message still covers the canvas and would catch the mouse.
  await page.addStyleTag({ content: '[data-testid="canvas-empty"] { display: none !important; }' });
  await page.evaluate(() => {
    const cy = (globalThis as unknown as DebugWindow).__newsgraph!.cy;
    cy.elements().panify();
    const counter = { frames: 0, running: true };
    (globalThis as unknown as { __frames: typeof counter }).__frames = counter;
    const tick = () => {
      counter.frames++;
      if (counter.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const viewportBefore = await page.evaluate(() => JSON.stringify([(globalThis as unknown as DebugWindow).__newsgraph!.cy.pan(), (globalThis as unknown as DebugWindow).__newsgraph!.cy.zoom()]));
  if (gesture === 'drag') await page.mouse.down();
  const framesAt = () => page.evaluate(() => (globalThis as unknown as { __frames: { frames: number } }).__frames.frames);
  const startFrames = await framesAt();
  const start = performance.now();
  // At least a few steps, however slow the frames: Cytoscape starts a drag-pan on one move and pans on the next.
  for (let step = 0; step < MIN_GESTURE_STEPS || performance.now() - start < settings.durationMs / 2; step++) {
    if (gesture === 'drag') await page.mouse.move(centre.x + Math.sin(step / 8) * 150, centre.y + Math.cos(step / 8) * 100);
    else await page.mouse.wheel(0, Math.sin(step / 6) * 40);
  }
  const frames = (await framesAt()) - startFrames;
  const elapsed = performance.now() - start;
  if (gesture === 'drag') await page.mouse.up();
  const viewport = () => page.evaluate(() => JSON.stringify([(globalThis as unknown as DebugWindow).__newsgraph!.cy.pan(), (globalThis as unknown as DebugWindow).__newsgraph!.cy.zoom()]));
  if ((await viewport()) === viewportBefore) throw new Error(`client-fps: the mouse ${gesture} did not move the view; its figure would measure nothing.`);
  await page.evaluate(() => {
    (globalThis as unknown as { __frames: { running: boolean } }).__frames.running = false;
  });
  return Math.round(((frames * 1000) / elapsed) * 10) / 10;
}

// `npx tsx bench/client-fps.ts` prints the figures on their own.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await measureClientFps({ log: (message) => console.error(message) });
  console.table(results);
}
