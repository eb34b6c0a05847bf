// The public surface of the analysis layer: import from here rather than from the single files.
export { analyzeDataset, analyzeDatasetSliced, analyzeDatasetSteps, type AnalyzeOptions } from './analyze';
export { actorMetrics, actorMetricsSteps, crossBorderPartners, type ActorMetricsResult } from './actor-metrics';
export { countryMetrics } from './country-metrics';
export {
  countryPairGaps,
  exportLinkGaps,
  isolatedActors,
  sectorCountryMatrix,
  sectorCoverage,
  sectorSummaries,
  type MatrixCell,
  type SectorCountryMatrix,
} from './gaps';
export { allRecommendations, recommendPartners } from './recommend';
export {
  articulationPoints,
  bridges,
  connectedComponents,
  shortestPaths,
  type AlliancePath,
  type Bridge,
  type PathStep,
  type ShortestPaths,
} from './paths';
export { analysedSectors, analysisScope, scopeOf, type AnalysisScope } from './scope';
export { betweennessCloseness, brandesPartial, combineBrandes, finishBrandes, type BrandesSums } from './brandes';
export { toCsr, type Csr } from './csr';
export { communities, modularity } from './community';
export * from './types';
