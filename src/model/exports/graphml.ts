// GraphML export of the actor graph, for Cytoscape desktop, yEd and NetworkX: typed keys, metrics, x/y, weights.
import type { ActorGraph } from '../graph';
import { exportTable, hexOf, joinList, type GraphExportOptions } from './graph-table';
import { xmlAttribute, xmlNumber, xmlText } from './xml';

type GraphMLType = 'string' | 'int' | 'double';

const key = (id: string, domain: 'node' | 'edge', name: string, type: GraphMLType): string =>
  `  <key id="${xmlAttribute(id)}" for="${domain}" attr.name="${xmlAttribute(name)}" attr.type="${type}"/>`;

const data = (id: string, value: string | number): string => `<data key="${xmlAttribute(id)}">${xmlText(value)}</data>`;

/**
 * The graph as a GraphML document. Node keys: `label`, `nodeType`, `kind`, `country`, `sectors` (ids joined
 * with `|`, written empty when there are none), `x`, `y` (where a position is known, in the app's screen
 * orientation), `color` (`#rrggbb`) and `size` (the app's current encoding) and every metric; edge keys: `weight`,
 * `agreements`, `agreementCount`. All text is escaped and stripped of characters XML cannot hold.
 */
export function toGraphML(graph: ActorGraph, options: GraphExportOptions = {}): string {
  const { nodes, edges, metricColumns } = exportTable(graph, options);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlText(options.title ?? 'Alliance Atlas export')}</desc>`,
    key('label', 'node', 'label', 'string'),
    key('nodeType', 'node', 'nodeType', 'string'),
    key('kind', 'node', 'kind', 'string'),
    key('country', 'node', 'country', 'string'),
    key('sectors', 'node', 'sectors', 'string'),
    key('x', 'node', 'x', 'double'),
    key('y', 'node', 'y', 'double'),
    key('color', 'node', 'color', 'string'),
    key('size', 'node', 'size', 'double'),
    ...metricColumns.map((column) => key(column.id, 'node', column.name, column.type === 'integer' ? 'int' : 'double')),
    key('weight', 'edge', 'weight', 'double'),
    key('agreements', 'edge', 'agreements', 'string'),
    key('agreementCount', 'edge', 'agreementCount', 'int'),
    '  <graph id="G" edgedefault="undirected">',
  ];
  for (const node of nodes) {
    const fields = [
      data('label', node.label),
      data('nodeType', node.nodeType),
      data('kind', node.kind),
      data('country', node.country),
      data('sectors', joinList(node.sectors)),
    ];
    if (node.position) fields.push(data('x', xmlNumber(node.position.x)), data('y', xmlNumber(node.position.y)));
    if (node.color) fields.push(data('color', hexOf(node.color)));
    if (node.size !== null) fields.push(data('size', xmlNumber(node.size)));
    for (const [id, value] of node.metrics) fields.push(data(id, xmlNumber(value)));
    out.push(`    <node id="${xmlAttribute(node.id)}">${fields.join('')}</node>`);
  }
  for (const edge of edges) {
    const fields = [
      data('weight', xmlNumber(edge.weight)),
      data('agreements', joinList(edge.agreements)),
      data('agreementCount', edge.agreements.length),
    ];
    out.push(
      `    <edge id="${edge.id}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}">` +
        `${fields.join('')}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
