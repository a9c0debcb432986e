// Registers _tsHooks.mjs in the thread that imports this file (node --import, or a worker's first import).
import { register } from 'node:module';

register('./_tsHooks.mjs', import.meta.url);
