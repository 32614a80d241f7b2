import type { Db } from '@/lib/db/client';
import type { Actor } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { saveArticle } from '@/lib/services/save-article';
import { transitionArticle } from '@/lib/services/transition-article';

export interface ArticleSpec {
  countryCode: string;
  eventDate: string;
  titleEn?: string;
  titleRu?: string;
  bodyEn?: string;
  bodyRu?: string;
  digestEn?: string;
  digestRu?: string;
  sources?: string[];
}

let counter = 0;

/** An article written, submitted and approved through the editorial services, as the desk would. */
export function createApprovedArticle(db: Db, actor: Actor, spec: ArticleSpec): number {
  counter += 1;
  const n = `${Date.now().toString(36)}-${counter}`;
  const created = createArticle(db, actor, { countryCode: spec.countryCode, eventDate: spec.eventDate });
  const saved = saveArticle(db, actor, {
    id: created.id,
    expectedVersion: created.version,
    countryCode: spec.countryCode,
    eventDate: spec.eventDate,
    outlet: '',
    titleEn: spec.titleEn ?? `Police seized heroin in case ${n}`,
    titleRu: spec.titleRu ?? `Полиция изъяла героин, дело ${n}`,
    bodyEn: spec.bodyEn ?? `Officers seized a consignment of drugs in case ${n}. The investigation continues.`,
    bodyRu: spec.bodyRu ?? `Сотрудники изъяли партию наркотиков по делу ${n}. Расследование продолжается.`,
    digestEn: spec.digestEn ?? `seizure of heroin ${n}`,
    digestRu: spec.digestRu ?? `изъятии героина ${n}`,
    sources: spec.sources ?? [`https://news.example.org/${n}`],
  });
  transitionArticle(db, actor, { id: created.id, transition: 'submit' });
  // A spec may leave a language empty on purpose: the approval then needs a reason, given here.
  transitionArticle(db, actor, { id: created.id, transition: 'approve', expectedVersion: saved.article.version, overrideReason: 'Set up by a test.' });
  return created.id;
}
