import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { spec as generatedSpec } from '../schema/openapi';
import { createRouter, RouterOptions } from './createRouter';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Where the router built from the spec serves the spec itself. */
const SPEC_ROUTE = '/openapi.json';

/** "METHOD /path/{param}" for every route the router serves but the spec's own. */
async function servedRoutes(): Promise<string[]> {
  const router = await createRouter({
    config: { model: {} },
  } as unknown as RouterOptions);
  return (router as any).stack
    .filter((layer: any) => layer.route && layer.route.path !== SPEC_ROUTE)
    .flatMap((layer: any) =>
      Object.keys(layer.route.methods).map(
        method =>
          `${method.toUpperCase()} ${layer.route.path.replace(
            /:(\w+)/g,
            '{$1}',
          )}`,
      ),
    )
    .sort();
}

describe('src/schema/openapi.yaml', () => {
  const spec = parse(
    readFileSync(
      resolvePackagePath(
        '@mlops-maturity/backstage-plugin-mlops-maturity-backend',
        'src/schema/openapi.yaml',
      ),
      'utf8',
    ),
  );

  it('documents exactly the routes the router serves', async () => {
    const documented = Object.entries(spec.paths as Record<string, object>)
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter(key => METHODS.includes(key))
          .map(method => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(documented).toEqual(await servedRoutes());
  });

  it('is the spec the router is built from (regenerate with scripts/openapi-router.js)', () => {
    expect(generatedSpec).toEqual(spec);
  });

  it('declares every path parameter it uses', () => {
    const resolve = (p: any) =>
      p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p;
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
      for (const method of Object.keys(item).filter(k => METHODS.includes(k))) {
        const params = [
          ...(item.parameters ?? []),
          ...(item[method].parameters ?? []),
        ]
          .map(resolve)
          .filter((p: any) => p.in === 'path')
          .map((p: any) => p.name)
          .sort();
        expect([path, method, params]).toEqual([path, method, inPath]);
      }
    }
  });
});
