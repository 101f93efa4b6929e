import { expect } from '@open-wc/testing';
import { MAX_VALUE_LENGTH, acceptedHeight, checkSource, readEmbedQuery } from '../../src/embed/query.js';
import { EMBED_SANDBOX, elementHtml, embedUrl, fileUrl, snippet, type SnippetOptions } from '../../src/embed/snippets.js';

const page = 'https://widgets.example/cso/dist/embed.html?el=cso-trend';

describe('readEmbedQuery(search)', () => {
  it('takes the element and its allowed attributes, in order', () => {
    const r = readEmbedQuery('?el=cso-trend&src=../data/f.json&area=Kent&from=2016/17&heading=Kent');
    expect(r.tag).to.equal('cso-trend');
    expect(r.attributes).to.deep.equal([
      ['src', '../data/f.json'],
      ['area', 'Kent'],
      ['from', '2016/17'],
      ['heading', 'Kent'],
    ]);
    expect(r.ignored).to.deep.equal([]);
  });

  it('accepts the builder’s short names', () => {
    expect(readEmbedQuery('el=rank').tag).to.equal('cso-region-rank');
    expect(readEmbedQuery('el=helpline').tag).to.equal('helpline-box');
  });

  it('passes on no inline figures, helpline fields or event handlers, and says what it ignored', () => {
    const r = readEmbedQuery('el=cso-trend&data-values=1,2&data-periods=a,b&onload=x&phone=0900&area=Kent');
    expect(r.attributes).to.deep.equal([['area', 'Kent']]);
    expect(r.ignored).to.deep.equal(['data-values', 'data-periods', 'onload', 'phone']);
    const h = readEmbedQuery('el=helpline-box&preset=childline&phone=0900&name=Fake&email=a@b.c&url=https://evil.example');
    expect(h.attributes).to.deep.equal([['preset', 'childline']]);
  });

  it('keeps the first of a repeated parameter, cuts a very long value, and skips the version', () => {
    const r = readEmbedQuery(`el=cso-trend&v=0.1.0&area=Kent&area=Essex&heading=${'x'.repeat(2000)}`);
    expect(r.attributes[0]).to.deep.equal(['area', 'Kent']);
    expect(r.attributes[1]![1].length).to.equal(MAX_VALUE_LENGTH);
    expect(r.ignored).to.deep.equal([]);
  });

  it('an unknown or missing element is no tag, with what was asked for', () => {
    expect(readEmbedQuery('el=script')).to.include({ tag: undefined, unknownTag: 'script' });
    expect(readEmbedQuery('')).to.include({ tag: undefined, unknownTag: '' });
  });
});

describe('checkSource(src, pageUrl, allowedOrigins)', () => {
  it('allows the page’s own origin, relative or absolute', () => {
    expect(checkSource('../data/figures-press.json', page)).to.deep.equal({ ok: true, url: 'https://widgets.example/cso/data/figures-press.json' });
    expect(checkSource('https://widgets.example/x.json', page).ok).to.equal(true);
  });

  it('refuses another origin, naming it, unless it was listed at build', () => {
    expect(checkSource('https://evil.example/f.json', page)).to.deep.equal({ ok: false, origin: 'https://evil.example' });
    expect(checkSource('http://widgets.example/f.json', page)).to.deep.equal({ ok: false, origin: 'http://widgets.example' });
    expect(checkSource('//evil.example/f.json', page).ok).to.equal(false);
    expect(checkSource('https://data.example/f.json', page, ['https://data.example']).ok).to.equal(true);
  });

  it('refuses what is not a web address', () => {
    expect(checkSource('javascript:alert(1)', page)).to.deep.equal({ ok: false, origin: '' });
    expect(checkSource('data:application/json,[]', page).ok).to.equal(false);
    expect(checkSource('http://[::1', page)).to.deep.equal({ ok: false, origin: '' });
  });
});

describe('acceptedHeight(value)', () => {
  it('takes positive finite pixel counts up to 20000, rounded up', () => {
    expect(acceptedHeight(612.2)).to.equal(613);
    for (const bad of [0, -5, NaN, Infinity, 20001, '600', null, undefined, {}]) expect(acceptedHeight(bad), String(bad)).to.equal(undefined);
  });
});

describe('snippets', () => {
  const integrity = { version: '0.1.0', files: { 'cso-widgets.js': 'sha384-AAA', 'cso-widgets.iife.js': 'sha384-BBB', 'helpline-box.js': 'sha384-CCC', 'helpline-box.iife.js': 'sha384-DDD', 'embed-loader.js': 'sha384-EEE' } };
  const base: SnippetOptions = {
    kind: 'module',
    base: 'https://cdn.example/dist/',
    integrity,
    tag: 'cso-trend',
    attributes: [
      ['src', 'https://cdn.example/data/f.json'],
      ['area', 'Kent'],
    ],
    title: 'Kent',
    height: 640.4,
    loader: true,
  };

  it('puts the version in the address: the path when it names it, else ?v=', () => {
    expect(fileUrl('https://cdn.example/dist/', 'cso-widgets.js', '0.1.0')).to.equal('https://cdn.example/dist/cso-widgets.js?v=0.1.0');
    expect(fileUrl('https://unpkg.com/cso-widgets@0.1.0/dist/', 'cso-widgets.js', '0.1.0')).to.equal('https://unpkg.com/cso-widgets@0.1.0/dist/cso-widgets.js');
  });

  it('module and classic scripts carry integrity and crossorigin; the helpline alone loads its own file', () => {
    expect(snippet(base)).to.equal(
      '<script type="module" src="https://cdn.example/dist/cso-widgets.js?v=0.1.0" integrity="sha384-AAA" crossorigin="anonymous"></script>\n' +
        '<cso-trend src="https://cdn.example/data/f.json" area="Kent"></cso-trend>',
    );
    expect(snippet({ ...base, kind: 'classic' }).split('\n')[0]).to.equal(
      '<script defer src="https://cdn.example/dist/cso-widgets.iife.js?v=0.1.0" integrity="sha384-BBB" crossorigin="anonymous"></script>',
    );
    expect(snippet({ ...base, tag: 'helpline-box', attributes: [['preset', 'childline']] })).to.contain('/helpline-box.js?v=0.1.0" integrity="sha384-CCC"');
    expect(snippet({ ...base, kind: 'classic', tag: 'helpline-box', attributes: [] })).to.contain('/helpline-box.iife.js?v=0.1.0" integrity="sha384-DDD"');
  });

  it('iframe: title, sandbox with top navigation on the reader’s click, a starting height, the loader with its hash', () => {
    const [frame, loader] = snippet({ ...base, kind: 'iframe' }).split('\n');
    expect(frame).to.equal(
      `<iframe data-cso-embed title="Kent" src="https://cdn.example/dist/embed.html?v=0.1.0&amp;el=cso-trend&amp;src=https%3A%2F%2Fcdn.example%2Fdata%2Ff.json&amp;area=Kent" sandbox="${EMBED_SANDBOX}" width="100%" height="641" style="display:block;width:100%;height:641px;border:0"></iframe>`,
    );
    expect(EMBED_SANDBOX).to.contain('allow-top-navigation-by-user-activation');
    expect(EMBED_SANDBOX).not.to.match(/allow-top-navigation(\s|$)/);
    expect(loader).to.equal('<script async src="https://cdn.example/dist/embed-loader.js?v=0.1.0" integrity="sha384-EEE" crossorigin="anonymous"></script>');
    expect(snippet({ ...base, kind: 'iframe', loader: false })).not.to.contain('<script');
  });

  it('escapes every value, in attributes and in the frame’s address', () => {
    const evil = '"><script>alert(1)</script>';
    expect(elementHtml('cso-trend', [['heading', evil]])).to.equal('<cso-trend heading="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></cso-trend>');
    const url = new URL(embedUrl('https://cdn.example/dist/', '0.1.0', 'cso-trend', [['heading', evil]]));
    expect(url.searchParams.get('heading')).to.equal(evil);
    const frame = snippet({ ...base, kind: 'iframe', title: evil, attributes: [['heading', evil]] });
    expect(frame).not.to.contain('<script>');
    expect(frame.match(/<iframe/g)!.length).to.equal(1);
  });
});
