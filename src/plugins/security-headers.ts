// Security headers from helmet, computed once. @fastify/helmet builds a new helmet middleware
// (parsing its CSP directives again) on every request, which cost ~10% of the CPU of a cached
// response; the headers never vary per request here, so they are captured at start-up and set in
// one call per request instead.
//
// API responses are data, never documents, so they get only the headers that matter for data
// (OWASP REST Security Cheat Sheet): a CSP that forbids everything and any framing, and nosniff.
// The document-only headers (COOP, Referrer-Policy, X-Frame-Options, X-DNS-Prefetch-Control…)
// go on the HTML pages under /docs (plugins/openapi.ts); on every JSON response they were 11 more
// header lines, ~500 bytes that each client had to parse, for nothing.
// HSTS is left to the TLS terminator in front: this server speaks plain HTTP, over which browsers
// ignore the header (RFC 6797 §8.1), and includeSubDomains is a policy for the whole domain.

import type { ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet would set with these options. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(options)({} as never, response, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** helmet's options for API responses: the strict policy and no document-only headers. */
export const API_HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  crossOriginOpenerPolicy: false,
  // Absent, cross-origin reads are allowed, which is what a public read-only API wants.
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  // CSP frame-ancestors 'none' supersedes it in every browser that frames pages.
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/**
 * helmet's document defaults, for HTML pages, minus the CSP: a page brings its own policy
 * (Swagger UI's staticCSP) in place of the API's default-src 'none'.
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = helmetHeaders({
  contentSecurityPolicy: false,
});

export default fp(
  async (app, options: HelmetOptions) => {
    const headers = helmetHeaders(options);
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  },
  { name: 'security-headers' },
);
