import { expect } from '@open-wc/testing';
import { compareNames, sameName } from '../../src/data/names.js';
import { FORCES_BY_REGION } from '../../src/data/forces.js';

// What a reader means by "the same place": the collator at base strength is the reference; names in plain
// ASCII skip it (a page's first collator costs 9–20 ms), so both paths must give its answers.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

describe('sameName', () => {
  const forces = Object.values(FORCES_BY_REGION).flat();
  const regions = Object.keys(FORCES_BY_REGION);
  const names = [...forces, ...regions];
  const variants = (name: string) => [
    name,
    name.toLowerCase(),
    name.toUpperCase(),
    ` ${name}`,
    `${name} `,
    name.replace(/ /g, '  '),
    name.replace(/-/g, ' '),
    name.replace(/&/g, 'and'),
    name.replace(/ and /g, ' & '),
    name.slice(0, -1),
  ];

  it('gives the collator’s answer for every force and region name against its variants and every other name', () => {
    let compared = 0;
    for (const a of names) {
      for (const b of [...variants(a), ...names]) {
        expect(sameName(a, b), `${a} / ${b}`).to.equal(collator.compare(a, b) === 0);
        compared++;
      }
    }
    expect(compared).to.be.above(2000);
  });

  it('matches names a page writes by case, never by a near spelling', () => {
    expect(sameName('kent', 'Kent')).to.be.true;
    expect(sameName('LANCASHIRE', 'Lancashire')).to.be.true;
    expect(sameName('Avon and Somerset', 'Avon & Somerset')).to.be.false;
    expect(sameName('Kent ', 'Kent')).to.be.false;
    expect(sameName('Kent', 'Kentt')).to.be.false;
  });

  it('compares accented and non-Latin names through the collator', () => {
    for (const [a, b] of [
      ['Dyfed–Powys', 'dyfed–powys'],
      ['Ynys Môn', 'Ynys Mon'],
      ['Ynys Môn', 'ynys môn'],
      ['Gwent', 'Gwènt'],
      ['Dyfed–Powys', 'Dyfed-Powys'],
      ['Ceredigion', 'Ceredigion\u00a0'],
    ]) {
      expect(sameName(a!, b!), `${a} / ${b}`).to.equal(collator.compare(a!, b!) === 0);
    }
    expect(sameName('Ynys Môn', 'Ynys Mon')).to.be.true;
  });
});

describe('compareNames', () => {
  it('puts names in the collator’s alphabetical order', () => {
    const names = ['Staffordshire', 'St Helens', 'avon and Somerset', 'Ynys Môn', 'Dyfed-Powys', 'Dyfed–Powys', 'Kent'];
    expect([...names].sort(compareNames)).to.deep.equal([...names].sort(collator.compare));
    expect([...names].sort(compareNames).slice(0, 3)).to.deep.equal(['avon and Somerset', 'Dyfed-Powys', 'Dyfed–Powys']);
  });
});
