// The Web Worker that splits one actor's brokerage by country pair away from the page; terminated to cancel.
import { brokerageJob } from './brokerage-protocol';
import { serveStepsJob } from './steps-job';

serveStepsJob(brokerageJob);
