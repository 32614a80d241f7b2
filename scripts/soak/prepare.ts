import sharp from 'sharp';
import { openDatabase } from '@/lib/db/client';
import { SYSTEM_ACTOR, userActor, type Actor } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { createIssue } from '@/lib/services/create-issue';
import { createUser } from '@/lib/services/create-user';
import { saveArticle } from '@/lib/services/save-article';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { setIssueArticles } from '@/lib/services/set-issue-articles';
import { transitionArticle } from '@/lib/services/transition-article';

export interface SoakUser {
  id: number;
  email: string;
  name: string;
  role: 'chief' | 'editor';
  sessionVersion: number;
}

export interface SoakFixture {
  chief: SoakUser;
  editor: SoakUser;
  /** Drafts the editor saves over and over, with their current version. */
  drafts: Array<{ id: number; version: number }>;
  /** Issues ready to publish (approved articles, checks clean), in the order the soak publishes them. */
  issues: Array<{ id: number; year: number; number: number }>;
  /** A JPEG to upload. */
  photo: Buffer;
}

/** A fresh database for the soak, made with the app's own services: two users, drafts, ready issues. */
export async function prepareSoak(databasePath: string, counts: { drafts: number; issues: number }): Promise<SoakFixture> {
  const db = openDatabase(databasePath);
  db.$client.pragma('synchronous = OFF'); // a throwaway database being filled: no need to wait for the disk
  try {
    seedReferenceData(db);
    const make = async (role: 'chief' | 'editor'): Promise<SoakUser> => {
      const row = await createUser(db, SYSTEM_ACTOR, { email: `soak-${role}@example.org`, name: `Soak ${role}`, role, password: 'soak password long enough' });
      return { id: row.id, email: row.email, name: row.name, role, sessionVersion: row.sessionVersion };
    };
    const chief = await make('chief');
    const editor = await make('editor');
    const chiefActor: Actor = userActor(chief);
    const editorActor: Actor = userActor(editor);

    const drafts = Array.from({ length: counts.drafts }, (_, i) => {
      const a = createArticle(db, editorActor, { countryCode: 'KZ', eventDate: '2025-01-15' });
      const saved = saveArticle(db, editorActor, { id: a.id, expectedVersion: a.version, ...texts(`draft ${i}`, 'KZ', '2025-01-15') }).article;
      return { id: saved.id, version: saved.version };
    });

    const issues = [];
    for (let i = 0; i < counts.issues; i += 1) {
      const year = 2020 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, '0');
      const ids = (['KZ', 'CN'] as const).map((country) => {
        const a = createArticle(db, chiefActor, { countryCode: country, eventDate: `${year}-${month}-10` });
        const saved = saveArticle(db, chiefActor, { id: a.id, expectedVersion: a.version, ...texts(`issue ${i} ${country}`, country, `${year}-${month}-10`) }).article;
        transitionArticle(db, chiefActor, { id: a.id, transition: 'submit' });
        transitionArticle(db, chiefActor, { id: a.id, transition: 'approve', expectedVersion: saved.version });
        return a.id;
      });
      const issue = createIssue(db, chiefActor, { periodStart: `${year}-${month}-01`, periodEnd: `${year}-${month}-28` });
      setIssueArticles(db, chiefActor, { issueId: issue.id, add: ids });
      issues.push({ id: issue.id, year: issue.year, number: issue.number });
    }
    const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 40, g: 90, b: 140 } } })
      .jpeg({ quality: 85 })
      .toBuffer();
    return { chief, editor, drafts, issues, photo };
  } finally {
    db.$client.close();
  }
}

/** The editor form's texts for a save, with a title that identifies the save. */
export function texts(title: string, countryCode: string, eventDate: string) {
  return {
    countryCode,
    eventDate,
    outlet: 'Soak Agency',
    titleEn: title,
    titleRu: `Заголовок: ${title}`,
    bodyEn: `Officers seized a consignment in case ${title}. The investigation continues.`,
    bodyRu: `Сотрудники изъяли партию по делу ${title}. Расследование продолжается.`,
    digestEn: `seizure in case ${title}`,
    digestRu: `изъятии по делу ${title}`,
    sources: [`https://news.example.org/${encodeURIComponent(title)}`],
  };
}
