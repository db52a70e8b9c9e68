// Worker entry when testaudit runs from its TypeScript sources (the test suite): teach this
// worker thread to load .ts through tsx, then start the real worker. Built code uses worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
