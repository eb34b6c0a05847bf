// The Web Worker that finds the shortest paths through one actor between two countries away from the page; terminated to cancel.
import { brokerPathsJob } from './brokerage-protocol';
import { serveStepsJob } from './steps-job';

serveStepsJob(brokerPathsJob);
