// GEXF 1.2 export of the actor graph, for Gephi, Gephi Lite and NetworkX: typed attributes, metrics, positions, weights.
import type { ActorGraph } from '../graph';
import { exportTable, joinList, type ExportNode, type GraphExportOptions } from './graph-table';
import { xmlAttribute, xmlNumber, xmlText } from './xml';

const FIXED_NODE_ATTRIBUTES = [
  ['nodeType', 'string'],
  ['kind', 'string'],
  ['country', 'string'],
  ['sectors', 'string'],
] as const;

function attribute(id: string, title: string, type: string): string {
  return `      <attribute id="${xmlAttribute(id)}" title="${xmlAttribute(title)}" type="${type}"/>`;
}

const attvalue = (id: string, value: string | number): string =>
  `<attvalue for="${xmlAttribute(id)}" value="${xmlAttribute(value)}"/>`;

function nodeElement(node: ExportNode): string {
  const values = [
    attvalue('nodeType', node.nodeType),
    attvalue('kind', node.kind),
    attvalue('country', node.country),
    attvalue('sectors', joinList(node.sectors)),
    ...[...node.metrics].map(([id, value]) => attvalue(id, xmlNumber(value))),
  ];
  const lines = [
    `      <node id="${xmlAttribute(node.id)}" label="${xmlAttribute(node.label)}">`,
    `        <attvalues>${values.join('')}</attvalues>`,
  ];
  // The app's look (its current colour and size encoding), so Gephi opens on the same picture.
  if (node.color) {
    const { r, g, b, a } = node.color;
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}" a="${xmlNumber(a)}"/>`);
  }
  // GEXF's y axis points up (Gephi draws it so); the app's points down like the screen, so it is flipped.
  if (node.position) {
    const { x, y } = node.position;
    lines.push(`        <viz:position x="${xmlNumber(x)}" y="${xmlNumber(y === 0 ? 0 : -y)}" z="0"/>`);
  }
  if (node.size !== null) lines.push(`        <viz:size value="${xmlNumber(node.size)}"/>`);
  lines.push('      </node>');
  return lines.join('\n');
}

/**
 * The graph as a GEXF 1.2 document. Node attributes: `nodeType`, `kind`, `country`, `sectors` (ids joined
 * with `|`, written empty when there are none) and every metric (integer or double); positions as
 * `viz:position`, the app's colours and sizes as `viz:color` and `viz:size`; edges carry `weight` and the
 * ids of the agreements behind them. All text is escaped and stripped of characters XML cannot hold.
 */
export function toGexf(graph: ActorGraph, options: GraphExportOptions = {}): string {
  const { nodes, edges, metricColumns } = exportTable(graph, options);
  const title = options.title ?? 'Alliance Atlas export';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // 1.2draft rather than 1.3: Gephi, Gephi Lite, NetworkX and igraph all read it.
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    `  <meta><creator>Alliance Atlas</creator><description>${xmlText(title)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    ...FIXED_NODE_ATTRIBUTES.map(([id, type]) => attribute(id, id, type)),
    ...metricColumns.map((column) => attribute(column.id, column.name, column.type)),
    '    </attributes>',
    '    <attributes class="edge">',
    attribute('agreements', 'agreements', 'string'),
    attribute('agreementCount', 'agreementCount', 'integer'),
    '    </attributes>',
    '    <nodes>',
    ...nodes.map(nodeElement),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (edge) =>
        `      <edge id="${edge.id}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}" ` +
        `weight="${xmlNumber(edge.weight)}"><attvalues>${attvalue('agreements', joinList(edge.agreements))}` +
        `${attvalue('agreementCount', edge.agreements.length)}</attvalues></edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return out.join('\n') + '\n';
}
