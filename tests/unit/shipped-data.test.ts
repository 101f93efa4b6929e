import { expect } from '@open-wc/testing';

// Every figure the project ships or demos must be the research's own, with its
// sources. The research folder is not part of a clone, so data/SOURCES.json
// records the SHA-256 of each file as copied from it; the copies in data/ and
// demo/data/ must match that sum byte for byte.
interface Sources { files: Record<string, { sha256: string; from: string }> }

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
      expect(await sha256(shipped)).to.equal(recorded);
      expect(demo).to.equal(shipped);
    });
  }
});
