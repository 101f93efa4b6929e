import { expect } from '@open-wc/testing';
import { formatCount } from '../../src/chart/format.js';
import { coverageChanges, SMALL_BASE, trendHeadline } from '../../src/chart/headline.js';
import { parseFigures } from '../../src/data/parse.js';
import { selectSeries, type SeriesPoint } from '../../src/data/select.js';
import { cy } from '../../src/i18n/cy.js';
import { en } from '../../src/i18n/en.js';

const f = (n: number) => formatCount(n);
const lines = (points: SeriesPoint[], m = en) => {
  const h = trendHeadline(points);
  return [m.trendLine(h.lead, f), ...(h.second ? [m.trendLine(h.second, f)] : [])];
};
const series = (pairs: [string, number | null, string?][]): SeriesPoint[] =>
  pairs.map(([period, value, coverage]) => (coverage ? { period, value, coverage } : { period, value }));

/*
 * The README's table of headline rules, row by row: each example here is a
 * row there, with the same figures and the same words.
 */
describe('trend headlines never contradict the chart', () => {
  it('the seeds still read as their articles: Lancashire up 525%, Lincolnshire down 48%', () => {
    expect(lines(series([['2018/19', 67], ['2019/20', 419]]))).to.deep.equal(['Up 525% since 2018/19']);
    expect(lines(series([['2015/16', 112], ['2016/17', 58]]))).to.deep.equal(['Down 48% since 2015/16']);
  });

  it('leads with the latest change when it goes the other way from the change since the first year (Gwent)', () => {
    // 59 (2015/16), no figures for two years, 229 (2018/19), 128 (2019/20): the line falls at its end.
    const gwent = series([['2015/16', 59], ['2016/17', null], ['2017/18', null], ['2018/19', 229], ['2019/20', 128]]);
    expect(lines(gwent)).to.deep.equal(['Down 44% in 2019/20', 'Up 117% since 2015/16']);
    expect(en.trendSummary('Gwent', 'offences', trendHeadline(gwent), f)).to.equal(
      'Gwent: 128 offences in 2019/20, down 44% from 229 in 2018/19. Up 117% since 2015/16.',
    );
  });

  it('says "since" rather than "in" when the latest change spans a year with no figure', () => {
    expect(lines(series([['2015/16', 100], ['2016/17', 300], ['2017/18', null], ['2018/19', 200]]))).to.deep.equal([
      'Down 33% since 2016/17',
      'Up 100% since 2015/16',
    ]);
  });

  it('keeps one line when the latest change goes the same way as the whole', () => {
    expect(lines(series([['2015/16', 112], ['2016/17', 58], ['2017/18', null], ['2018/19', 199], ['2019/20', 226]]))).to.deep.equal([
      'Up 102% since 2015/16',
    ]);
  });

  it('a fall back to the first figure is a fall, not "no change"', () => {
    expect(lines(series([['2015/16', 30], ['2016/17', 40], ['2017/18', 30]]))).to.deep.equal(['Down 25% in 2017/18', 'No change since 2015/16']);
  });

  it(`says the counts, not a percentage, from a first figure under ${SMALL_BASE}`, () => {
    expect(SMALL_BASE).to.equal(20);
    expect(lines(series([['2015/16', 1], ['2019/20', 48]]))).to.deep.equal(['From 1 in 2015/16 to 48 in 2019/20']);
    expect(lines(series([['2015/16', 19], ['2016/17', 48]]))).to.deep.equal(['From 19 in 2015/16 to 48 in 2016/17']);
    expect(lines(series([['2015/16', 20], ['2016/17', 48]]))).to.deep.equal(['Up 140% since 2015/16']);
    // Wiltshire: 10, 44, 77, 63 — the latest fall leads, the longer rise is said in counts.
    expect(lines(series([['2015/16', 10], ['2016/17', 44], ['2017/18', 77], ['2018/19', 63]]))).to.deep.equal([
      'Down 18% in 2018/19',
      'From 10 in 2015/16 to 63 in 2018/19',
    ]);
    expect(lines(series([['2015/16', 0], ['2016/17', 12]]))).to.deep.equal(['From 0 in 2015/16 to 12 in 2016/17']);
  });

  it('compares only figures of the same coverage: the national totals are not compared across a change of forces', () => {
    const national = series([
      ['2015/16', 3903, '39 of 43 in England and Wales'],
      ['2016/17', 5653, '39 of 43 in England and Wales'],
      ['2017/18', null],
      ['2018/19', 8224, '40 of 44 in England, Wales and Northern Ireland'],
      ['2019/20', 10391, 'all 46 in England, Wales, Northern Ireland and the Channel Islands'],
    ]);
    expect(lines(national)).to.deep.equal(['10,391 in 2019/20', 'Earlier years count different forces, so are not compared']);
    expect(coverageChanges(national)).to.deep.equal(['2018/19', '2019/20']);
  });

  it('compares from the first figure that shares the latest coverage, and says so', () => {
    const regional = series([
      ['2015/16', 300, 'five forces'],
      ['2016/17', 400, 'six forces'],
      ['2017/18', 450, 'six forces'],
      ['2018/19', 500, 'six forces'],
    ]);
    expect(lines(regional)).to.deep.equal(['Up 25% since 2016/17', 'Compared from 2016/17: earlier years count different forces']);
    expect(coverageChanges(regional)).to.deep.equal(['2016/17']);
  });

  it('takes the coverage from the shipped press figures’ "forces" field', () => {
    const parsed = parseFigures({
      rows: [],
      totals: [
        { area: 'All responding forces', period: '2015/16', value: 3903, forces: '39 of 43 in England and Wales' },
        { area: 'All responding forces', period: '2019/20', value: 10391, forces: 'all 46' },
      ],
    });
    if (!parsed.ok) throw new Error('parse failed');
    const selected = selectSeries(parsed.document);
    if (!selected.ok) throw new Error('select failed');
    expect(lines(selected.series.points)).to.deep.equal(['10,391 in 2019/20', 'Earlier years count different forces, so are not compared']);
  });

  it('every line has Welsh words', () => {
    const gwent = series([['2015/16', 59], ['2018/19', 229], ['2019/20', 128]]);
    expect(lines(gwent, cy)).to.deep.equal(['Gostyngiad o 44% yn 2019/20', 'Cynnydd o 117% ers 2015/16']);
    expect(lines(series([['2015/16', 1], ['2019/20', 48]]), cy)).to.deep.equal(['O 1 yn 2015/16 i 48 yn 2019/20']);
    expect(lines(series([['2015/16', 9, 'a'], ['2019/20', 48, 'b']]), cy)).to.deep.equal([
      '48 yn 2019/20',
      'Mae blynyddoedd cynharach yn cyfrif heddluoedd gwahanol, felly ni chânt eu cymharu',
    ]);
    expect(cy.trendSummary('Gwent', 'offences', trendHeadline(gwent), f)).to.equal(
      "Gwent: 128 o droseddau yn 2019/20, o'i gymharu â 229 yn 2018/19 (gostyngiad o 44%). Cynnydd o 117% ers 2015/16.",
    );
  });
});
