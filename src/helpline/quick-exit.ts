/**
 * Leaving a page quickly, as GOV.UK Frontend's "Exit this page" does, and
 * past it where an embed needs more: the whole tab goes, not only the frame
 * the panel sits in, and the page is hidden at once wherever the panel is.
 */

/** The words `quick-exit` accepts for "off"; anything else, or the bare attribute, means on. */
export const QUICK_EXIT_OFF = ['off', 'false', 'no', '0'];

/**
 * Covers the whole viewport of `win` with white while the exit page loads,
 * so the article cannot be read on a slow link. The cover is put in that
 * document's own light DOM and, where the browser has one, in the top layer
 * (popover): a transformed ancestor, `overflow: hidden` or a chart box around
 * the panel cannot clip it, and no page z-index goes above it. Returns what
 * takes it away again.
 */
export function coverPage(win: Window = window): () => void {
  const doc = win.document;
  const cover = doc.createElement('div');
  cover.setAttribute('popover', 'manual');
  // `all: initial` undoes the popover's own box (centred, bordered, fit to content) and any page rule for divs.
  cover.style.cssText = 'all:initial;position:fixed;inset:0;background:#fff;z-index:2147483647';
  doc.documentElement.append(cover);
  // Where there is no top layer, a fixed box with the highest z-index does the same on most pages.
  cover.showPopover?.();
  return () => cover.remove();
}

/**
 * Covers `shown` (the window the reader sees going) and replaces `target`'s
 * page with `url`; `replace` takes its history entry, so Back does not return.
 * A page with its own "Leave site?" prompt (`beforeunload`) gets the reader's
 * answer: the cover comes off when the prompt is asked for, so "Stay" never
 * leaves a white page behind; a page brought back from the back-forward
 * cache shows again. Throws, with the cover off, when the browser refuses.
 */
function coverAndReplace(target: Window, shown: Window, url: string): void {
  const uncover = coverPage(shown);
  // Added after the page's own listeners, so it runs after them and sees whether they asked.
  // (Left behind when the browser refuses below, they only remove a cover already gone.)
  shown.addEventListener('beforeunload', (event) => (event.defaultPrevented || event.returnValue) && uncover());
  shown.addEventListener('pageshow', uncover);
  try {
    target.location.replace(url);
  } catch (error) {
    uncover();
    throw error;
  }
}

/**
 * Leaves for `url` in place of the whole tab. From inside a frame (a CMS
 * embed) the top page goes, not only the frame: a frame may do that when it
 * is not sandboxed, or is sandboxed with `allow-top-navigation-by-user-activation`
 * (the click or key presses are that activation). The cover goes over the top
 * page when this frame can reach it (same origin), else over the frame. Where
 * the browser refuses to navigate the top, this frame alone is replaced
 * rather than nothing happening.
 */
export function exitPage(url: string, win: Window = window): void {
  const top = win.top ?? win;
  let reachable = win;
  try {
    // Reading another origin's document throws.
    if (top.document) reachable = top;
  } catch {
    /* cross-origin top: cover this frame */
  }
  try {
    coverAndReplace(top, reachable, url);
  } catch {
    coverAndReplace(win, win, url);
  }
}
