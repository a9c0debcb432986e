// `node --import …/moduleTrace.mjs`: lists every module the process loads in $ANNALS_MODULE_TRACE.
import { register } from 'node:module';

register('./_moduleTraceHooks.mjs', import.meta.url, { data: { file: process.env.ANNALS_MODULE_TRACE } });
