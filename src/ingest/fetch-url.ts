// Fetches a report's page or file from an http(s) URL: a time limit, a size limit and redirects,
// with the declared media type (and its charset) handed on to the ingest stage.

export interface FetchedSource {
  bytes: Uint8Array;
  /** The URL after redirects. */
  url: string;
  /** The Content-Type header as sent, when there is one. */
  mediaType: string | undefined;
  /** A file name for the source: the last path segment, or the host when the path is /. */
  name: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024 };

export class FetchError extends Error {
  override name = 'FetchError';
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function nameOf(url: URL): string {
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '');
  return last || url.hostname;
}

/** Fetches the URL; throws FetchError with a one-line reason on any failure. */
export async function fetchSource(
  address: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchedSource> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError('not a valid URL');
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal, headers: { accept: '*/*' } });
  } catch (error) {
    throw new FetchError(reasonOf(error, limits));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(`the response is ${declared} bytes, over the limit of ${limits.maxBytes}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes)
        throw new FetchError(`the response is over the limit of ${limits.maxBytes} bytes`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(reasonOf(error, limits));
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  const finalUrl = new URL(response.url || url.href);
  return {
    bytes,
    url: finalUrl.href,
    mediaType: response.headers.get('content-type') ?? undefined,
    name: nameOf(finalUrl),
  };
}

function reasonOf(error: unknown, limits: FetchLimits): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError')
    return `no complete answer within ${limits.timeoutMs} ms`;
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `cannot fetch: ${cause}` : `cannot fetch: ${err.message}`;
}
