import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { Caller, user } from './matrixWorld';

/** One answer through any door, as text and parsed. */
export interface DoorAnswer {
  status: number;
  body: any;
  text: string;
}

const tokenOf = (caller: Caller) =>
  caller === 'service'
    ? mockCredentials.service.token()
    : mockCredentials.user.token(user(caller));

/** HTTP through the backend, signed in as `caller`. */
export function httpAs(backend: TestBackend, caller: Caller) {
  const call = async (
    method: 'get' | 'put' | 'post' | 'patch' | 'delete',
    path: string,
    body?: object,
  ): Promise<DoorAnswer> => {
    let req = request(backend.server)
      [method](path)
      .set('Authorization', `Bearer ${tokenOf(caller)}`);
    if (body !== undefined) req = req.send(body);
    const res = await req;
    return { status: res.status, body: res.body, text: res.text ?? '' };
  };
  return {
    get: (path: string) => call('get', path),
    put: (path: string, body: object) => call('put', path, body),
    post: (path: string, body: object) => call('post', path, body),
    patch: (path: string, body: object) => call('patch', path, body),
    delete: (path: string) => call('delete', path),
  };
}
export type Http = ReturnType<typeof httpAs>;

/** An MCP client of the backend's MCP endpoint, signed in as `caller`. */
export async function mcpAs(backend: TestBackend, caller: Caller) {
  const { port } = backend.server.address() as AddressInfo;
  const client = new Client({ name: 'visibility-matrix', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(
      new URL(`http://localhost:${port}/api/mcp-actions/v1`),
      {
        requestInit: {
          headers: { Authorization: `Bearer ${tokenOf(caller)}` },
        },
      },
    ),
  );
  return {
    client,
    async tools(): Promise<string[]> {
      return (await client.listTools()).tools.map(t => t.name);
    },
    async call(tool: string, args: object): Promise<DoorAnswer> {
      const result = (await client.callTool({
        name: `mlops-maturity.${tool}`,
        arguments: args as Record<string, unknown>,
      })) as { isError?: boolean; structuredContent?: any; content: any[] };
      return {
        status: result.isError ? 400 : 200,
        body: result.structuredContent,
        text: JSON.stringify(result),
      };
    },
  };
}
export type Mcp = Awaited<ReturnType<typeof mcpAs>>;

/**
 * An answer about a hidden entity, made comparable with the answer about an
 * entity that never existed: the hidden name becomes the unknown one, and
 * what changes from call to call (times, request ids) is dropped.
 */
export function comparable(answer: DoorAnswer, name: string, unknown: string) {
  const text = answer.text
    .split(name)
    .join(unknown)
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>')
    .replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      '<id>',
    );
  return { status: answer.status, text };
}

/**
 * The scorecard's cursors, decoded: they are base64url JSON, which a text
 * scan would read past (found in the JSON of a route's answer and in the
 * escaped JSON an MCP tool's content carries).
 */
function decodedCursors(text: string): string {
  const cursors = text.matchAll(
    /(?:next|prev)Cursor\\?":\s*\\?"([A-Za-z0-9_-]+)/g,
  );
  return [...cursors]
    .map(([, cursor]) => Buffer.from(cursor, 'base64url').toString('utf8'))
    .join('\n');
}

/** The markers (names, titles) of hidden entities that `answer` carries, in its cursors too. */
export function leakedMarkers(answer: DoorAnswer, markers: string[]) {
  const text = `${answer.text}\n${decodedCursors(answer.text)}`.toLowerCase();
  return markers.filter(m => text.includes(m.toLowerCase()));
}
