/**
 * custom-elements.json is what editors, framework types and documentation
 * sites read: it must name every part and custom property the elements use
 * as drawn, every property and event (with its detail), and point at files
 * the package ships.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { FiguresElement } from '../../src/elements/shared/figures-element.js';
import '../../src/index.js';
import { settled } from './helpers.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: { kind: string; name: string; description?: string; privacy?: string; static?: boolean }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

async function manifest(): Promise<Manifest> {
  return (await (await fetch('/custom-elements.json')).json()) as Manifest;
}
function declarationOf(m: Manifest, tag: string): Declaration {
  const found = m.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  expect(found, `<${tag}> in the manifest`).to.exist;
  return found!;
}

/** Parts and custom properties each element's own shadow root uses, by tag, gathered through nested elements. */
function used(root: Element, found = new Map<string, { parts: Set<string>; props: Set<string> }>()) {
  const own = root.shadowRoot;
  if (!own) return found;
  const entry = found.get(root.localName) ?? { parts: new Set<string>(), props: new Set<string>() };
  found.set(root.localName, entry);
  for (const element of own.querySelectorAll('[part]')) for (const part of element.getAttribute('part')!.split(/\s+/)) entry.parts.add(part);
  // A --cso-* property counts where it styles something: directly, or through
  // an internal --_* variable (tokens.styles) that some rule then uses.
  const declarations: [string, string][] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) for (const name of rule.style) declarations.push([name, rule.style.getPropertyValue(name)]);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of own.adoptedStyleSheets) walk(sheet.cssRules);
  const usedInternals = new Set(declarations.flatMap(([, value]) => [...value.matchAll(/var\((--_[a-z-]+)/g)].map((m) => m[1]!)));
  for (const [name, value] of declarations) {
    if (name.startsWith('--_') && !usedInternals.has(name)) continue;
    for (const match of value.matchAll(/var\((--cso-[a-z-]+)/g)) entry.props.add(match[1]!);
  }
  for (const element of own.querySelectorAll('*')) if (element.shadowRoot) used(element, found);
  return found;
}

describe('custom-elements.json is complete', () => {
  it('documents every part and custom property the elements use, in every state drawn here', async () => {
    const page = await fixture(html`<div style="width: 700px">
      <cso-trend src="/data/figures-press.json" area="Lancashire" illustrative></cso-trend>
      <cso-trend data-periods="2018/19,2019/20,2020/21" data-values="67,many,419" area="Lancashire" source="NSPCC" source-url="https://www.nspcc.org.uk/"></cso-trend>
      <cso-trend src="/does-not-exist.json" area="Kent"></cso-trend>
      <cso-region-rank src="/data/figures-press.json" period="2018/19" region="North West" highlight="Lancashire" illustrative></cso-region-rank>
      <cso-region-rank period="2019/20" data-areas="Kent,Hampshire,Sussex" data-values="735,lots,300" highlight="Kent"></cso-region-rank>
      <helpline-box preset="nspcc childline nonsense" url="javascript:alert(1)"></helpline-box>
    </div>`);
    for (const chart of page.querySelectorAll<FiguresElement>('cso-trend, cso-region-rank')) await settled(chart);
    for (const panel of page.querySelectorAll('helpline-box')) await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const m = await manifest();
    const found = new Map<string, { parts: Set<string>; props: Set<string> }>();
    for (const element of page.querySelectorAll('cso-trend, cso-region-rank, helpline-box')) used(element, found);
    expect([...found.keys()].sort()).to.deep.equal(['cso-region-rank', 'cso-trend', 'helpline-box']);
    for (const [tag, { parts, props }] of found) {
      const declaration = declarationOf(m, tag);
      const documentedParts = new Set((declaration.cssParts ?? []).map((p) => p.name));
      const documentedProps = new Set((declaration.cssProperties ?? []).map((p) => p.name));
      expect([...parts].filter((p) => !documentedParts.has(p)), `<${tag}> parts used but not documented`).to.deep.equal([]);
      const undocumented = [...props].filter((p) => !documentedProps.has(p));
      expect(undocumented, `<${tag}> custom properties used but not documented`).to.deep.equal([]);
    }
    // The states above really drew the conditional parts, so the check above saw them.
    expect([...found.get('cso-trend')!.parts]).to.include.members(['illustrative', 'dropped', 'meta', 'get-data', 'title', 'notes']);
    expect([...found.get('helpline-box')!.parts]).to.include.members(['website', 'problem']);
  });

  it('documents every property, each event with its detail, and each custom property with its default', async () => {
    const m = await manifest();
    for (const tag of ['cso-trend', 'cso-region-rank', 'helpline-box']) {
      const declaration = declarationOf(m, tag);
      const fields = (declaration.members ?? []).filter((x) => x.kind === 'field' && !x.static && x.privacy !== 'private' && x.privacy !== 'protected');
      expect(fields.length, `<${tag}> properties`).to.be.greaterThan(10);
      // `area` is the trend's; the ranking inherits the property from their shared base and does not use it.
      const undocumented = fields.filter((x) => !x.description && !(tag === 'cso-region-rank' && x.name === 'area')).map((x) => x.name);
      expect(undocumented, `<${tag}> properties without a description`).to.deep.equal([]);
      for (const event of declaration.events ?? []) expect(event.type?.text, `<${tag}> ${event.name} detail type`).to.match(/^CustomEvent<\{.+\}>$/);
      const noDefault = (declaration.cssProperties ?? []).filter((p) => !p.default).map((p) => p.name);
      expect(noDefault, `<${tag}> custom properties without a default`).to.deep.equal([]);
    }
  });

  it('points at files the package ships (dist/npm/), not src/', async () => {
    const m = await manifest();
    const paths = m.modules.map((module) => module.path);
    expect(paths.filter((path) => !path.startsWith('dist/npm/'))).to.deep.equal([]);
    for (const path of paths) expect((await fetch(`/${path}`, { method: 'HEAD' })).status, path).to.equal(200);
  });
});
