import { expect } from '@open-wc/testing';
import { notesForReaders, parseCount, parseFigures, parseFiguresText } from '../../src/data/parse.js';
import { comparePeriods, parsePeriod, periodTimeline } from '../../src/data/periods.js';
import { rowsFromLists, rowsFromTable } from '../../src/data/inline.js';
import { selectSeries } from '../../src/data/select.js';
import type { FiguresDocument } from '../../src/data/types.js';

const seed = async (): Promise<unknown> => (await fetch('/data/figures-seed.json')).json();
const press = async (): Promise<unknown> => (await fetch('/data/figures-press.json')).json();

describe('parseCount', () => {
  it('reads counts written as numbers or en-GB text', () => {
    expect(parseCount(419)).to.deep.equal({ ok: true, value: 419 });
    expect(parseCount('10,391')).to.deep.equal({ ok: true, value: 10391 });
    expect(parseCount(' 58 ')).to.deep.equal({ ok: true, value: 58 });
    expect(parseCount(0)).to.deep.equal({ ok: true, value: 0 });
  });
  it('treats null, empty and dashes as no figure, never zero', () => {
    for (const value of [null, undefined, '', '-', 'n/a', 'no figure']) expect(parseCount(value)).to.deep.equal({ ok: true, value: null });
  });
  it('refuses what is not a count of offences', () => {
    for (const value of [-1, 1.5, NaN, Infinity, 1e20, '12abc', '1,2', true, {}, [], '1e3']) expect(parseCount(value).ok, String(value)).to.equal(false);
  });
});

describe('parseFigures', () => {
  it('reads the seed document with its source, notes and totals kept apart', async () => {
    const result = parseFigures(await seed());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.document.rows.map((r) => `${r.area} ${r.period} ${r.value}`)).to.deep.equal([
      'Lincolnshire 2015/16 112',
      'Lincolnshire 2016/17 58',
      'Lancashire 2018/19 67',
      'Lancashire 2019/20 419',
    ]);
    expect(result.document.totals.map((r) => r.value)).to.deep.equal([3903, 10391]);
    expect(result.document.source?.name).to.contain('NSPCC');
    expect(result.document.rows[0]!.cite).to.equal('004_5097e6866b8c6d29.txt');
  });

  it('never shows a reader "null": the shipped notes say "no figure" instead (the files themselves unchanged)', async () => {
    for (const file of ['/data/figures-seed.json', '/data/figures-press.json']) {
      const raw = (await (await fetch(file)).json()) as { notes: string };
      expect(raw.notes, `${file} as published`).to.match(/\bnull\b/);
      const result = parseFigures(raw);
      if (!result.ok) throw new Error(file);
      expect(result.document.notes, file).not.to.match(/null/i);
    }
    expect(notesForReaders("Forces that did not answer have no figure for that year (null), which is not zero.")).to.equal(
      'Forces that did not answer have no figure for that year, which is not zero.',
    );
    expect(notesForReaders('A missing year is unknown; null means the force gave no figure.')).to.equal('A missing year is unknown; “no figure” means the force gave no figure.');
    expect(notesForReaders('Nullable and annulled stay.')).to.equal('Nullable and annulled stay.');
  });

  it('never shows a reader the project\'s "seed articles": the seed file\'s source reads "as reported by the local press" (the file itself unchanged)', async () => {
    const raw = (await (await fetch('/data/figures-seed.json')).json()) as { source: { name: string } };
    expect(raw.source.name, 'as published').to.contain('as reported in the seed articles');
    const result = parseFigures(raw);
    if (!result.ok) throw new Error('seed data should parse');
    expect(result.document.source?.name).to.equal('NSPCC Freedom of Information requests to police forces, as reported by the local press');
  });

  it('keeps a null figure as null (Dyfed-Powys 2018/19 gave none)', async () => {
    const result = parseFigures(await press());
    if (!result.ok) throw new Error('press data should parse');
    const row = result.document.rows.find((r) => r.area === 'Dyfed-Powys' && r.period === '2018/19');
    expect(row?.value).to.equal(null);
    expect(result.document.rows).to.have.length(87);
    expect(result.document.regionTotals).to.have.length(15);
  });

  it('accepts a bare array of rows', () => {
    const result = parseFigures([{ area: 'Kent', period: '2019/20', value: 735 }]);
    expect(result.ok && result.document.rows[0]!.value).to.equal(735);
    expect(result.ok && result.document.measure).to.equal('offences');
  });

  it('names the row and field of a bad figure, and keeps the good rows', () => {
    const result = parseFigures({ rows: [{ area: 'Kent', period: '2018/19', value: 490 }, { area: 'Kent', period: '2019/20', value: 'lots' }] });
    expect(result.ok).to.equal(true);
    expect(result.dropped).to.deep.equal([{ reason: 'invalid-value', row: 2, field: 'value', value: 'lots' }]);
  });

  it('drops the second row for the same area and period', () => {
    const result = parseFigures([
      { area: 'Kent', period: '2019/20', value: 735 },
      { area: 'Kent', period: '2019/20', value: 1 },
    ]);
    expect(result.ok && result.document.rows.map((r) => r.value)).to.deep.equal([735]);
    expect(result.dropped[0]).to.include({ reason: 'duplicate-period', row: 2 });
  });

  it('gives a typed error, not an exception, for documents it cannot use', () => {
    expect(parseFiguresText('{not json')).to.deep.include({ ok: false, error: { reason: 'invalid-json' } });
    expect(parseFiguresText('')).to.deep.include({ ok: false, error: { reason: 'empty-response' } });
    expect(parseFigures({ data: [] })).to.deep.include({ ok: false, error: { reason: 'wrong-shape', field: 'rows' } });
    expect(parseFigures({ rows: [] })).to.deep.include({ ok: false, error: { reason: 'no-rows', field: 'rows' } });
    expect(parseFigures(null).ok).to.equal(false);
    expect(parseFigures(42).ok).to.equal(false);
    const onlyBad = parseFigures([{ area: 'Kent', period: '2019/20', value: -5 }]);
    expect(onlyBad).to.deep.include({ ok: false, error: { reason: 'invalid-value', row: 1, field: 'value', value: '-5' } });
  });

  it('keeps labels as plain text, whatever they contain', () => {
    const result = parseFigures([{ area: '<img src=x onerror=alert(1)>', period: '2019/20', value: 1 }]);
    expect(result.ok && result.document.rows[0]!.area).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('the row limit (10,000: a long trend, issue 19)', () => {
  const years = (count: number) => Array.from({ length: count }, (_, i) => String(i).padStart(4, '0'));
  it('reads a document of 10,000 rows and draws its series in order', () => {
    const result = parseFigures({ rows: years(10000).map((period, i) => ({ area: 'Kent', period, value: i })) });
    expect(result.ok && result.document.rows.length).to.equal(10000);
    const series = result.ok ? selectSeries(result.document, 'Kent') : undefined;
    expect(series?.ok && series.series.points.length).to.equal(10000);
    expect(series?.ok && series.series.points.at(-1)).to.deep.equal({ period: '9999', value: 9999 });
  });
  it('refuses 10,001 rows, in a file or in attributes, before reading them', () => {
    const rows = Array.from({ length: 10001 }, (_, i) => ({ area: `Force ${i}`, period: '2019/20', value: i }));
    expect(parseFigures({ rows })).to.deep.equal({ ok: false, error: { reason: 'too-many-rows', value: '10001' }, dropped: [] });
    const labels = years(10000).concat('2019').join(',');
    expect(rowsFromLists(labels, labels, 'period', { area: 'Kent' })).to.deep.equal({ ok: false, error: { reason: 'too-many-rows', value: '10001' }, dropped: [] });
    expect(rowsFromLists(years(10000).join(','), years(10000).join(','), 'period', { area: 'Kent' }).ok).to.equal(true);
  });
});

describe('periods', () => {
  it('parsePeriod reads financial years and plain years', () => {
    expect(parsePeriod('2015/16')).to.include({ start: 2015, end: 2016, style: 'short' });
    expect(parsePeriod('1999/00')).to.include({ start: 1999, end: 2000 });
    expect(parsePeriod('2019-2020')).to.include({ start: 2019, end: 2020, style: 'long' });
    expect(parsePeriod('2019')).to.include({ start: 2019, style: 'single' });
    expect(parsePeriod('2015/17')).to.equal(undefined);
    expect(parsePeriod('last year')).to.equal(undefined);
  });
  it('comparePeriods sorts in natural order', () => {
    expect(['2019/20', '2015/16', '2016/17', '2014/15'].sort(comparePeriods)).to.deep.equal(['2014/15', '2015/16', '2016/17', '2019/20']);
  });
  it('periodTimeline writes in missing years so they show as gaps', () => {
    expect(periodTimeline(['2018/19', '2015/16', '2016/17'])).to.deep.equal(['2015/16', '2016/17', '2017/18', '2018/19']);
    expect(periodTimeline(['Q2', 'Q1'])).to.deep.equal(['Q2', 'Q1']);
  });
});

describe('selectSeries', () => {
  const doc = (): FiguresDocument => {
    const result = parseFigures({
      rows: [
        { area: 'Lincolnshire', period: '2016/17', value: 58 },
        { area: 'Lincolnshire', period: '2015/16', value: 112 },
        { area: 'Lincolnshire', period: '2018/19', value: 199 },
        { area: 'Kent', period: '2019/20', value: 735 },
      ],
      totals: [{ area: 'All responding forces', period: '2019/20', value: 10391 }],
    });
    if (!result.ok) throw new Error('fixture');
    return result.document;
  };
  it('picks one force, sorted, with the unknown year as a gap', () => {
    const result = selectSeries(doc(), 'lincolnshire');
    expect(result.ok && result.series.points).to.deep.equal([
      { period: '2015/16', value: 112 },
      { period: '2016/17', value: 58 },
      { period: '2017/18', value: null },
      { period: '2018/19', value: 199 },
    ]);
  });
  it('limits to from/to and says when a period is absent', () => {
    const result = selectSeries(doc(), 'Lincolnshire', '2016/17', '2017/18');
    expect(result.ok && result.series.points.map((p) => p.period)).to.deep.equal(['2016/17', '2017/18']);
    expect(selectSeries(doc(), 'Lincolnshire', '2030/31')).to.deep.equal({ ok: false, reason: 'period-not-found', value: '2030/31' });
  });
  it('uses national totals when no area is named, and never mixes them into a force', () => {
    const result = selectSeries(doc());
    expect(result.ok && result.series.area).to.equal('All responding forces');
    expect(selectSeries(doc(), 'Atlantis')).to.deep.equal({ ok: false, reason: 'area-not-found', value: 'Atlantis' });
  });
});

describe('inline data', () => {
  it('rowsFromLists pairs periods with values', () => {
    const result = rowsFromLists('2018/19,2019/20', '67,419', 'period', { area: 'Lancashire' });
    expect(result.ok && result.document.rows).to.deep.equal([
      { area: 'Lancashire', period: '2018/19', value: 67 },
      { area: 'Lancashire', period: '2019/20', value: 419 },
    ]);
  });
  it('rowsFromLists reads values with thousands separators when lists use ;', () => {
    const result = rowsFromLists('2015/16;2019/20', '3,903;10,391', 'period', { area: 'England and Wales' });
    expect(result.ok && result.document.rows.map((r) => r.value)).to.deep.equal([3903, 10391]);
  });
  it('rowsFromLists refuses lists of different lengths', () => {
    expect(rowsFromLists('2018/19,2019/20', '67', 'period', {})).to.deep.include({ ok: false });
  });
  it('rowsFromTable reads a two-column table and one with named columns', () => {
    const simple = rowsFromTable(
      [
        ['Year', 'Offences'],
        ['2015/16', '112'],
        ['2016/17', '58'],
      ],
      true,
      'period',
      { area: 'Lincolnshire' },
    );
    expect(simple.ok && simple.document.rows.map((r) => [r.period, r.value])).to.deep.equal([
      ['2015/16', 112],
      ['2016/17', 58],
    ]);
    const named = rowsFromTable(
      [
        ['Offences', 'Force'],
        ['628', 'Greater Manchester'],
        ['no figure', 'Cumbria'],
      ],
      true,
      'area',
      { period: '2018/19' },
    );
    expect(named.ok && named.document.rows.map((r) => [r.area, r.value])).to.deep.equal([
      ['Greater Manchester', 628],
      ['Cumbria', null],
    ]);
  });
});
