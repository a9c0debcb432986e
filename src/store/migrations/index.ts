import { records } from './001_records.js';
import { events } from './002_events.js';
import { movements } from './003_movements.js';
import { links } from './004_links.js';
import { relativeSources } from './005_relativeSources.js';
import { wiki } from './006_wiki.js';
import { eventPages } from './007_eventPages.js';

/** A numbered step of the schema; applied once, in order, recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'records', sql: records },
  { version: 2, name: 'events', sql: events },
  { version: 3, name: 'movements', sql: movements },
  { version: 4, name: 'links', sql: links },
  { version: 5, name: 'relative sources', sql: relativeSources },
  { version: 6, name: 'wiki', sql: wiki },
  { version: 7, name: 'event pages', sql: eventPages },
];
