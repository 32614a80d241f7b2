import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { ImportError } from '@/lib/services/release-import/import-error';
import { MAX_RELEASE_FILE_BYTES } from '@/lib/services/release-import/prepare-editions';
import { readReleaseFile } from '@/lib/services/release-import/read-release-file';
import { releaseDocx } from '@/tests/helpers/release-docx';

const EN_TEXT = fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'release-2024-01-en.md'), 'utf8');

async function refusal(fileName: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await readReleaseFile({ fileName, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('readReleaseFile', () => {
  it('takes a UTF-8 text as it is, whatever its name', async () => {
    const bytes = new TextEncoder().encode(EN_TEXT);
    expect(await readReleaseFile({ fileName: 'release.txt', bytes })).toEqual({ fileName: 'release.txt', bytes, format: 'text' });
  });

  it('converts a Word document, sniffed from its bytes, to the release text: headings, bold titles, links, periods intact', async () => {
    const file = await readReleaseFile({ fileName: 'release.bin', bytes: await releaseDocx(EN_TEXT) });
    expect(file.format).toBe('docx');
    const lines = file.text!.split('\n');
    expect(lines).toContain('01-31.01.2024');
    expect(lines).toContain('## REPUBLIC OF KAZAKHSTAN');
    expect(lines).toContain('**RUSSIAN FEDERATION**');
    expect(lines).toContain('**KAKTUSMEDIA**');
    expect(lines).toContain('<https://sng.fm/bishkek/31082-premer-ministr-kirgizii-prizval-borotsja-s-rasprostraneniem-narkotikov.html>');
  });

  it('refuses a picture, another zip, an old binary Word file, a Latin-1 text and an oversized file with a clear reason', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
    const picture = await refusal('release.docx', png);
    expect(picture.code).toBe('unsupported_type');
    expect(picture.message).toBe('release.docx is neither a UTF-8 text (.txt, .md) nor a Word document (.docx) but image/png.');
    const latin1 = await refusal('release.md', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(latin1).toMatchObject({ code: 'unsupported_type', params: { fileName: 'release.md', detected: '' } });
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal('old.doc', cfb)).code).toBe('unsupported_type');
    expect((await refusal('huge.md', new Uint8Array(MAX_RELEASE_FILE_BYTES + 1))).code).toBe('too_large');
  });

  it('refuses a damaged Word document as unreadable', async () => {
    const good = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] })));
    // The zip's entries announce a Word document, but the body is cut off.
    const damaged = good.slice(0, Math.floor(good.length / 2));
    const error = await refusal('damaged.docx', damaged);
    expect(['docx_unreadable', 'unsupported_type']).toContain(error.code);
  });
});
