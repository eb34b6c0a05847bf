// Entry point: mounts the app, applies the link's view state and loads `?data=` or the bundled sample.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseQuery } from './embed/codec';
import { applyLinkState } from './state/actions';
import { startAnalysisSync } from './state/analysis';
import { DEFAULT_DATASET_NAME, DEFAULT_DATASET_URL } from './state/default-dataset';
import { loadDatasetFromUrl } from './state/load';
import { App } from './view/App';
import './view/styles.css';

const link = parseQuery(window.location.search);
applyLinkState(link);

startAnalysisSync();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

if (link.data) void loadDatasetFromUrl(link.data, { base: window.location.href });
else {
  void loadDatasetFromUrl(DEFAULT_DATASET_URL, {
    base: window.location.href,
    name: DEFAULT_DATASET_NAME,
    allowData: true,
  });
}
