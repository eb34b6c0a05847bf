// The Web Worker that validates a dataset's text off the main thread (the ~0.5 s of a 50,000-agreement file).
import { serve } from '../threads/worker-like';
import { handleParseRequest } from './parse-protocol';

serve(handleParseRequest);
