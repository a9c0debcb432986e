import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy of every response: everything from this server only, no inline script
 * or style, no plugins, no framing. Map workers (MapLibre) start from blob: URLs; map images may be
 * data: or blob: URLs.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (CSP, nosniff, no referrer, same-origin isolation).
 * @example app.use('*', securityHeaders())
 */
export function securityHeaders(): ReturnType<typeof secureHeaders> {
  return secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, strictTransportSecurity: false });
}
