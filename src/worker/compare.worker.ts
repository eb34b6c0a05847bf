// The Web Worker that compares two years (two Brandes runs for the rank moves) away from the page; terminated to cancel.
import { compareJob } from './compare-protocol';
import { serveStepsJob } from './steps-job';

serveStepsJob(compareJob);
