import { expect } from '@open-wc/testing';
import { cy } from '../../src/i18n/cy.js';
import { en } from '../../src/i18n/en.js';
import { languageReady, messagesFor } from '../../src/i18n/index.js';
import { trendHeadline } from '../../src/chart/headline.js';
import { rankRows, standing } from '../../src/chart/rank.js';
import { formatCount } from '../../src/chart/format.js';

const f = (n: number) => formatCount(n, 'cy');

describe('Welsh catalogue', () => {
  it('has every message the English one has, of the same kind', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(typeof cy[key], key).to.equal(typeof en[key]);
  });

  it('is loaded on first use, then chosen by lang="cy" and by regional tags such as cy-GB', async () => {
    // English pages never download the Welsh words: they arrive when a Welsh element asks.
    const loading = languageReady('cy-GB');
    if (loading) {
      expect(messagesFor('cy')).to.equal(en);
      await loading;
    }
    expect(languageReady('cy')).to.equal(undefined);
    expect(languageReady('fr')).to.equal(undefined);
    expect(messagesFor('cy')).to.equal(cy);
    expect(messagesFor('cy-GB')).to.equal(cy);
    expect(messagesFor('fr')).to.equal(en);
  });

  it('says the Lancashire change as Welsh news does', () => {
    const h = trendHeadline([
      { period: '2018/19', value: 67 },
      { period: '2019/20', value: 419 },
    ]);
    expect(cy.trendLine(h.lead, f)).to.equal('Cynnydd o 525% ers 2018/19');
    expect(cy.trendSummary('Lancashire', 'offences', h, f)).to.equal("Lancashire: 419 o droseddau yn 2019/20, o'i gymharu â 67 yn 2018/19 (cynnydd o 525%).");
    const down = trendHeadline([
      { period: '2015/16', value: 112 },
      { period: '2016/17', value: 58 },
    ]);
    expect(cy.trendLine(down.lead, f)).to.equal('Gostyngiad o 48% ers 2015/16');
  });

  it('formats numbers for Welsh readers with the same grouping', () => {
    expect(f(10391)).to.equal('10,391');
  });

  it('ranks with Welsh region names and no mutation of inserted names', () => {
    const ranked = rankRows([
      { area: 'Greater Manchester', value: 5 },
      { area: 'Lancashire', value: 4 },
      { area: 'Merseyside', value: 3 },
      { area: 'Cheshire', value: 2 },
      { area: 'Cumbria', value: 1 },
    ]);
    expect(cy.rankHeadline(standing(ranked, 'Lancashire', 0), 'North West', '2019/20', f)).to.equal('Lancashire: safle 2 o 5 ymhlith heddluoedd Gogledd-orllewin Lloegr');
    expect(cy.rankKicker('Wales', '2018/19', 4, 4)).to.equal('Cymru, 2018/19');
    expect(cy.rankKicker(undefined, '2018/19', 46, 46)).to.equal("Pob un o'r 46 heddlu, 2018/19");
  });

  it('uses GOV.UK Frontend’s Welsh for "Exit this page" and counts Shift presses in words', () => {
    expect(cy.quickExit).to.equal('Gadael y dudalen hon');
    expect(cy.quickExitPressesLeft(2)).to.equal('Shift, pwyswch ddwywaith eto i adael.');
    expect(cy.quickExitPressesLeft(1)).to.equal('Shift, pwyswch unwaith eto i adael.');
  });

  it('puts the 999 link where Welsh puts it', () => {
    // A no-break space: "ffoniwch 999" never splits across lines.
    expect(cy.emergency('999').join('')).to.equal('Os yw plentyn mewn perygl uniongyrchol, ffoniwch\u00a0999.');
  });
});
