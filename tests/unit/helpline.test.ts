import { expect } from '@open-wc/testing';
import { HELPLINE_PRESETS, EMERGENCY } from '../../src/helpline/presets.js';
import { resolveServices } from '../../src/helpline/resolve.js';
import { mailtoHref, safeWebUrl, telHref } from '../../src/helpline/sanitise.js';
import { ShiftCounter } from '../../src/helpline/shift-counter.js';
import { cyHelpline } from '../../src/i18n/cy-helpline.js';
import { cyStrip } from '../../src/i18n/cy-strip.js';
import { helplineMessagesFor } from '../../src/i18n/helpline.js';
import { enHelpline } from '../../src/i18n/en-helpline.js';
import '../../src/i18n/index.js';

interface HelplinesFile {
  emergency: { phone: string };
  services: { id: string; name: string; audience: string; phone?: string; email?: string; url?: string; cost?: string; hours?: { text: string; as_of: string | null } }[];
}

describe('helpline presets', () => {
  // data/helplines.json is checked against the research copy's SHA-256 in shipped-data.test.ts.
  for (const [label, url] of [['the project copy', '/data/helplines.json']]) {
    it(`match ${label} of helplines.json field by field`, async () => {
      const file = (await (await fetch(url!)).json()) as HelplinesFile;
      expect(Object.keys(HELPLINE_PRESETS)).to.deep.equal(file.services.map((s) => s.id));
      for (const service of file.services) {
        const preset = HELPLINE_PRESETS[service.id]!;
        expect(preset.name).to.equal(service.name);
        expect(preset.audience).to.equal(service.audience);
        expect(preset.phone).to.equal(service.phone);
        expect(preset.email).to.equal(service.email);
        expect(preset.url).to.equal(service.url);
        expect(preset.cost).to.equal(service.cost);
        expect(preset.hours).to.equal(service.hours?.text);
        expect(preset.hoursAsOf ?? null).to.equal(service.hours ? service.hours.as_of : null);
      }
      expect(EMERGENCY.phone).to.equal(file.emergency.phone);
    });
  }
});

describe('helpline presets in Welsh', () => {
  it('the Welsh words are the `cy` objects of data/helplines.json, field by field, for every service', async () => {
    const file = (await (await fetch('/data/helplines.json')).json()) as { services: { id: string; cy: Record<string, string> }[] };
    for (const service of file.services) {
      const { source, ...words } = service.cy;
      expect(source, service.id).to.be.a('string');
      expect(cyHelpline.services![service.id], service.id).to.deep.equal(words);
    }
    expect(Object.keys(cyHelpline.services!)).to.deep.equal(file.services.map((s) => s.id));
  });

  it("a Welsh panel takes Welsh words but the English number and addresses, and a page's own hours still win", () => {
    const { services } = resolveServices('nspcc childline', { hours: 'Bob dydd' }, cyHelpline.services);
    expect(services[0]!.name).to.equal('Llinell Gymorth yr NSPCC');
    expect(services[0]!.for).to.equal("Oedolion sy'n poeni am blentyn");
    expect(services[0]!.hours).to.equal('Bob dydd');
    expect([services[0]!.telHref, services[0]!.mailtoHref, services[0]!.webHref]).to.deep.equal([
      'tel:+448088005000',
      'mailto:help@nspcc.org.uk',
      'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/',
    ]);
    expect(services[1]!.name).to.equal('Childline');
    expect(services[1]!.cost).to.equal('Am ddim, a fydd y rhif ddim yn dangos ar eich bil ffôn');
    expect(services[1]!.telHref).to.equal('tel:+448001111');
  });
});

describe('sanitise', () => {
  it('telHref writes UK numbers in international form', () => {
    expect(telHref('0808 800 5000')).to.equal('tel:+448088005000');
    expect(telHref('0800 1111')).to.equal('tel:+448001111');
    expect(telHref('999')).to.equal('tel:999');
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
    expect(telHref('0808 800 5000?x=<b>')).to.equal(undefined);
  });
  it('mailtoHref takes one plain address only', () => {
    expect(mailtoHref('help@nspcc.org.uk')).to.equal('mailto:help@nspcc.org.uk');
    expect(mailtoHref('a@b.com?bcc=c@d.com')).to.equal(undefined);
    expect(mailtoHref('a@b.com,c@d.com')).to.equal(undefined);
  });
  it('mailtoHref refuses encoded line breaks and any other escape, which a mail program may decode into headers', () => {
    for (const bad of ['help%0D%0A@nspcc.org.uk', 'help@nspcc.org.uk%0D%0A.com', 'a%0d%0abcc@x.org', 'help@nspcc%0A.org.uk', 'help%40x@nspcc.org.uk', 'help@nspcc.org.uk%0D%0ABcc%3Aa%40b.com'])
      expect(mailtoHref(bad), bad).to.equal(undefined);
  });
  it('safeWebUrl allows http(s) only', () => {
    expect(safeWebUrl('https://www.childline.org.uk/')).to.equal('https://www.childline.org.uk/');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:msgbox(1)', 'mailto:x@y.z'])
      expect(safeWebUrl(bad), bad).to.equal(undefined);
  });
});

describe('resolveServices', () => {
  it('gives the presets in the order written', () => {
    const { services, problems } = resolveServices('childline nspcc');
    expect(services.map((s) => s.name)).to.deep.equal(['Childline', 'NSPCC Helpline']);
    expect(problems).to.deep.equal([]);
  });
  it('falls back to the NSPCC Helpline for an unknown preset, and says so', () => {
    const { services, problems } = resolveServices('nope');
    expect(services.map((s) => s.telHref)).to.deep.equal(['tel:+448088005000']);
    expect(problems).to.deep.equal([{ reason: 'unknown-preset', field: 'preset', value: 'nope' }]);
  });
  it('drops an unsafe link and keeps the safe fields', () => {
    const { services, problems } = resolveServices(null, { name: 'Our line', phone: '0800 000 000', url: 'javascript:alert(1)' });
    expect(services[0]).to.include({ name: 'Our line', telHref: 'tel:+44800000000' });
    expect(services[0]!.webHref).to.equal(undefined);
    expect(problems).to.deep.equal([{ reason: 'unsafe-url', field: 'url' }]);
  });
});

describe('ShiftCounter', () => {
  const press = (counter: ShiftCounter, keys: [string, boolean][], start = 0) => keys.map(([key, shift], i) => counter.keyup(key, shift, start + i * 100));
  it('three Shift presses leave the page', () => {
    expect(press(new ShiftCounter(), [['Shift', false], ['Shift', false], ['Shift', false]])).to.deep.equal([2, 1, 0]);
  });
  it('typing capitals does not count', () => {
    // Shift held for "A", "B", "C": each letter's keyup has shiftKey, then Shift's own keyup.
    const results = press(new ShiftCounter(), [
      ['A', true],
      ['Shift', false],
      ['B', true],
      ['Shift', false],
      ['C', true],
      ['Shift', false],
    ]);
    expect(results.includes(0)).to.equal(false);
  });
  it('presses spread over more than five seconds start again', () => {
    const counter = new ShiftCounter();
    counter.keyup('Shift', false, 0);
    counter.keyup('Shift', false, 1000);
    expect(counter.keyup('Shift', false, 7000)).to.equal(2);
  });
});

describe("the compact strip's Welsh words, with the charts at once", () => {
  it('are the same words as the Welsh word file, and the same names as data/helplines.json', async () => {
    for (const key of ['call', 'email', 'website'] as const) expect(cyStrip[key]('X'), key).to.equal(cyHelpline[key]('X'));
    for (const audience of ['adults', 'children', 'all'] as const) expect(cyStrip.helplineHeading(audience)).to.equal(cyHelpline.helplineHeading(audience));
    expect(cyStrip.quickExit).to.equal(cyHelpline.quickExit);
    expect(cyStrip.serviceNameFallback).to.equal(cyHelpline.serviceNameFallback);
    // Every service whose name is Welsh has it in the strip; the others keep their own names in both.
    for (const [id, words] of Object.entries(cyHelpline.services!)) expect((cyStrip.services as Record<string, { name?: string }>)[id]?.name, id).to.equal(words.name);
  });

  it("a compact strip on a Welsh page is in Welsh before the word file comes (the charts' bundle carries them); a full panel waits", () => {
    // This test never loads the Welsh word file: what is here is only what the bundle carries.
    const strip = helplineMessagesFor('cy', true);
    expect(strip.helplineHeading('adults')).to.equal('Yn poeni am blentyn?');
    expect(resolveServices('nspcc', {}, strip.services).services[0]!.name).to.equal('Llinell Gymorth yr NSPCC');
    expect(helplineMessagesFor('cy-GB', true).call('X')).to.equal('Ffonio X');
    expect(helplineMessagesFor('cy')).to.equal(enHelpline);
    expect(helplineMessagesFor('fr', true)).to.equal(enHelpline);
    expect(helplineMessagesFor('__proto__', true)).to.equal(enHelpline);
  });
});
