// The Web Worker that reads, resolves and validates spreadsheets off the main thread (tens of seconds for 50,000 rows).
import { serve } from '../threads/worker-like';
import { createSheetJobs } from './sheets-job';

serve(createSheetJobs());
