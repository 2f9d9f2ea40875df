// The `client` bench section: canvas frames per second while panning and zooming a 2,000-node / 10,000-edge graph.

import type { BenchSection } from '../bench-section.js';
import { DEFAULT_CLIENT_FPS_OPTIONS, measureClientFps } from '../client-fps.js';

/** Smooth means at least this many frames per second (the "stay smooth"). */
const SMOOTH_FPS = 30;

export const clientSection: BenchSection = {
  name: 'client',
  description: 'Explorer canvas frames per second in headless Chromium, Cytoscape canvas vs WebGL renderer',
  async run(context) {
    const { nodes, edges } = DEFAULT_CLIENT_FPS_OPTIONS;
    const input = `generated graph, ${nodes.toLocaleString('en')} entities / ${edges.toLocaleString('en')} relations, headless Chromium --disable-gpu`;
    const results = await measureClientFps({ log: context.log });
    return results.flatMap((result) => [
      {
        name: `pan fps, ${result.renderer} renderer`,
        input,
        value: result.panFps,
        unit: 'fps',
        target: `≥ ${SMOOTH_FPS} fps`,
        met: result.panFps >= SMOOTH_FPS,
        note: `${result.webglActive ? 'WebGL active (software, no GPU)' : result.renderer === 'webgl' ? 'WebGL unavailable: fell back to canvas' : '2D canvas'}; worst frame ${result.worstFrameMs} ms`,
      },
      { name: `zoom fps, ${result.renderer} renderer`, input, value: result.zoomFps, unit: 'fps', target: `≥ ${SMOOTH_FPS} fps`, met: result.zoomFps >= SMOOTH_FPS },
    ]);
  },
};
