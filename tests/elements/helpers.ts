import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';

/**
 * Waits until a chart has read its data (or failed) and drawn at its
 * measured width; returns the outcome as the chart reports it.
 */
export async function settled(element: FiguresElement): Promise<{ status: string; error?: Record<string, unknown> }> {
  await element.updateComplete;
  if (element.status === 'loading') await Promise.race([oneEvent(element, 'cso-load'), oneEvent(element, 'cso-error')]);
  await element.updateComplete;
  // Drawn at its measured width: the chart box has content, or the chart showed an error.
  // Off-screen charts draw only when scrolled near (content-visibility), so those are not waited for.
  const onScreen = () => element.getBoundingClientRect().top < innerHeight && element.getBoundingClientRect().bottom > 0;
  const drawn = () => element.status === 'error' || !onScreen() || Boolean(element.shadowRoot?.querySelector('[part="chart"] > *'));
  for (let i = 0; i < 20 && !drawn(); i++) await nextFrame();
  // Two frames: one in which the browser decides the drawn chart is on screen
  // (content-visibility: auto starts by skipping it), one that paints it.
  await nextFrame();
  await nextFrame();
  await element.updateComplete;
  const error = element.error;
  return error ? { status: element.status, error: { ...error } } : { status: element.status };
}

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`${element.localName} has no shadow root`);
  return root;
}

export function text(element: Node | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Visible text a reader sees, across the nested helpline's shadow root too. */
export function helplineOf(chart: Element): Element {
  const box = shadow(chart).querySelector('helpline-box');
  if (!box) throw new Error('no helpline-box in chart');
  return box;
}

export function rectsOverlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Opens a chart's "Show the figures as a table" as a reader does, and waits for the table. */
export async function openTable(element: FiguresElement): Promise<HTMLTableElement> {
  const details = shadow(element).querySelector<HTMLDetailsElement>('details.table')!;
  if (!details.open) {
    const toggled = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await toggled;
  }
  await element.updateComplete;
  return details.querySelector('table')!;
}

/** What a reader meets as a chart from a URL loads: its height, and where the text after it starts. */
export interface Still {
  status: string;
  height: number;
  nextTop: number;
}

/**
 * Puts the chart in a box `width` px wide with a paragraph after it, and
 * measures both while the figures load and once the chart has settled.
 */
export async function whileLoadingAndAfter(template: unknown, width: number): Promise<{ element: FiguresElement; loading: Still; after: Still }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}<p class="after">The article goes on.</p></div>`);
  const element = wrapper.querySelector<FiguresElement>('cso-trend, cso-region-rank')!;
  const next = wrapper.querySelector('p.after')!;
  const measure = (): Still => ({ status: element.status, height: element.getBoundingClientRect().height, nextTop: next.getBoundingClientRect().top });
  await element.updateComplete;
  await nextFrame();
  const loading = measure();
  await settled(element);
  await nextFrame();
  return { element, loading, after: measure() };
}

/** Collects the messages of script errors the page reports (such as "ResizeObserver loop …") until `stop()`. */
export function recordPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', onError);
  return { errors, stop: () => window.removeEventListener('error', onError) };
}

/** Scrolls `element` past the window half a window at a time, two frames a step, so off-screen charts come near and draw. */
export async function scrollThrough(element: HTMLElement): Promise<void> {
  for (let y = 0; y < element.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, element.offsetTop + y);
    await nextFrame();
    await nextFrame();
  }
}
