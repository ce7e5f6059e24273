// Opens the database read-only and decorates the instance with the repository; closes it on shutdown.

import fp from 'fastify-plugin';
import type { Connection } from '../db/client.js';
import { createRepository, type Repository } from '../db/repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    repository: Repository;
  }
}

export default fp(
  async (app, options: { connection: Connection }) => {
    app.decorate('repository', createRepository(options.connection.sqlite));
    app.addHook('onClose', async () => options.connection.close());
  },
  { name: 'repository' },
);
