import { openBackend } from '../../src/store/openBackend.js';
import { postgresTitle, skipPostgres, testSchema } from './_postgres.js';
import { describeStore } from './_storeSuite.js';

// A schema of its own, dropped afterwards, so this file runs beside the others on one server.
describeStore(
  postgresTitle('store on PostgreSQL'),
  async () => {
    const schema = await testSchema();
    const backend = await openBackend({ kind: 'postgres', url: schema.url });
    return {
      backend,
      dispose: async () => {
        await backend.close();
        await schema.drop();
      },
    };
  },
  skipPostgres,
);
