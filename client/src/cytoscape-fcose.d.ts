// Type declaration for cytoscape-fcose, which ships none: a Cytoscape extension registered with `cytoscape.use`.

declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';

  const fcose: cytoscape.Ext;
  export default fcose;
}
