import { safeWebUrl } from '../helpline/sanitise.js';
import { parseFiguresText } from './parse.js';
import type { ParseResult } from './types.js';

/** How long a figures file may take before the reader is told it did not load. */
export const DEFAULT_TIMEOUT_MS = 15000;
/** The longest wait a `timeout` may ask for: two minutes. Larger values (a typo's extra zeros) are held to it; setTimeout itself would fire at once past 2^31 ms. */
export const MAX_TIMEOUT_MS = 120000;

/** A widget's `timeout` as a wait the browser can keep: the default for anything not a positive number, at most MAX_TIMEOUT_MS. */
export function timeoutFor(value: unknown): number {
  const ms = Number(value);
  return ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

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

/*
 * The request has no timer of its own: each widget waiting for it keeps its
 * own `timeout` and leaves when that runs out; the request is aborted when
 * the last widget has left.
 */
async function fetchFigures(url: string, controller: AbortController): Promise<ParseResult> {
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
    return { ok: false, error: { reason: 'network-error' }, dropped: [] };
  }
}

/**
 * Loads and parses a figures file, sharing one request among every widget
 * that asks for the same URL; each caller's `timeoutMs` applies to that
 * caller alone. Resolves (never rejects) with a typed result; resolves
 * `undefined` when `signal` aborts first, so a removed widget logs nothing.
 */
export function loadFigures(url: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ParseResult | undefined> {
  // Only web addresses: a javascript:, data: or malformed src is refused before any fetch.
  const key = safeWebUrl(url);
  if (!key) return Promise.resolve({ ok: false, error: { reason: 'unsafe-url', field: 'src', value: url.slice(0, 40) }, dropped: [] });
  let load = loads.get(key);
  if (!load || (load.controller.signal.aborted && !load.settled)) {
    const controller = new AbortController();
    const created: SharedLoad = { controller, waiting: 0, settled: false, result: Promise.resolve() as never };
    created.result = fetchFigures(key, controller).then((result) => {
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
    let done = false;
    const leave = (result: ParseResult | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (loads.get(key) === shared) loads.delete(key);
      }
      resolve(result);
    };
    const onAbort = () => leave(undefined);
    const timer = setTimeout(() => leave({ ok: false, error: { reason: 'timeout' }, dropped: [] }), timeoutFor(timeoutMs));
    signal.addEventListener('abort', onAbort, { once: true });
    void shared.result.then((result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
      resolve(signal.aborted ? undefined : result);
    });
  });
}

/** Forgets loaded files, for tests and for pages that replace a file in place. */
export function clearFiguresCache(): void {
  loads.clear();
}
