// Type declaration for cytoscape-svg, which ships none: a Cytoscape extension that adds `cy.svg()`.

declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const svg: cytoscape.Ext;
  export default svg;
}

