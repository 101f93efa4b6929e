// Tests an engine cannot run are skipped, never passed: the test tells the
// runner why (the 'skip-reason' command, sent by tests/elements/engine.ts just
// before it calls this.skip(), with the title of the test, or of the suite a
// `before` hook skips), and the count reporter prints each skipped test with
// its own reason and counts it as skipped.

/** session id → [title path, reason] for each skip asked for in that session */
export const skipReasons = new Map();

/** The reason given for the skipped test at `titlePath`: its own, else its nearest suite's. */
export function reasonFor(sessionId, titlePath) {
  let best;
  for (const [path, reason] of skipReasons.get(sessionId) ?? []) {
    const covers = path.length <= titlePath.length && path.every((part, i) => part === titlePath[i]);
    if (covers && (!best || path.length > best[0].length)) best = [path, reason];
  }
  return best?.[1];
}

export function skipReasonPlugin() {
  return {
    name: 'skip-reason-command',
    executeCommand({ command, payload, session }) {
      if (command !== 'skip-reason') return undefined;
      const reason = String(payload?.reason ?? '').trim();
      if (!reason) throw new Error('skip-reason: a skip needs a reason');
      const title = Array.isArray(payload?.title) ? payload.title.map(String) : [];
      const reasons = skipReasons.get(session.id) ?? [];
      reasons.push([title, reason]);
      skipReasons.set(session.id, reasons);
      return true;
    },
  };
}
