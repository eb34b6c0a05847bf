// Entry point: mounts the app, starts the analysis and address-bar sync, and opens the link's view and dataset.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readEmbeddedDataset, readEmbeddedState } from './embed/embedded';
import { startAnalysisSync } from './state/analysis';
import { startApp } from './state/startup';
import { startUrlSync } from './state/url-sync';
import { startWhatIfSync } from './state/whatif';
import { PresentRoot } from './view/present/PresentRoot';
import { warmMainThread } from './view/warm-main';
import { loadRendererModule } from './view/GraphCanvas';
import './view/styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Before the opening load, so a link's what-if agreements are added as soon as its dataset is in.
startWhatIfSync();
const opening = startApp({
  search: window.location.search,
  href: window.location.href,
  hash: window.location.hash,
  embeddedData: readEmbeddedDataset(document),
  embeddedState: readEmbeddedState(document),
});
startAnalysisSync();
// Only after the opening view is applied, so the first rewrite of the address keeps what the link said.
void opening.finally(() => startUrlSync());

createRoot(root).render(
  <StrictMode>
    <PresentRoot />
  </StrictMode>,
);
warmMainThread();
// Every opening draws a network (the sample at least): cytoscape's chunk is fetched from the page's start, beside the
// dataset, not once a load begins. Over a network the two downloads overlap; from the same machine the sample's first
// paint did not change (docs/performance.md). A failure is the canvas's to tell: it asks again.
loadRendererModule().catch(() => undefined);
