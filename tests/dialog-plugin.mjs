// A web-test-runner command that answers the browser's own dialogs (such as a
// page's "Leave site?" prompt) as a reader would: `answer-dialogs` with
// `{ accept: false }` clicks "Stay" on each one and records its type, which it
// returns. Puppeteer-driven browsers only; elsewhere it returns undefined.
export function dialogPlugin() {
  const seen = new Map();
  return {
    name: 'answer-dialogs-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'answer-dialogs') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.on) return undefined;
      if (!seen.has(session.id)) {
        seen.set(session.id, { types: [], accept: false });
        page.on('dialog', (dialog) => {
          const state = seen.get(session.id);
          state.types.push(dialog.type());
          void (state.accept ? dialog.accept() : dialog.dismiss());
        });
      }
      const state = seen.get(session.id);
      if (payload && 'accept' in payload) state.accept = Boolean(payload.accept);
      return [...state.types];
    },
  };
}
