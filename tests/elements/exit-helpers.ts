/**
 * For quick-exit tests that must not take the test runner away. Quick exit
 * leaves the whole tab where it can, and in Firefox the runner's page loses
 * its connection to the runner the moment it starts any navigation of its
 * own (even one that comes to nothing); in WebKitGTK a sandboxed frame can
 * send the runner's page away. So these tests exit to `nowhere()`: a
 * "204 No Content", which no browser navigates to. Whatever quick exit sent
 * away (the tab, or the frame where the tab was out of reach) stays, with its
 * cover up, for the test to look at; the server says which it was.
 */
import { engine } from './engine.js';

/** An exit address no browser navigates to (a 204 after `ms`), new for each test. */
export const nowhere = (ms = 1500): string => `/__fixtures/nowhere/${ms}/${engine}-${Math.random().toString(36).slice(2)}`;

/**
 * How this browser asked for `url`: how many times, and as the whole tab
 * ("document") or a frame ("iframe"). Asked until the server has seen it, for
 * up to 3 s: while the tab's own navigation is pending, WebKitGTK fails the
 * page's fetches ("Load failed"), so this may only get through once the 204 has come.
 */
export async function seen(url: string): Promise<{ count: number; dest: string | null }> {
  let answer = { count: 0, dest: null };
  for (let i = 0; i < 60 && !answer.count; i++) {
    try {
      answer = await (await fetch(url.replace('/__fixtures/', '/__fixtures/seen/'), { cache: 'no-store' })).json();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return answer;
}

/** Waits until the browser has had the 204 for `url`, so that nothing is still on its way. */
export async function nowhereAnswered(url: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Number(url.split('/')[3]) + 300));
}

/** `doc`'s quick-exit cover, if one is up: the popover quick exit puts on the page's root. */
export const coverOn = (doc: Document): HTMLElement | null => doc.querySelector<HTMLElement>(':root > [popover]');

/**
 * What a reader sees at the corners, edges and middle of `doc`'s viewport
 * (scrollbars, which show no page content, left out: Firefox and WebKitGTK
 * draw classic ones): "covered" when one white box, as big as the viewport,
 * is on top at every point, whatever it is and wherever it lives; else the
 * first point where something else shows, in words.
 */
export function whatShows(doc: Document): string {
  const width = doc.documentElement.clientWidth;
  const height = doc.documentElement.clientHeight;
  const points = [[1, 1], [width - 2, 1], [1, height - 2], [width - 2, height - 2], [width / 2, height / 2], [width / 2, 40]];
  let cover: Element | null = null;
  for (const [x, y] of points) {
    const hit = doc.elementFromPoint(x, y);
    const name = `<${hit?.localName}${hit?.id ? `#${hit.id}` : ''}>`;
    if (!hit || hit === doc.documentElement || hit === doc.body) return `at ${x},${y} the page shows ${name}`;
    if (cover && hit !== cover) return `at ${x},${y} the page shows ${name}`;
    cover = hit;
    const background = doc.defaultView!.getComputedStyle(hit).backgroundColor;
    if (background !== 'rgb(255, 255, 255)') return `at ${x},${y} the page shows ${name}, ${background}`;
    const box = hit.getBoundingClientRect();
    if (box.left > 0 || box.top > 0 || box.right < width || box.bottom < height) return `at ${x},${y} the page shows ${name}, only ${Math.round(box.width)}×${Math.round(box.height)} px`;
  }
  return 'covered';
}
