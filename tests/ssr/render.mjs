// Renders a page of every element on a server, as an app would: Node,
// @lit-labs/ssr's render() and collectResult, the npm build (dist/npm, so run
// `npm run build` first) and its `cso-widgets/ssr` renderers. Prints the page
// (HTML with declarative shadow DOM, no script) to stdout.
// tests/ssr/middleware.mjs serves it to the browser tests (tests/elements/ssr.test.ts).
//
//   node tests/ssr/render.mjs > page.html
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { elementRenderers } from '../../dist/npm/ssr.js';

// Figures from data/figures-press.json (Lancashire; Kent, Hampshire and Sussex in 2019/20).
const elements = html`<h1>Server rendered</h1>
  <cso-trend id="inline" area="Lancashire" data-periods="2018/19,2019/20" data-values="67,419" source="NSPCC Freedom of Information requests"></cso-trend>
  <cso-region-rank id="rank" period="2019/20" data-areas="Kent,Hampshire,Sussex" data-values="735,247,300" highlight="Kent" source="NSPCC Freedom of Information requests"></cso-region-rank>
  <cso-trend id="from-url" src="/data/figures-press.json" area="Kent"></cso-trend>
  <helpline-box id="panel" preset="nspcc"></helpline-box>`;

const body = await collectResult(render(elements, { elementRenderers }));
process.stdout.write(`<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Server rendered cso-widgets</title>
<style>body { font-family: 'Liberation Sans', sans-serif; margin: 8px; }</style></head>
<body>
${body}
</body>
</html>
`);
