import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@mlops-maturity/backstage-plugin-mlops-maturity-backend',
  'migrations',
);

/** Runs the package's knex migrations unless `database.migrations.skip` is set. */
export async function migrateDatabase(
  database: DatabaseService,
  client: Knex,
): Promise<void> {
  if (database.migrations?.skip) return;
  await client.migrate.latest({ directory: migrationsDir });
}

/** The migrations folder, for tests that run migrations up and down. */
export const MIGRATIONS_DIRECTORY = migrationsDir;
