import type { IntakeLanguage } from '@/lib/db/schema';
import { newsroomDay } from '@/lib/domain/date-format';

/**
 * Which title field an item's title goes to when a draft is made from it. The release has English and
 * Russian titles only: an English item fills the English title, a Russian one the Russian title, and
 * an item in any other language of the region (Kazakh, Uzbek, Kyrgyz…) the Russian side, the language
 * the desk writes first; the editor translates it there (the reference panel shows the original).
 */
export function titleFieldFor(language: IntakeLanguage | null): 'titleEn' | 'titleRu' {
  return language === 'en' ? 'titleEn' : 'titleRu';
}

/**
 * The event date of a draft: the day the item was published, else today (YYYY-MM-DD). A moment is
 * taken in the newsroom's time zone: a report published at 00:30 in Almaty (19:30 UTC the day
 * before) is of that Almaty day.
 */
export function eventDateFor(publishedAt: string | null, today: string): string {
  const day = publishedAt && publishedAt.length > 10 ? (newsroomDay(publishedAt) ?? '') : (publishedAt ?? '');
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : today;
}

export interface ItemDraftSource {
  title: string;
  language: IntakeLanguage | null;
  publishedAt: string | null;
}

/** The fields of a new article prefilled from an item (country and outlet are added by the caller). */
export function draftFieldsFromItem(item: ItemDraftSource, today: string): { eventDate: string; titleEn: string; titleRu: string } {
  const fields = { eventDate: eventDateFor(item.publishedAt, today), titleEn: '', titleRu: '' };
  fields[titleFieldFor(item.language)] = item.title.replace(/\s+/g, ' ').trim().slice(0, 500);
  return fields;
}
