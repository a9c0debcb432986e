import { networkInterfaces } from 'node:os';
import type { MiddlewareHandler } from 'hono';
import { ApiError, clip } from './apiError.js';

/** Names every server answers to: this machine's loopback. */
const LOCAL_NAMES = ['localhost', '127.0.0.1', '::1'];

// `[::1]:8080` and `::1` → `::1`; `Annals.example.:8080` → `annals.example`
function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(h);
  const name = bracketed ? (bracketed[1] ?? '') : h.split(':').length > 2 ? h : h.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/**
 * The host names a server bound to `host` answers to: loopback, the bound address, every address
 * of this machine when bound to all of them (0.0.0.0, ::), and the names given (`--allowed-host`).
 * @example allowedHosts('0.0.0.0', ['annals.example.org']) // ['localhost', '127.0.0.1', '::1', '0.0.0.0', '192.168.1.5', …, 'annals.example.org']
 */
export function allowedHosts(host: string, names: readonly string[] = []): string[] {
  const everywhere = host === '0.0.0.0' || host === '::' ? Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address)) : [];
  return [...new Set([...LOCAL_NAMES, host, ...everywhere, ...names].map(hostName))];
}

/**
 * Refuses (403) a request whose Host names no host the server answers to: a web page elsewhere that
 * a DNS name of its own points at 127.0.0.1 (DNS rebinding) cannot read the API through a browser.
 * @example app.use('*', hostCheck(allowedHosts('127.0.0.1')))
 */
export function hostCheck(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map(hostName));
  return async (c, next) => {
    const header = c.req.header('host');
    for (const host of [header, new URL(c.req.url).host]) {
      if (host !== undefined && !names.has(hostName(host))) {
        throw new ApiError('forbidden', `Host ${JSON.stringify(clip(host))}: not a name this server answers to (annals serve --allowed-host NAME adds one)`);
      }
    }
    await next();
  };
}

// Control characters (NUL, line breaks, DEL): no parameter of the API means anything with them.
const isControl = (code: number): boolean => code < 0x20 || code === 0x7f;

function decoded(raw: string, name: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw new ApiError('bad_request', `${name} ${JSON.stringify(clip(raw))}: not valid percent-encoded UTF-8`);
  }
}

function checked(value: string, name: string): void {
  const at = [...value].findIndex((ch) => isControl(ch.charCodeAt(0)));
  if (at < 0) return;
  const code = `U+${[...value][at]?.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ApiError('bad_request', `${name} ${JSON.stringify(clip(value))}: holds the control character ${code}`);
}

/**
 * Refuses (400) a path or query parameter holding a control character (NUL, a line break) or
 * percent-encoding that is not UTF-8, before any route reads it: such a value reaches no database.
 * @example app.use('*', parameterCheck()) // GET /api/search?q=%00 → 400 'q "\u0000": holds the control character U+0000'
 */
export function parameterCheck(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    checked(decoded(url.pathname, 'path'), 'path');
    for (const pair of url.search.slice(1).split('&')) {
      if (pair === '') continue;
      const at = pair.indexOf('=');
      const name = decoded(at < 0 ? pair : pair.slice(0, at), 'parameter name');
      checked(name, 'parameter name');
      if (at >= 0) checked(decoded(pair.slice(at + 1), clip(name, 40)), clip(name, 40));
    }
    await next();
  };
}
