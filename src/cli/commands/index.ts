import { registerArticles } from './articlesCommand.js';
import { registerConflicts } from './conflictsCommand.js';
import { registerEntities } from './entitiesCommand.js';
import { registerEvents } from './eventsCommand.js';
import { registerExport } from './exportCommand.js';
import { registerIngest } from './ingestCommand.js';
import { registerLink } from './linkCommand.js';
import type { RegisterCommand } from './registry.js';
import { registerServe } from './serveCommand.js';
import { registerWorker } from './workerCommand.js';

/**
 * Commands that live in modules of their own, in the order `--help` lists them. Each module owns its
 * options and help text; main.ts only builds the program around them.
 */
export const COMMANDS: RegisterCommand[] = [
  registerIngest, registerWorker, registerLink, registerEvents, registerEntities, registerConflicts, registerArticles, registerExport, registerServe,
];

export type { CommandContext, RegisterCommand } from './registry.js';
