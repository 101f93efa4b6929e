import { expect } from '@open-wc/testing';
import { rankRows, selectForRanking, standing } from '../../src/chart/rank.js';
import { missingForces, knownForces } from '../../src/data/forces.js';
import { parseFigures } from '../../src/data/parse.js';
import { en } from '../../src/i18n/en.js';
import { cy } from '../../src/i18n/cy.js';

const rows = (pairs: [string, number | null][]) => pairs.map(([area, value]) => ({ area, value }));

describe('rankRows', () => {
  it('ranks largest first, with bar lengths as a share of the largest', () => {
    const ranked = rankRows(rows([['Lancashire', 67], ['Greater Manchester', 628]]));
    expect(ranked.map((r) => [r.rank, r.area, Math.round(r.share)])).to.deep.equal([
      [1, 'Greater Manchester', 100],
      [2, 'Lancashire', 11],
    ]);
  });
  it('gives ties the same rank and skips the next (1, 2, 2, 4)', () => {
    const ranked = rankRows(rows([['A', 10], ['B', 20], ['C', 20], ['D', 30]]));
    expect(ranked.map((r) => [r.area, r.rank, r.tied])).to.deep.equal([
      ['D', 1, false],
      ['B', 2, true],
      ['C', 2, true],
      ['A', 4, false],
    ]);
  });
  it('puts forces with no figure last, unranked, never as 0', () => {
    const ranked = rankRows(rows([['Gwent', 229], ['Dyfed-Powys', null], ['North Wales', 133], ['Zero force', 0]]));
    expect(ranked.map((r) => [r.area, r.rank ?? null, r.value])).to.deep.equal([
      ['Gwent', 1, 229],
      ['North Wales', 2, 133],
      ['Zero force', 3, 0],
      ['Dyfed-Powys', null, null],
    ]);
  });
});

describe('selectForRanking', () => {
  const doc = async () => {
    const result = parseFigures(await (await fetch('/data/figures-press.json')).json());
    if (!result.ok) throw new Error('press data');
    return result.document;
  };
  it('filters force rows by region and period, never totals', async () => {
    const selected = selectForRanking(await doc(), '2018/19', 'north west');
    expect(selected.ok && selected.rows.map((r) => `${r.area} ${r.value}`)).to.deep.equal(['Greater Manchester 628', 'Lancashire 67']);
    expect(selected.ok && selected.region).to.equal('North West');
  });
  it('defaults to the latest period', async () => {
    const selected = selectForRanking(await doc(), undefined, 'Wales');
    expect(selected.ok && selected.period).to.equal('2019/20');
  });
  describe('periods that cannot be put in order', () => {
    const seasons = (periods: string[]) => {
      const result = parseFigures({ rows: periods.flatMap((period, i) => [{ area: 'Kent', period, value: 10 + i }, { area: 'Sussex', period, value: 20 + i }]) });
      if (!result.ok) throw new Error('seasons');
      return result.document;
    };
    it('without a period, ranks the last one given and marks it unordered, never the latest', () => {
      const selected = selectForRanking(seasons(['Spring', 'Autumn', 'Summer']));
      expect(selected.ok && [selected.period, selected.unordered]).to.deep.equal(['Summer', true]);
    });
    it('one label that is not a year makes the choice unordered: the last given, not a year sorted last', () => {
      const selected = selectForRanking(seasons(['2018/19', 'Year to date', '2019/20']));
      expect(selected.ok && [selected.period, selected.unordered]).to.deep.equal(['2019/20', true]);
    });
    it('is not unordered when the page names the period, or when there is only one', () => {
      const named = selectForRanking(seasons(['Spring', 'Autumn']), 'Spring');
      expect(named.ok && [named.period, named.unordered]).to.deep.equal(['Spring', false]);
      const one = selectForRanking(seasons(['Spring']));
      expect(one.ok && [one.period, one.unordered]).to.deep.equal(['Spring', false]);
    });
    it('years, even annotated ones, are still ordered: the latest, not unordered', () => {
      const selected = selectForRanking(seasons(['2019/20 (provisional)', '2017/18 (r)', '2018/19']));
      expect(selected.ok && [selected.period, selected.unordered]).to.deep.equal(['2019/20 (provisional)', false]);
    });
    it('names the period shown as the last given, maybe not the latest, in both languages', () => {
      expect(en.periodsUnordered('Summer')).to.equal('Summer (last given, maybe not the latest)');
      expect(cy.periodsUnordered('Summer')).to.equal("Summer (yr olaf a roddwyd, efallai nad hwn yw'r diweddaraf)");
    });
  });
  it('says which region or period is absent', async () => {
    expect(selectForRanking(await doc(), '2019/20', 'Atlantis')).to.deep.equal({ ok: false, reason: 'region-not-found', value: 'Atlantis' });
    expect(selectForRanking(await doc(), '1990/91')).to.deep.equal({ ok: false, reason: 'period-not-found', value: '1990/91' });
  });
});

describe('forces', () => {
  it('knows the 46 forces the NSPCC asked, 5 of them in the North West', () => {
    expect(knownForces()).to.have.length(46);
    expect(knownForces('North West')).to.have.length(5);
  });
  it('names the forces in scope the data lacks, only when the data uses the same names', () => {
    expect(missingForces(['Greater Manchester', 'Lancashire'], 'North West')).to.deep.equal(['Cheshire', 'Cumbria', 'Merseyside']);
    expect(missingForces(['Lancashire Constabulary'], 'North West')).to.deep.equal([]);
  });
});

describe('rank headline', () => {
  const f = (n: number) => String(n);
  it('"Lancashire: 2nd of 5 in the North West" when every force has a figure', () => {
    const ranked = rankRows(rows([['Greater Manchester', 5], ['Lancashire', 4], ['Merseyside', 3], ['Cheshire', 2], ['Cumbria', 1]]));
    expect(en.rankHeadline(standing(ranked, 'Lancashire', 0), 'North West', '2019/20', f)).to.equal('Lancashire: 2nd of 5 in the North West');
    expect(en.rankSubhead(standing(ranked, 'Lancashire', 0), 'North West')).to.equal('');
  });
  it('with fewer than three forces with a figure, gives the figures and no place: never "2nd of 2" or "1st of 1"', () => {
    const two = rankRows(rows([['Greater Manchester', 628], ['Lancashire', 67]]));
    expect(en.rankHeadline(standing(two, 'Lancashire', 3), 'North West', '2018/19', f)).to.equal('Lancashire: 67; Greater Manchester: 628');
    expect(en.rankSubhead(standing(two, 'Lancashire', 3), 'North West')).to.equal('The lower of two forces with a figure in the North West');
    expect(en.rankSubhead(standing(two, 'Greater Manchester', 3), 'North West')).to.equal('The higher of two forces with a figure in the North West');
    expect(en.rankHeadline(standing(two, undefined, 3), 'North West', '2018/19', f)).to.equal('Greater Manchester: 628; Lancashire: 67');
    const one = rankRows(rows([['Lancashire', 67]]));
    expect(en.rankHeadline(standing(one, 'Lancashire', 4), 'North West', '2018/19', f)).to.equal('Lancashire: 67');
    expect(en.rankSubhead(standing(one, 'Lancashire', 4), 'North West')).to.equal('The only force with a figure in the North West');
    const tied = rankRows(rows([['Kent', 10], ['Essex', 10], ['Gwent', null]]));
    expect(en.rankHeadline(standing(tied, 'Essex', 0), undefined, '2019/20', f)).to.equal('Essex: 10; Kent: 10');
    expect(en.rankSubhead(standing(tied, 'Essex', 0), undefined)).to.equal('The same figure: the only two forces with one');
    expect(cy.rankSubhead(standing(two, 'Lancashire', 3), 'North West')).to.equal('Yr isaf o ddau heddlu â ffigur ymhlith heddluoedd Gogledd-orllewin Lloegr');
  });
  it('never implies a full table it does not have', () => {
    const ranked = rankRows(rows([['Greater Manchester', 628], ['Lancashire', 67], ['Merseyside', 100]]));
    expect(en.rankHeadline(standing(ranked, 'Lancashire', 2), 'North West', '2018/19', f)).to.equal('Lancashire: 3rd of 3 forces with a figure in the North West');
  });
  it('joint places, no-figure and absent forces, and the nation', () => {
    const ranked = rankRows(rows([['Kent', 10], ['Essex', 10], ['Surrey', 4], ['Gwent', null]]));
    expect(en.rankHeadline(standing(ranked, 'Essex', 0), undefined, '2019/20', f)).to.equal('Essex: joint 1st of 3 forces with a figure');
    expect(en.rankHeadline(standing(ranked, 'Gwent', 0), 'Wales', '2019/20', f)).to.equal('Gwent: no figure for 2019/20');
    expect(en.rankHeadline(standing(ranked, 'Atlantis', 0), 'Wales', '2019/20', f)).to.equal('Atlantis is not in these figures for 2019/20');
    const full = rankRows(rows([['Kent', 10], ['Essex', 3], ['Surrey', 1]]));
    expect(en.rankHeadline(standing(full, 'Essex', 0), undefined, '2019/20', f)).to.equal('Essex: 2nd of 3 forces');
    expect(en.rankHeadline(standing(full, undefined, 0), 'Wales', '2019/20', f)).to.equal('Kent: highest in Wales');
  });
  it('never calls a force highest "of all" when some forces have no figure', () => {
    const partial = rankRows(rows([['Kent', 10], ['Essex', 3], ['Sussex', 2], ['Surrey', null]]));
    expect(en.rankHeadline(standing(partial, undefined, 0), undefined, '2019/20', f)).to.equal('Kent: highest of 3 forces with a figure');
    const alone = rankRows(rows([['Kent', 12]]));
    expect(en.rankHeadline(standing(alone, undefined, 44), undefined, '2019/20', f)).to.equal('Kent: 12');
    expect(en.rankSubhead(standing(alone, undefined, 44), undefined)).to.equal('The only force with a figure');
  });
  it('the kicker counts what the headline counts', () => {
    expect(en.rankKicker(undefined, '2019/20', 13, 46)).to.equal('13 of 46 forces, 2019/20');
    expect(en.rankKicker(undefined, '2019/20', 46, 46)).to.equal('All 46 forces, 2019/20');
    expect(en.rankKicker('North West', '2019/20', 2, 5)).to.equal('North West, 2019/20');
    expect(en.rankKicker('North West', '2019/20', 5, 5)).to.equal('North West, 2019/20');
    expect(en.rankKicker(undefined, '2019/20', 3, undefined)).to.equal('Police forces, 2019/20');
    expect(cy.rankKicker(undefined, '2019/20', 13, 46)).to.equal('13 o 46 heddlu, 2019/20');
  });
  it('ordinals in English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 46].map(en.ordinal)).to.deep.equal(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '46th']);
  });
});
