import path from 'node:path';
import sharp from 'sharp';
import { openDatabase } from '@/lib/db/client';
import { findArticle } from '@/lib/db/queries/articles';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { saveArticle } from '@/lib/services/save-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { uploadPhoto } from '@/lib/services/upload-photo';
import { SERVER_DATABASE } from './desk-articles';

export interface PhotoArticle {
  countryCode: string;
  eventDate: string;
  titleEn: string;
  titleRu: string;
  bodyEn: string;
  bodyRu: string;
  digestEn: string;
  digestRu: string;
  source: string;
  captionEn: string;
  captionRu: string;
}

/**
 * An approved article with a photo, written through the editorial services straight into the web
 * server's database and data directory (the setup of a spec; the editor has its own specs).
 */
export async function approveArticleWithPhoto(spec: PhotoArticle): Promise<number> {
  process.env.DATA_DIR = path.dirname(SERVER_DATABASE);
  const db = openDatabase(SERVER_DATABASE, { migrate: false });
  try {
    const created = createArticle(db, SYSTEM_ACTOR, { countryCode: spec.countryCode, eventDate: spec.eventDate });
    saveArticle(db, SYSTEM_ACTOR, {
      id: created.id,
      expectedVersion: created.version,
      countryCode: spec.countryCode,
      eventDate: spec.eventDate,
      outlet: 'POLISIA.KZ',
      titleEn: spec.titleEn,
      titleRu: spec.titleRu,
      bodyEn: spec.bodyEn,
      bodyRu: spec.bodyRu,
      digestEn: spec.digestEn,
      digestRu: spec.digestRu,
      sources: [spec.source],
    });
    const bytes = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 90, g: 120, b: 60 } } }).jpeg().toBuffer();
    await uploadPhoto(db, SYSTEM_ACTOR, { articleId: created.id, bytes, captionEn: spec.captionEn, captionRu: spec.captionRu, creditEn: 'polisia.kz', creditRu: 'polisia.kz' });
    transitionArticle(db, SYSTEM_ACTOR, { id: created.id, transition: 'submit' });
    transitionArticle(db, SYSTEM_ACTOR, { id: created.id, transition: 'approve', expectedVersion: findArticle(db, created.id)!.version });
    return created.id;
  } finally {
    db.$client.close();
  }
}
