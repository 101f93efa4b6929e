import { expect } from '@open-wc/testing';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[] }[] }[];
}

/** The part of README.md about one element: from its heading to the next. */
function section(readme: string, tag: string): string {
  const start = readme.indexOf(`## \`<${tag}>\``);
  expect(start, `README has a section for <${tag}>`).to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('custom-elements.json and README', () => {
  it('the manifest, generated from JSDoc, lists the three elements', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
    expect(tags.sort()).to.deep.equal(['cso-region-rank', 'cso-trend', 'helpline-box']);
  });

  it("README documents every attribute and event each element's JSDoc declares", async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const readme = await (await fetch('/README.md')).text();
    for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const text = section(readme, declaration.tagName);
      const undocumented = (declaration.attributes ?? []).map((a) => a.name).filter((name) => !text.includes(`\`${name}\``));
      expect(undocumented, `<${declaration.tagName}> attributes missing from README`).to.deep.equal([]);
      const events = (declaration.events ?? []).map((e) => e.name).filter((name) => !readme.includes(`\`${name}\``));
      expect(events, 'events missing from README').to.deep.equal([]);
      expect((declaration.attributes ?? []).length).to.be.greaterThan(5);
    }
  });
});
