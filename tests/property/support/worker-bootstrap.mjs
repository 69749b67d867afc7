// Entry of a fuzz worker thread: teach the thread TypeScript (tsx), then run the TypeScript worker.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
