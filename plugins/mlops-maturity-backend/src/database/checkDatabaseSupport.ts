import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** The MySQL-compatible servers the store is tested on: MySQL 8 and MariaDB 10.11. */
function supported(version: string): boolean {
  const [major, minor] = version.split(/[.-]/).map(Number);
  if (/mariadb/i.test(version))
    return major > 10 || (major === 10 && minor >= 5);
  return major >= 8;
}

/**
 * On MySQL or MariaDB, says in one line at startup what the plugin cannot do
 * there: timestamps are TIMESTAMP columns, which end on 2038-01-19, and
 * servers older than MySQL 8 / MariaDB 10.5 are untested. SQLite and
 * PostgreSQL have no such limits.
 */
export async function checkDatabaseSupport(
  db: Knex,
  logger: LoggerService,
): Promise<void> {
  const client = String(db.client.config.client);
  if (!client.startsWith('mysql')) return;
  const [rows] = await db.raw('select version() as version');
  const version = String(rows[0].version);
  logger.warn(
    `MLOps maturity on MySQL-compatible ${version}: ${
      supported(version)
        ? 'supported'
        : 'older than MySQL 8 / MariaDB 10.5 and not tested'
    }; assessment dates are TIMESTAMP columns and cannot go past 2038-01-19 03:14:07 UTC`,
  );
}
