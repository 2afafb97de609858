// Worker threads do not inherit the TypeScript loader of the process that starts them (Node 20):
// register tsx in this thread, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
