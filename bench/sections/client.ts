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
    return results.flatMap((result) => {
      const rendering = result.webglActive ? 'WebGL active (software, no GPU)' : result.renderer === 'webgl' ? 'WebGL unavailable: fell back to canvas' : '2D canvas';
      const fps = (name: string, value: number, note?: string) => ({ name: `${name}, ${result.renderer}`, input, value, unit: 'fps', target: `≥ ${SMOOTH_FPS} fps`, met: value >= SMOOTH_FPS, note });
      return [
        { name: `first drawn graph, ${result.renderer}`, input, value: result.firstDrawMs, unit: 'ms', note: 'elements handed to Cytoscape → end of the first frame showing them' },
        fps('drag-pan fps (mouse)', result.dragFps, rendering),
        fps('wheel-zoom fps (mouse)', result.wheelFps),
        fps('scripted pan fps (cy.panBy)', result.panFps, `worst frame ${result.worstFrameMs} ms`),
        fps('scripted zoom fps (cy.zoom)', result.zoomFps),
      ];
    });
  },
};
