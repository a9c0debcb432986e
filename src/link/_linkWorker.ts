// A link run's thread (linkStore starts it): links the store its parent serves on `workerData.port`
// and posts the summary, or the error it failed with.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { remoteStore, toRemoteError, type RemoteError, type Store } from '../store/index.js';
import { linkHere } from './linkHere.js';

export interface LinkWorkerData {
  port: MessagePort;
  kind: Store['kind'];
  location: string;
}

export type LinkWorkerMessage = { type: 'done'; summary: Record<string, number> } | { type: 'failed'; error: RemoteError };

const { port, kind, location } = workerData as LinkWorkerData;
const post = (message: LinkWorkerMessage): void => parentPort?.postMessage(message);
try {
  post({ type: 'done', summary: await linkHere(remoteStore(port, kind, location)) });
} catch (error) {
  post({ type: 'failed', error: toRemoteError(error) });
} finally {
  port.close();
}
