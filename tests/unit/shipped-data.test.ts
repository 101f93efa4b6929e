import { expect } from '@open-wc/testing';

// Every figure the project ships or demos must be the research's own, with its
// sources: the copies in data/ and demo/data/ stay identical to shared/data/.
const files = ['figures-seed.json', 'figures-press.json', 'helplines.json'];

describe('shipped data', () => {
  for (const file of files) {
    it(`data/${file} and demo/data/${file} are exact copies of shared/data/${file}`, async () => {
      const original = await (await fetch(`/__wds-outside-root__/1/shared/data/${file}`)).text();
      expect(original.length).to.be.greaterThan(100);
      expect(await (await fetch(`/data/${file}`)).text()).to.equal(original);
      expect(await (await fetch(`/demo/data/${file}`)).text()).to.equal(original);
    });
  }
});
