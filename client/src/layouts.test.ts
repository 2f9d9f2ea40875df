// Tests of the layout registry.

import { DEFAULT_LAYOUT, hopDistances, LAYOUTS, layoutNamed } from './layouts.js';

describe('layoutNamed', () => {
  it('finds the default force-directed layout', () => {
    expect(layoutNamed(DEFAULT_LAYOUT).options('full')).toMatchObject({ name: 'fcose', randomize: true });
  });

  it('keeps nodes where they are when laying out an expansion', () => {
    expect(layoutNamed('fcose').options('incremental')).toMatchObject({ randomize: false, quality: 'proof' });
  });

  it('names every known layout when asked for an unknown one', () => {
    expect(() => layoutNamed('spiral')).toThrow(LAYOUTS.map((layout) => layout.name).join(', '));
  });
});

describe('the concentric layout', () => {
  it('puts each entity on the ring of its hop distance from the focus', async () => {
    const { default: cytoscape } = await import('cytoscape');
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'putin' }, classes: 'focus' },
        { data: { id: 'raisi' } },
        { data: { id: 'iran' } },
        { data: { id: 'tehran' } },
        { data: { id: 'far' } },
        { data: { id: 'a', source: 'putin', target: 'raisi' } },
        { data: { id: 'b', source: 'iran', target: 'raisi' } },
        { data: { id: 'c', source: 'tehran', target: 'iran' } },
      ],
    });
    expect(Object.fromEntries(hopDistances(cy))).toEqual({ putin: 0, raisi: 1, iran: 2, tehran: 3 });
    cy.layout(layoutNamed('concentric').options('full')).run();
    const radius = (id: string) => Math.round(Math.hypot(cy.getElementById(id).position('x') - cy.getElementById('putin').position('x'), cy.getElementById(id).position('y') - cy.getElementById('putin').position('y')));
    expect(radius('raisi')).toBeLessThan(radius('iran'));
    expect(radius('iran')).toBeLessThan(radius('tehran'));
  });
});
