/** The small pieces of HTTP the preview server needs: reading a JSON body, answering, and who may ask. */

import type { IncomingMessage, ServerResponse } from 'node:http';

// The sidebar's largest request is a Word file's XML parts (structureWordFile: up to 20 million
// characters, Thai ones three bytes each); a paste never travels through the API.
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** A request the server refuses with a status and a Thai message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The request's body read as JSON; only `application/json` is taken. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  // A page on another site can POST text/plain to 127.0.0.1 without asking; JSON needs a CORS
  // preflight, which this server never grants, so requiring it keeps other sites out.
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'ต้องส่งเป็น JSON (content-type must be application/json)');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป (request too large)');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'ข้อมูลที่ส่งมาไม่ใช่ JSON (the body is not JSON)');
  }
}

/**
 * Refuses a request whose Host is not this server (a DNS-rebinding page would name its own host) or
 * whose Origin is another site's.
 */
export function checkCaller(request: IncomingMessage, port: number): void {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(request.headers.host ?? '')) {
    throw new HttpError(403, 'เปิดตัวอย่างได้จากเครื่องนี้เท่านั้น (only http://127.0.0.1 is served)');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) {
    throw new HttpError(403, 'คำขอจากเว็บไซต์อื่นถูกปฏิเสธ (a request from another site was refused)');
  }
}

/** Answers with a body and its type; nothing the preview serves may be cached. */
export function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(body);
}

/** Answers with a JSON value. */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
