import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectCharset } from '@/lib/net/decode-text';

const RUSSIAN = 'Изъято 15 кг гашиша и мефедрона';

describe('decodeText', () => {
  it('reads UTF-8 when nothing names a charset', () => {
    expect(decodeText(Buffer.from(`<p>${RUSSIAN}</p>`), null, 'html')).toBe(`<p>${RUSSIAN}</p>`);
    expect(decodeText(Buffer.from(RUSSIAN), null, 'text')).toBe(RUSSIAN);
  });

  it('takes windows-1251 from the HTML meta charset when the header names none', () => {
    const html = `<html><head><meta charset="windows-1251"><title>${RUSSIAN}</title></head></html>`;
    expect(decodeText(iconv.encode(html, 'windows-1251'), null, 'html')).toBe(html);
  });

  it('takes the charset from a meta http-equiv Content-Type', () => {
    const html = `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251"></head><body>${RUSSIAN}</body></html>`;
    expect(decodeText(iconv.encode(html, 'windows-1251'), null, 'html')).toBe(html);
  });

  it('takes KOI8-R from the header', () => {
    expect(decodeText(iconv.encode(RUSSIAN, 'koi8-r'), 'KOI8-R', 'html')).toBe(RUSSIAN);
  });

  it('prefers the header over the meta tag', () => {
    const html = `<meta charset="utf-8"><p>${RUSSIAN}</p>`;
    expect(decodeText(iconv.encode(html, 'koi8-r'), 'koi8-r', 'html')).toBe(html);
  });

  it('takes the encoding of an XML prolog', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${RUSSIAN}</title></channel></rss>`;
    expect(decodeText(iconv.encode(xml, 'windows-1251'), null, 'xml')).toBe(xml);
    expect(detectCharset(iconv.encode(xml, 'windows-1251'), null, 'xml')).toBe('windows-1251');
  });

  it('ignores meta tags in XML and JSON, where they mean nothing', () => {
    const text = `{"t":"<meta charset=windows-1251> ${RUSSIAN}"}`;
    expect(decodeText(Buffer.from(text), null, 'json')).toBe(text);
  });

  it('follows a byte order mark when nothing else names the charset, and drops it', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN)]), null, 'text')).toBe(RUSSIAN);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RUSSIAN, 'utf16le')]), null, 'text')).toBe(RUSSIAN);
  });

  it('falls through an unknown label to the next source', () => {
    const html = `<meta charset="windows-1251"><p>${RUSSIAN}</p>`;
    expect(decodeText(iconv.encode(html, 'windows-1251'), 'x-no-such-charset', 'html')).toBe(html);
    expect(detectCharset(Buffer.from('plain'), 'x-no-such-charset', 'text')).toBe('utf-8');
  });
});
