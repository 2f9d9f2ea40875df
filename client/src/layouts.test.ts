// Tests of the layout registry.

import { DEFAULT_LAYOUT, LAYOUTS, layoutNamed } from './layouts.js';

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
