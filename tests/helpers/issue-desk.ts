import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import { getDb } from '@/lib/db/instance';
import type { EditionData } from '@/lib/domain/edition';
import { userActor, type Actor } from '@/lib/services/actor';
import { createIssue } from '@/lib/services/create-issue';
import { hashEdition } from '@/lib/services/render-edition';
import type { EditionRenderer, RenderedPdf } from '@/lib/services/rendering/rendered-pdf';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { setIssueArticles } from '@/lib/services/set-issue-articles';
import { createApprovedArticle, type ArticleSpec } from './approved-articles';
import { createTestUser, useTemporaryAppData } from './test-app';

export interface DeskSetup {
  db: Db;
  dir: string;
  dbPath: string;
  chief: Actor;
  editor: Actor;
  admin: Actor;
}

/** A fresh database and data directory with reference data and one user per role. */
export async function setupDesk(): Promise<DeskSetup> {
  const { dir, dbPath } = useTemporaryAppData();
  const db = getDb();
  seedReferenceData(db);
  const [chief, editor, admin] = await Promise.all([createTestUser(db, 'chief'), createTestUser(db, 'editor'), createTestUser(db, 'admin')]);
  return { db, dir, dbPath, chief: userActor(chief), editor: userActor(editor), admin: userActor(admin) };
}

/** A stand-in for the PDF renderer: small, deterministic bytes per edition content; counts its calls. */
export function fakeRenderer(): EditionRenderer & { calls: EditionData[] } {
  const calls: EditionData[] = [];
  const render = async (data: EditionData): Promise<RenderedPdf> => {
    calls.push(data);
    const articles = data.sections.flatMap((s) => s.articles);
    const sectionPages = Object.fromEntries(data.sections.map((s, i) => [s.countryCode, i + 3]));
    const articlePages = Object.fromEntries(articles.map((a, i) => [String(a.id), 3 + Math.floor(i / 2)]));
    const pdf = Buffer.from(`%PDF-1.7\n% fake ${data.lang} edition of #${data.number}/${data.year} ${hashEdition(data)}\n%%EOF\n`);
    return { pdf, pageCount: 4 + articles.length, sectionPages, articlePages };
  };
  return Object.assign(render, { calls });
}

export const MARCH_2024 = { periodStart: '2024-03-01', periodEnd: '2024-03-31' };

/** An issue of March 2024 holding approved articles made from the specs (default: two Kazakh, one Chinese). */
export function assembledIssue(
  db: Db,
  chief: Actor,
  specs: Array<Partial<ArticleSpec>> = [{ countryCode: 'KZ' }, { countryCode: 'CN' }, { countryCode: 'KZ' }],
): { issueId: number; articleIds: number[]; year: number; number: number } {
  const articleIds = specs.map((spec, i) =>
    createApprovedArticle(db, chief, { countryCode: 'KZ', eventDate: `2024-03-${String(10 + i).padStart(2, '0')}`, ...spec }),
  );
  const issue = createIssue(db, chief, MARCH_2024);
  setIssueArticles(db, chief, { issueId: issue.id, add: articleIds });
  return { issueId: issue.id, articleIds, year: issue.year, number: issue.number };
}

/** Every file under DATA_DIR/releases, relative, sorted. */
export function releaseTree(dataDir: string): string[] {
  const root = path.join(dataDir, 'releases');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dataDir, path.join(e.parentPath, e.name)))
    .sort();
}
