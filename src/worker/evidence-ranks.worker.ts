// The Web Worker that ranks the actors with and without illustrative ties (two metric runs) away from the page; terminated to cancel.
import { evidenceRanksJob } from './evidence-ranks-protocol';
import { serveStepsJob } from './steps-job';

serveStepsJob(evidenceRanksJob);
