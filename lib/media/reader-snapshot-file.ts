import fs from 'node:fs';
import path from 'node:path';
import type { EditionData } from '@/lib/domain/edition';
import { parseReaderSnapshot, readerSnapshotOf, type ReaderSnapshot } from '@/lib/domain/reader-snapshot';
import { resolveDataPath } from './data-dir';

/** releases/2024/1/r1-en.pdf → releases/2024/1/r1-en.json */
export function readerSnapshotPath(pdfPath: string): string {
  return pdfPath.replace(/\.pdf$/i, '') + '.json';
}

/**
 * Stores the reader's copy of a published edition next to its PDF (`pdfPath` relative to the data
 * directory). The publish service calls it with the same EditionData it rendered, before it
 * commits; like the PDF, it is written once and never replaced.
 */
export async function writeReaderSnapshot(pdfPath: string, data: EditionData): Promise<string> {
  const target = resolveDataPath(readerSnapshotPath(pdfPath));
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.promises.writeFile(temporary, JSON.stringify(readerSnapshotOf(data)));
  await fs.promises.rename(temporary, target);
  return target;
}

export function readReaderSnapshot(pdfPath: string): ReaderSnapshot | null {
  try {
    return parseReaderSnapshot(fs.readFileSync(resolveDataPath(readerSnapshotPath(pdfPath)), 'utf8'));
  } catch {
    return null;
  }
}
