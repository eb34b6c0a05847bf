// The Web Worker that downloads and validates a dataset off the main thread (the ~0.5 s of a 50,000-agreement file).
import { serve } from '../threads/worker-like';
import { createParseHandler } from './parse-handler';

serve(createParseHandler());
