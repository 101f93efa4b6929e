import { expect } from '@open-wc/testing';

// Every figure the project ships or demos must be the research's own, with its
// sources. The research folder is not part of a clone, so data/SOURCES.json
// records the SHA-256 of each file as copied from it; the copies in data/ and
// demo/data/ must match that sum byte for byte.
interface Sources { files: Record<string, { sha256: string; from: string; canonical_sha256?: string }> }

/** The file without its `cy` (Welsh) objects, as JSON with no spaces: what the research copy was, canonicalised the same way. */
const withoutWelsh = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutWelsh)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'cy').map(([key, v]) => [key, withoutWelsh(v)]))
      : value;

const sha256 = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

describe('shipped data', () => {
  it('data/SOURCES.json names every shipped data file', async () => {
    const sources = (await (await fetch('/data/SOURCES.json')).json()) as Sources;
    expect(Object.keys(sources.files).sort()).to.deep.equal(['figures-press.json', 'figures-seed.json', 'helplines.json']);
  });

  for (const file of ['figures-seed.json', 'figures-press.json', 'helplines.json']) {
    it(`data/${file} and demo/data/${file} match the research copy's recorded SHA-256`, async () => {
      const sources = (await (await fetch('/data/SOURCES.json')).json()) as Sources;
      const recorded = sources.files[file]!.sha256;
      expect(recorded).to.match(/^[0-9a-f]{64}$/);
      const shipped = await (await fetch(`/data/${file}`)).text();
      const demo = await (await fetch(`/demo/data/${file}`)).text();
      expect(shipped.length).to.be.greaterThan(100);
      const canonical = sources.files[file]!.canonical_sha256;
      // A file with words of our own beside the research (Welsh): its research part must be the research's, to the character.
      if (canonical) expect(await sha256(JSON.stringify(withoutWelsh(JSON.parse(shipped))))).to.equal(canonical);
      else expect(await sha256(shipped)).to.equal(recorded);
      expect(demo).to.equal(shipped);
    });
  }
});

describe('the Welsh beside the English in helplines.json', () => {
  it('every service and the 999 line have Welsh words with their source, and no number or address of their own', async () => {
    const data = (await (await fetch('/data/helplines.json')).json()) as { emergency: { cy: Record<string, string> }; services: { id: string; cy: Record<string, string> }[] };
    for (const cy of [data.emergency.cy, ...data.services.map((s) => s.cy)]) {
      expect(cy.source).to.contain('to be checked by a Welsh speaker');
      for (const field of ['phone', 'email', 'url']) expect(cy).not.to.have.property(field);
    }
    for (const service of data.services) expect(Object.keys(service.cy).length, service.id).to.be.greaterThan(1);
  });

  it('a changed English word fails the check, though the Welsh is left out of it', async () => {
    const sources = (await (await fetch('/data/SOURCES.json')).json()) as Sources;
    const data = JSON.parse(await (await fetch('/data/helplines.json')).text());
    data.services[0].phone = '0808 800 5001';
    expect(await sha256(JSON.stringify(withoutWelsh(data)))).not.to.equal(sources.files['helplines.json']!.canonical_sha256);
  });
});
