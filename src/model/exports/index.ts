// The file exports in one place: GEXF, GraphML, the filtered dataset as JSON, SVG and CSV, all pure text producers.
export { toGexf } from './gexf';
export { toGraphML } from './graphml';
export type { GraphExportOptions, NodeMetrics, Position } from './graph-table';
export { toAllianceJson, filteredDatasetForExport, type AllianceJsonOptions } from './alliance-json';
export { safeColor } from '../color';
export { toSvg, type SvgScene, type SvgNode, type SvgEdge, type SvgLegendRow, type SvgStroke } from './svg';
export { toCsv, csvCell, csvDocument, csvLine, CSV_BOM, type CsvColumn } from './csv';
export { listText, readListText } from './list-text';
