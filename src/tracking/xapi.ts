// A small xAPI 1.0.3 client: just what a cmi5 AU needs (statements, the state and agent
// profile resources), with the auth token and version header on every request. Part of
// the cmi5 chunk; a library would weigh more than the whole back end.

export const XAPI_VERSION = '1.0.3';

export type Json = Record<string, unknown>;

/** A request that did not succeed: the HTTP status ('http-503') or 'network'. */
export class XapiError extends Error {
  constructor(
    readonly call: string,
    readonly code: string,
  ) {
    super(`${call}: ${code}`);
  }
}

export interface XapiClient {
  /** The ids of the documents there are (GET without an id): asking first spares a 404 per launch. */
  listDocuments(resource: string, query: Record<string, string>): Promise<string[]>;
  /** GET a document; null when the LRS has none (404). */
  getDocument(resource: string, query: Record<string, string>): Promise<Json | null>;
  putDocument(resource: string, query: Record<string, string>, body: Json, keepalive?: boolean): Promise<void>;
  /** PUT one statement under its own id: sending it again is harmless. */
  putStatement(statement: Json): Promise<void>;
  /** POST several in one request (order kept): what a closing page can still send. */
  postStatements(statements: Json[], keepalive: boolean): Promise<void>;
}

export function xapiClient(endpoint: string, token: string, fetchFn: typeof fetch): XapiClient {
  const request = async (method: string, resource: string, query: Record<string, string>, body?: unknown, keepalive = false) => {
    const url = `${endpoint}${resource}?${new URLSearchParams(query).toString()}`;
    const call = `${method} ${resource}`;
    let response: Response;
    try {
      response = await fetchFn(url, {
        method,
        keepalive,
        headers: {
          Authorization: `Basic ${token}`,
          'X-Experience-API-Version': XAPI_VERSION,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new XapiError(call, 'network');
    }
    // 409: the LRS holds a statement with this id already (sent before, its answer lost).
    if (!response.ok && !(response.status === 404 && method === 'GET') && response.status !== 409) {
      throw new XapiError(call, `http-${response.status}`);
    }
    return response;
  };
  return {
    async listDocuments(resource, query) {
      const response = await request('GET', resource, query);
      const data: unknown = response.status === 404 ? [] : await response.json().catch(() => []);
      return Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string') : [];
    },
    async getDocument(resource, query) {
      const response = await request('GET', resource, query);
      if (response.status === 404) return null;
      try {
        const data: unknown = await response.json();
        return data && typeof data === 'object' && !Array.isArray(data) ? (data as Json) : null;
      } catch {
        return null;
      }
    },
    async putDocument(resource, query, body, keepalive = false) {
      await request('PUT', resource, query, body, keepalive);
    },
    async putStatement(statement) {
      await request('PUT', 'statements', { statementId: String(statement.id) }, statement);
    },
    async postStatements(statements, keepalive) {
      await request('POST', 'statements', {}, statements, keepalive);
    },
  };
}

/** A random (version 4) UUID, as statement ids must be (9.1.0.0-1). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return fromBytes(b, 4);
}

/**
 * A name-based UUID: the same name always gives the same id, so a statement made again
 * (after a reload, or replayed from the journal) keeps its id and the LRS stores it once.
 * A 128-bit non-cryptographic hash (cyrb128) is enough for uniqueness, and it is synchronous.
 */
export function namedUuid(name: string): string {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < name.length; i++) {
    const k = name.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const bytes = new Uint8Array(new Uint32Array([h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]).buffer);
  return fromBytes(bytes, 5);
}

function fromBytes(b: Uint8Array, version: number): string {
  b[6] = (b[6]! & 0x0f) | (version << 4);
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
