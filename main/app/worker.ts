/** Entry of the job worker thread (bundled to dist/app/worker.cjs), used by the desktop app and `huibao serve`. */
import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../handlers/worker-main.js';

if (!parentPort) throw new Error('dist/app/worker.cjs runs as a worker thread, not on its own');
serveJobs(parentPort);
