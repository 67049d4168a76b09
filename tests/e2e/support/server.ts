/**
 * HTTPS fixture server for the platforms' real host names (browsers reach it through
 * --host-resolver-rules in Chromium and a CONNECT proxy in Firefox), on loopback only.
 * Pages are registered per host + path (+ query); unknown URLs answer 404.
 */
import { createServer as createHttps, type Server as HttpsServer } from 'node:https';
import { createServer as createHttp, type Server as HttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { makeCertificate } from './cert';

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
export interface Page { html: string }

export interface FixtureServer {
  port: number;
  proxyPort: number;
  /** Serve `html` at https://host + pathWithQuery (query must match exactly when given). */
  page(host: string, pathWithQuery: string, html: string): void;
  /** Custom handler (e.g. a POST that stores demo state). */
  handle(host: string, path: string, handler: Handler): void;
  /** Every request seen, for assertions ("what did the browser fetch?"). */
  requests: Array<{ host: string; url: string; method: string }>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const { key, cert } = makeCertificate();
  const pages = new Map<string, string>();
  const handlers = new Map<string, Handler>();
  const requests: FixtureServer['requests'] = [];

  const https: HttpsServer = createHttps({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = req.url ?? '/';
    requests.push({ host, url, method: req.method ?? 'GET' });
    let body = '';
    req.on('data', (c: Buffer) => { if (body.length < 1_000_000) body += c.toString('utf8'); });
    req.on('end', () => {
      const path = url.split('?')[0] ?? '/';
      const handler = handlers.get(`${host}${path}`);
      if (handler) return handler(req, res, body);
      const html = pages.get(`${host}${url}`) ?? pages.get(`${host}${path}`);
      if (html === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    });
  });
  await new Promise<void>((r) => https.listen(0, '127.0.0.1', r));
  const port = (https.address() as AddressInfo).port;

  // Firefox has no host-resolver rules: it is pointed at this CONNECT proxy, which tunnels every
  // https connection to the fixture server whatever host it names (nothing leaves loopback).
  const proxy: HttpServer = createHttp((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (_req, client, head) => {
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    port,
    proxyPort,
    requests,
    page: (host, pathWithQuery, html) => void pages.set(`${host}${pathWithQuery}`, html),
    handle: (host, path, handler) => void handlers.set(`${host}${path}`, handler),
    close: async () => {
      https.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([new Promise((r) => https.close(r)), new Promise((r) => proxy.close(r))]);
    },
  };
}
