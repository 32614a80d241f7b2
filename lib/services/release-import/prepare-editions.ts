import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DbOrTx } from '@/lib/db/client';
import { listCountryNames } from '@/lib/db/queries/country-names';
import { ISSUE_YEAR_MAX, ISSUE_YEAR_MIN, isIssueYear } from '@/lib/domain/issue-numbering';
import { parseReleaseText, type ParsedRelease, type ParseIssue } from '@/lib/domain/release-text';
import { ValidationError } from '../errors';
import { ImportError } from './import-error';

/** The largest release file taken (a text edition is about 100 kB; the desk form has its own, smaller limit: DESK_UPLOAD_LIMIT_BYTES). */
export const MAX_RELEASE_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Per file in the desk form: both files travel in one server action, whose body the front server
 * and Next refuse above 1 MB (server/request-guard.ts). A release text is 50-100 kB; a Word file
 * with its pictures is larger and goes through `npm run import` (or a copy without pictures).
 */
export const DESK_UPLOAD_LIMIT_BYTES = 480 * 1024;

/**
 * One edition's file. `text` is the text the parser reads when the file is not itself that text
 * (a Word document converted by lib/release-upload); otherwise the bytes are read as UTF-8.
 */
export const releaseFileSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array).refine((b) => b.byteLength <= MAX_RELEASE_FILE_BYTES, 'too_big'),
  text: z.string().max(4 * MAX_RELEASE_FILE_BYTES).optional(),
  format: z.enum(['text', 'docx']).default('text'),
});

/** One file, or the two editions of one issue (English and Russian) at once. */
export const releaseImportSchema = z.object({ files: z.array(releaseFileSchema).min(1).max(2) });

export type ReleaseFileInput = z.input<typeof releaseFileSchema>;
export type ReleaseImportInput = z.input<typeof releaseImportSchema>;

export interface PreparedEdition {
  fileName: string;
  format: 'text' | 'docx';
  sha256: string;
  release: ParsedRelease;
  /** The parser's warnings; the import adds its own. */
  warnings: ParseIssue[];
}

/**
 * Validates the input and parses every file (no writing). Two files must be the two editions of
 * one issue; they come back English first, so that the English text creates and the Russian fills.
 */
export function prepareEditions(db: DbOrTx, input: ReleaseImportInput): PreparedEdition[] {
  const parsed = releaseImportSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const countries = listCountryNames(db);
  const editions = parsed.data.files.map((file) => {
    const text = file.text ?? decodeUtf8(file.bytes, file.fileName);
    const result = parseReleaseText(text, countries);
    if (!result.ok) {
      const where = file.format === 'docx' ? ' (line numbers of the text converted from the Word document)' : '';
      throw new ImportError(`${file.fileName} cannot be imported${where}:`, 'parse', { fileName: file.fileName, format: file.format }, result.errors);
    }
    const release = result.release;
    if (!isIssueYear(release.year)) {
      throw new ImportError(
        `${file.fileName} is for ${release.year}; issues belong to the years ${ISSUE_YEAR_MIN} to ${ISSUE_YEAR_MAX}.`,
        'year_range',
        { fileName: file.fileName, year: release.year, min: ISSUE_YEAR_MIN, max: ISSUE_YEAR_MAX },
      );
    }
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    return { fileName: file.fileName, format: file.format, sha256, release, warnings: [...result.warnings] };
  });
  if (editions.length === 2) checkPair(editions[0]!, editions[1]!);
  return editions.sort((a, b) => (a.release.lang === b.release.lang ? 0 : a.release.lang === 'en' ? -1 : 1));
}

function checkPair(a: PreparedEdition, b: PreparedEdition): void {
  if (a.release.lang === b.release.lang) {
    throw new ImportError(`${a.fileName} and ${b.fileName} are both the ${a.release.lang === 'en' ? 'English' : 'Russian'} edition.`, 'same_language', {
      first: a.fileName,
      second: b.fileName,
    });
  }
  if (a.release.year !== b.release.year || a.release.number !== b.release.number) {
    throw new ImportError(
      `${a.fileName} is issue #${a.release.number}/${a.release.year} but ${b.fileName} is issue #${b.release.number}/${b.release.year}.`,
      'different_issues',
      { first: a.fileName, second: b.fileName, firstIssue: `#${a.release.number}/${a.release.year}`, secondIssue: `#${b.release.number}/${b.release.year}` },
    );
  }
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${fileName} is not a UTF-8 text file (binary content?); nothing was imported.`, 'not_utf8', { fileName });
  }
}
