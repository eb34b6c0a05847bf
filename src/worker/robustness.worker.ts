// The Web Worker that computes rank robustness (one metric per agreement removed) away from the page; terminated to cancel.
import { robustnessJob } from './robustness-protocol';
import { serveStepsJob } from './steps-job';

serveStepsJob(robustnessJob);
