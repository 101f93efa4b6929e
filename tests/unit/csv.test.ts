import { expect } from '@open-wc/testing';
import { csvCell, csvFilename, toCsv } from '../../src/data/csv.js';

describe('csv', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv([['Period', 'Offences'], ['2018/19', 67]])).to.equal('\ufeffPeriod,Offences\r\n2018/19,67\r\n');
  });
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Devon, Cornwall')).to.equal('"Devon, Cornwall"');
    expect(csvCell('the "cyber flag"')).to.equal('"the ""cyber flag"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
  });
  it('leaves a no-figure cell empty, never 0', () => {
    expect(csvCell(null)).to.equal('');
    expect(csvCell(0)).to.equal('0');
  });
  it('keeps a label that looks like a formula from running in a spreadsheet', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
  });
  it('names the file from the title', () => {
    expect(csvFilename('Online child sexual offences recorded by police Lancashire')).to.equal('online-child-sexual-offences-recorded-by-police-lancashire.csv');
    expect(csvFilename('Ynys Môn / 2019')).to.equal('ynys-mon-2019.csv');
    expect(csvFilename('!!!')).to.equal('figures.csv');
  });
});
