// Worker entry when testaudit runs from its TypeScript sources (the test suite): teach this
// worker thread to load .ts through tsx, then start the real entry (argv, see worker-url.ts).
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2] ?? './worker.ts');
