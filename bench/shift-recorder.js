// Layout shift, measured the same way in every engine. Chromium reports
// shifts itself (the Layout Instability API); Firefox and WebKit do not. So
// this classic script, put first in the page's <head> by the bench server,
// looks at every element (in shadow roots too) once a frame, and scores a
// frame in which elements already on the page moved as Chromium scores a
// layout shift: the share of the viewport the moved elements cover (before
// and after, together) times how far the farthest moved, as a share of the
// viewport's larger side. Moves under 3px are ignored, as Chromium does;
// elements that appear are not shifts; scrolling is not a shift (positions
// are taken in page coordinates). Results in window.__sampledShifts.
(() => {
  const THRESHOLD_PX = 3;
  const CELL_PX = 8;
  const shifts = [];
  window.__sampledShifts = shifts;
  let previous = new Map();

  const name = (n) => `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`;
  const path = (node) => {
    let out = name(node);
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) out = `${name(root.host)} › ${out}`;
    return out;
  };
  const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.w)}×${Math.round(r.h)}`;

  function elements() {
    const out = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        out.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return out;
  }

  /** Share of the viewport covered by the union of rects (viewport coordinates), on an 8px grid. */
  function coverage(rects, width, height) {
    const columns = Math.ceil(width / CELL_PX);
    const rows = Math.ceil(height / CELL_PX);
    const covered = new Uint8Array(columns * rows);
    let count = 0;
    for (const r of rects) {
      const x0 = Math.max(0, Math.floor(r.x / CELL_PX));
      const x1 = Math.min(columns, Math.ceil((r.x + r.w) / CELL_PX));
      const y0 = Math.max(0, Math.floor(r.y / CELL_PX));
      const y1 = Math.min(rows, Math.ceil((r.y + r.h) / CELL_PX));
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          if (!covered[y * columns + x]) {
            covered[y * columns + x] = 1;
            count++;
          }
        }
      }
    }
    return count / (columns * rows);
  }

  function sample() {
    const width = document.documentElement.clientWidth || innerWidth;
    const height = document.documentElement.clientHeight || innerHeight;
    const current = new Map();
    const moved = [];
    for (const element of elements()) {
      const r = element.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      const rect = { x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height };
      current.set(element, rect);
      const before = previous.get(element);
      if (!before) continue;
      const distance = Math.max(Math.abs(rect.x - before.x), Math.abs(rect.y - before.y));
      if (distance < THRESHOLD_PX) continue;
      moved.push({ element, before, rect, distance });
    }
    previous = current;
    if (moved.length) {
      // Only what a reader could see moves them: the parts of the before and after rects inside the viewport.
      const inView = (r) => ({ x: r.x - scrollX, y: r.y - scrollY, w: r.w, h: r.h });
      const visible = moved.filter(({ before, rect }) =>
        [inView(before), inView(rect)].some((r) => r.x < width && r.x + r.w > 0 && r.y < height && r.y + r.h > 0),
      );
      if (visible.length) {
        const impact = coverage(visible.flatMap(({ before, rect }) => [inView(before), inView(rect)]), width, height);
        const distance = Math.min(1, Math.max(...visible.map((m) => m.distance)) / Math.max(width, height));
        const value = impact * distance;
        if (value > 0) {
          shifts.push({
            value,
            at: Math.round(performance.now()),
            sources: visible.slice(0, 5).map(({ element, before, rect }) => `${path(element)}: ${box(inView(before))} → ${box(inView(rect))}`),
          });
        }
      }
    }
    requestAnimationFrame(sample);
  }
  requestAnimationFrame(sample);
})();
