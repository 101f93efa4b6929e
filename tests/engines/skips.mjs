// Tests an engine cannot run are skipped, never passed: the test tells the
// runner why (the 'skip-reason' command, sent by tests/elements/engine.ts just
// before it calls this.skip()), and the count reporter prints each skipped
// test with that reason and counts it as skipped.

/** session id → reasons its tests gave for skipping */
export const skipReasons = new Map();

export function skipReasonPlugin() {
  return {
    name: 'skip-reason-command',
    executeCommand({ command, payload, session }) {
      if (command !== 'skip-reason') return undefined;
      const reason = String(payload?.reason ?? '').trim();
      if (!reason) throw new Error('skip-reason: a skip needs a reason');
      const reasons = skipReasons.get(session.id) ?? new Set();
      reasons.add(reason);
      skipReasons.set(session.id, reasons);
      return true;
    },
  };
}
