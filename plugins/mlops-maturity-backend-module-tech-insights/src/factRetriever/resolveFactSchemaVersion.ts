import { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import { isDeepStrictEqual } from 'node:util';
import { DatabaseService } from '@backstage/backend-plugin-api';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/** The version of the retriever's first schema. */
export const FIRST_SCHEMA_VERSION = '1.0.0';

function parseVersion(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? match.slice(1).map(Number) : undefined;
}

function compareVersions(a: number[], b: number[]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * The version to register the retriever's schema under. Tech Insights stores
 * a schema once per retriever version and checks facts against the highest
 * version, but the schema follows the configured model's dimensions. So: the
 * version of the latest stored schema when it is the same schema, otherwise
 * the next minor version above it, which then becomes the latest.
 *
 * Reads (never writes) the `fact_schemas` table of the tech-insights
 * database; before tech-insights has created it, the first version.
 */
export async function resolveFactSchemaVersion(options: {
  knex: Knex;
  retrieverId: string;
  schema: FactSchema;
}): Promise<string> {
  const { knex, retrieverId, schema } = options;
  if (!(await knex.schema.hasTable('fact_schemas'))) {
    return FIRST_SCHEMA_VERSION;
  }
  const rows: Array<{ version: string; schema: string }> = await knex(
    'fact_schemas',
  )
    .where({ id: retrieverId })
    .select('version', 'schema');
  let latest: { version: number[]; schema: string } | undefined;
  for (const row of rows) {
    const version = parseVersion(row.version);
    if (version && (!latest || compareVersions(version, latest.version) > 0)) {
      latest = { version, schema: row.schema };
    }
  }
  if (!latest) {
    return FIRST_SCHEMA_VERSION;
  }
  if (isDeepStrictEqual(JSON.parse(latest.schema), schema)) {
    return latest.version.join('.');
  }
  return `${latest.version[0]}.${latest.version[1] + 1}.0`;
}
