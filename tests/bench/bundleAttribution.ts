import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/** Whether a source-map source is the plugin's own code (frontend plugin or -common). */
export const isPluginSource = (source: string | null) =>
  !!source && /\/plugins\/mlops-maturity(-common)?\/src\//.test(source);

/** The npm package or the workspace package a source-map source belongs to. */
export function packageOf(source: string | null): string {
  if (!source) return '(unmapped)';
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = source.slice(modules + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const workspace = source.match(/(plugins|packages)\/([^/]+)\//);
  if (workspace) return `${workspace[1]}/${workspace[2]}`;
  return source.replace(/^webpack:\/\/[^/]*\//, '');
}

/** One JS or CSS file of the production bundle, split into the plugin's code and the rest. */
export interface FileAttribution {
  file: string;
  bytes: number;
  gzip: number;
  /** Minified bytes the source map attributes to the plugin's sources. */
  pluginBytes: number;
  /** gzip(file) − gzip(file without the plugin's code): what the plugin adds to the download. */
  pluginGzipMarginal: number;
  /** The plugin's code of this file, concatenated and gzipped on its own. */
  pluginGzipAlone: number;
  /** Minified bytes per plugin source file. */
  pluginSources: Map<string, number>;
  /** Minified bytes per package (npm or workspace), of everything in the file. */
  packages: Map<string, number>;
  hasMap: boolean;
}

const gz = (text: string) => gzipSync(Buffer.from(text)).length;

/**
 * Splits a built file by its source map: every generated segment belongs to
 * the source of the mapping that starts it, up to the next mapping or the end
 * of the line. Bytes before a line's first mapping (webpack's module wrappers,
 * a few per module) count as not the plugin's.
 */
export function attributeFile(
  path: string,
  code: string,
  mapPath: string | null = `${path}.map`,
): FileAttribution {
  const result: FileAttribution = {
    file: path.split('/').pop()!,
    bytes: Buffer.byteLength(code),
    gzip: gz(code),
    pluginBytes: 0,
    pluginGzipMarginal: 0,
    pluginGzipAlone: 0,
    pluginSources: new Map(),
    packages: new Map(),
    hasMap: !!mapPath && existsSync(mapPath),
  };
  if (!result.hasMap) return result;

  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) {
    if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  const lineEnd = (line: number) =>
    line < lineStarts.length ? lineStarts[line] - 1 : code.length;
  const consumer = new SourceMapConsumer(
    JSON.parse(readFileSync(mapPath!, 'utf8')),
  );
  const segments: Array<{
    start: number;
    line: number;
    source: string | null;
  }> = [];
  consumer.eachMapping(m => {
    segments.push({
      start: lineStarts[m.generatedLine - 1] + m.generatedColumn,
      line: m.generatedLine,
      source: m.source,
    });
  }, undefined);

  const ranges: Array<[number, number]> = [];
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    const end =
      next && next.line === segment.line ? next.start : lineEnd(segment.line);
    if (end <= segment.start) return;
    const size = Buffer.byteLength(code.slice(segment.start, end));
    const pkg = packageOf(segment.source);
    result.packages.set(pkg, (result.packages.get(pkg) ?? 0) + size);
    if (!isPluginSource(segment.source)) return;
    const source = segment.source!.replace(/^.*\/plugins\//, 'plugins/');
    result.pluginSources.set(
      source,
      (result.pluginSources.get(source) ?? 0) + size,
    );
    const last = ranges[ranges.length - 1];
    if (last && last[1] === segment.start) last[1] = end;
    else ranges.push([segment.start, end]);
  });
  if (ranges.length === 0) return result;

  let plugin = '';
  let rest = '';
  let at = 0;
  for (const [start, end] of ranges) {
    rest += code.slice(at, start);
    plugin += code.slice(start, end);
    at = end;
  }
  rest += code.slice(at);
  result.pluginBytes = Buffer.byteLength(plugin);
  result.pluginGzipAlone = gz(plugin);
  result.pluginGzipMarginal = result.gzip - gz(rest);
  return result;
}

/** Totals over a set of files. */
export function sumAttributions(files: FileAttribution[]) {
  const sum = (
    key:
      | 'bytes'
      | 'gzip'
      | 'pluginBytes'
      | 'pluginGzipMarginal'
      | 'pluginGzipAlone',
  ) => files.reduce((total, f) => total + f[key], 0);
  const sources = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const f of files) {
    for (const [source, size] of f.pluginSources) {
      sources.set(source, (sources.get(source) ?? 0) + size);
    }
    for (const [pkg, size] of f.packages) {
      packages.set(pkg, (packages.get(pkg) ?? 0) + size);
    }
  }
  return {
    files: files.length,
    withPlugin: files.filter(f => f.pluginBytes > 0).length,
    withoutMap: files.filter(f => !f.hasMap).map(f => f.file),
    bytes: sum('bytes'),
    gzip: sum('gzip'),
    pluginBytes: sum('pluginBytes'),
    pluginGzipMarginal: sum('pluginGzipMarginal'),
    pluginGzipAlone: sum('pluginGzipAlone'),
    sources,
    packages,
  };
}
