import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { packageOf } from './bundleAttribution';

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
}

/** A V8 CPU profile as CDP's Profiler.stop returns it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Where the main thread's time went: self time by package and by function, ms. */
export interface ProfileSummary {
  totalMs: number;
  byPackage: Array<[string, number]>;
  byFunction: Array<[string, number]>;
}

/**
 * Attributes a CPU profile's samples to original sources through the
 * bundle's source maps (files under `dist`, by the script URL's path).
 */
export function summariseProfile(
  profile: CpuProfile,
  dist: string,
): ProfileSummary {
  const consumers = new Map<string, SourceMapConsumer | null>();
  const consumerFor = (url: string) => {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return null;
    }
    if (!consumers.has(path)) {
      const map = join(dist, `${path}.map`);
      consumers.set(
        path,
        existsSync(map)
          ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')))
          : null,
      );
    }
    return consumers.get(path)!;
  };
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next one.
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + ms);
  }
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms);
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    // V8's own entries: (program), (idle), (garbage collector), (root).
    const builtin = functionName.startsWith('(')
      ? functionName
      : `(${functionName || 'native'})`;
    let pkg = url ? url.replace(/^.*\/static\//, '') : builtin;
    let name = url ? functionName || '(anonymous)' : builtin;
    const consumer = url && lineNumber >= 0 ? consumerFor(url) : null;
    if (consumer) {
      const original = consumer.originalPositionFor({
        line: lineNumber + 1,
        column: columnNumber,
      });
      if (original.source) {
        pkg = packageOf(original.source);
        name = `${
          original.name ?? (functionName || '(anonymous)')
        } (${original.source
          .replace(/^.*node_modules\//, '')
          .replace(/^.*plugins\//, 'plugins/')}:${original.line})`;
      }
    }
    add(byPackage, pkg, ms);
    add(byFunction, name, ms);
  }
  const sorted = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    byPackage: sorted(byPackage),
    byFunction: sorted(byFunction),
  };
}
