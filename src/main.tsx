// Entry point: starts the analysis and address-bar sync and opens the link's view and dataset, then mounts the app.
import { readEmbeddedDataset, readEmbeddedState } from './embed/embedded';
import { startAnalysisSync } from './state/analysis';
import { startApp } from './state/startup';
import { startUrlSync } from './state/url-sync';
import { startWhatIfSync } from './state/whatif';
import './view/styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Why chunks of their own: evaluating React, the views and their libraries with the rest of the entry made the page's
// first task 170–280 ms at any dataset size, most of it V8 compiling them (docs/performance.md). React's DOM renderer
// and then the views are each evaluated in a task of their own, after this one has started the opening load below;
// index.html preloads both, so their downloads run beside the entry's.
const mounting = import('react-dom/client').then(() => import('./view/mount'));

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

mounting.then(
  ({ mountApp }) => mountApp(root),
  () => {
    // The page's own code could not be downloaded (a dropped connection): say so where the app would be.
    root.textContent = 'Alliance Atlas could not load its code. Check the connection and reload the page.';
    root.setAttribute('role', 'alert');
  },
);
