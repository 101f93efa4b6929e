import { safeWebUrl } from '../helpline/sanitise.js';
import { parseFiguresText } from './parse.js';
import type { ParseResult } from './types.js';

/** How long a figures file may take before the reader is told it did not load. */
export const DEFAULT_TIMEOUT_MS = 15000;

interface SharedLoad {
  result: Promise<ParseResult>;
  controller: AbortController;
  /** Widgets still waiting; the request is aborted when the last one leaves. */
  waiting: number;
  settled: boolean;
}

/** One request per URL for the whole page: fifty charts on one file cost one fetch. */
const loads = new Map<string, SharedLoad>();

function acceptableType(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === '' || type.includes('json') || type === 'text/plain' || type === 'application/octet-stream';
}

async function fetchFigures(url: string, controller: AbortController, timeoutMs: number): Promise<ParseResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // Same-origin credentials only and no referrer: a figures file needs neither.
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, error: { reason: 'http-error', status: response.status }, dropped: [] };
    if (response.status === 204) return { ok: false, error: { reason: 'empty-response', status: 204 }, dropped: [] };
    if (!acceptableType(response.headers.get('content-type')))
      return { ok: false, error: { reason: 'wrong-content-type', value: response.headers.get('content-type') ?? '' }, dropped: [] };
    const text = await response.text();
    return parseFiguresText(text);
  } catch {
    // fetch rejects with a bare TypeError for CORS refusals and network failures alike.
    return { ok: false, error: { reason: timedOut ? 'timeout' : 'network-error' }, dropped: [] };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and parses a figures file, sharing one request among every widget
 * that asks for the same URL. Resolves (never rejects) with a typed result;
 * resolves `undefined` when `signal` aborts first, so a removed widget logs
 * nothing.
 */
export function loadFigures(url: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ParseResult | undefined> {
  // Only web addresses: a javascript:, data: or malformed src is refused before any fetch.
  const key = safeWebUrl(url);
  if (!key) return Promise.resolve({ ok: false, error: { reason: 'unsafe-url', field: 'src', value: url.slice(0, 40) }, dropped: [] });
  let load = loads.get(key);
  if (!load || (load.controller.signal.aborted && !load.settled)) {
    const controller = new AbortController();
    const created: SharedLoad = { controller, waiting: 0, settled: false, result: Promise.resolve() as never };
    created.result = fetchFigures(key, controller, timeoutMs).then((result) => {
      created.settled = true;
      // Keep good files for the page's lifetime; let a failure be tried again.
      if (!result.ok && loads.get(key) === created) loads.delete(key);
      return result;
    });
    loads.set(key, created);
    load = created;
  }
  const shared = load;
  if (signal.aborted) return Promise.resolve(undefined);
  shared.waiting++;
  return new Promise((resolve) => {
    const leave = () => {
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (loads.get(key) === shared) loads.delete(key);
      }
      resolve(undefined);
    };
    signal.addEventListener('abort', leave, { once: true });
    void shared.result.then((result) => {
      signal.removeEventListener('abort', leave);
      if (signal.aborted) return;
      shared.waiting--;
      resolve(result);
    });
  });
}

/** Forgets loaded files, for tests and for pages that replace a file in place. */
export function clearFiguresCache(): void {
  loads.clear();
}
