// Functions that run inside the benchmark's pages. Puppeteer sends their
// source text to the page, so each must stand alone: no imports, no outer
// variables, only its arguments and the page's globals.

/**
 * Installed before any page script (evaluateOnNewDocument): records every
 * layout shift not caused by input, with what moved, described at once
 * because the nodes may be gone later.
 */
export function recordLayoutShifts() {
  window.__shifts = [];
  const name = (n) =>
    n.nodeType === Node.ELEMENT_NODE ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}` : n.nodeName;
  // A node inside a widget is named with its hosts: "cso-trend.example › div.chart-box".
  const path = (node) => {
    let out = name(node);
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) out = `${name(root.host)} › ${out}`;
    return out;
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => `${s.node ? path(s.node) : '(node removed)'}: ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
