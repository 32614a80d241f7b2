import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { PublishedPhoto } from '../domain/published-text';
import { NAME_ORIGINS } from '../domain/country-name-origin';
import { ROLES, STATES, type ArticleState, type Role } from '../domain/workflow';
import { TERM_CATEGORIES } from '../domain/termbase';
import { FINDING_KINDS } from '../domain/translation-checks/types';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/** Every ISO 3166 country; the publication's short names, headings and member order are data. */
export const countries = sqliteTable('countries', {
  code: text('code').primaryKey(), // ISO 3166-1 alpha-2
  nameEn: text('name_en').notNull(),
  nameRu: text('name_ru').notNull(),
  shortEn: text('short_en').notNull(),
  shortRu: text('short_ru').notNull(),
  headingEn: text('heading_en').notNull(),
  headingRu: text('heading_ru').notNull(),
  // Where each name came from (NAME_ORIGINS); null on rows written before origins were kept.
  shortEnOrigin: text('short_en_origin', { enum: NAME_ORIGINS }),
  shortRuOrigin: text('short_ru_origin', { enum: NAME_ORIGINS }),
  headingEnOrigin: text('heading_en_origin', { enum: NAME_ORIGINS }),
  headingRuOrigin: text('heading_ru_origin', { enum: NAME_ORIGINS }),
  isMember: integer('is_member', { mode: 'boolean' }).notNull().default(false),
  memberOrder: integer('member_order'),
});

export const USER_ROLES = ROLES;
export type UserRole = Role;

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: USER_ROLES }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  sessionVersion: integer('session_version').notNull().default(1),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  locale: text('locale'),
  /** E-mail notifications for this account (when the app sends e-mail at all); each user may turn them off. */
  mailNotifications: integer('mail_notifications', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

export const ARTICLE_STATUSES = STATES;
export type ArticleStatus = ArticleState;

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    eventDate: text('event_date').notNull(), // YYYY-MM-DD
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    titleEn: text('title_en').notNull().default(''),
    titleRu: text('title_ru').notNull().default(''),
    bodyEn: text('body_en').notNull().default(''), // Markdown: paragraphs, emphasis, quoted speech
    bodyRu: text('body_ru').notNull().default(''),
    digestEn: text('digest_en').notNull().default(''),
    digestRu: text('digest_ru').notNull().default(''),
    outlet: text('outlet').notNull().default(''),
    /** The source text had no title for this article (the importer never invents one). */
    untitled: integer('untitled', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    authorId: integer('author_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    index('articles_status_idx').on(t.status, t.eventDate),
    // The dashboard's own queues (drafts, returned): one author's articles of a status, newest first.
    index('articles_status_author_idx').on(t.status, t.authorId, t.eventDate),
    // The "all" queue: newest first without reading and sorting every article.
    index('articles_event_idx').on(t.eventDate),
    index('articles_country_idx').on(t.countryCode, t.eventDate),
    index('articles_updated_idx').on(t.updatedAt),
  ],
);

export const articleSources = sqliteTable(
  'article_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    url: text('url').notNull(),
  },
  (t) => [
    uniqueIndex('article_sources_position_uq').on(t.articleId, t.position),
    index('article_sources_url_idx').on(t.url),
  ],
);

export const photos = sqliteTable(
  'photos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Paths relative to the data directory; files are written by the app only. */
    printFile: text('print_file').notNull(),
    thumbFile: text('thumb_file').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    captionEn: text('caption_en').notNull().default(''),
    captionRu: text('caption_ru').notNull().default(''),
    creditEn: text('credit_en').notNull().default(''),
    creditRu: text('credit_ru').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('photos_position_uq').on(t.articleId, t.position)],
);

/** draft: never published; published; correction: a new revision in preparation (the last one stays public). */
export const ISSUE_STATUSES = ['draft', 'published', 'correction'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const issues = sqliteTable(
  'issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    periodStart: text('period_start').notNull(), // YYYY-MM-DD
    periodEnd: text('period_end').notNull(),
    placeEn: text('place_en').notNull(),
    placeRu: text('place_ru').notNull(),
    status: text('status', { enum: ISSUE_STATUSES }).notNull().default('draft'),
    /** Summary overrides; null means "generate from the data". */
    summaryCountsEn: text('summary_counts_en'),
    summaryCountsRu: text('summary_counts_ru'),
    summaryDigestEn: text('summary_digest_en'),
    summaryDigestRu: text('summary_digest_ru'),
    publishedAt: text('published_at'),
    /** The latest published revision (0 until first published); a correction publishes revision + 1. */
    revision: integer('revision').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('issues_year_number_uq').on(t.year, t.number)],
);

export const issueArticles = sqliteTable(
  'issue_articles',
  {
    issueId: integer('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.issueId, t.articleId] }),
    index('issue_articles_article_idx').on(t.articleId),
  ],
);

/** One row per imported release text, so that importing the same file again changes nothing. */
export const releaseImports = sqliteTable(
  'release_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    issueId: integer('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    lang: text('lang', { enum: ['en', 'ru'] }).notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('release_imports_issue_lang_uq').on(t.issueId, t.lang)],
);

/** The organisation's settings: a single row with id 1. */
export const organisation = sqliteTable('organisation', {
  id: integer('id').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameRu: text('name_ru').notNull(),
  shortNameEn: text('short_name_en').notNull(),
  shortNameRu: text('short_name_ru').notNull(),
  addressEn: text('address_en').notNull(),
  addressRu: text('address_ru').notNull(),
  placeEn: text('place_en').notNull(),
  placeRu: text('place_ru').notNull(),
  phone: text('phone').notNull().default(''),
  fax: text('fax').notNull().default(''),
  email: text('email').notNull().default(''),
  website: text('website').notNull().default(''),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    actorId: integer('actor_id'),
    actor: text('actor').notNull(), // e-mail, "cli" or "system"
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);

export const COMMENT_KINDS = ['comment', 'changes_requested', 'reopened', 'approved'] as const;

/** The review thread of an article. */
export const articleComments = sqliteTable(
  'article_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id),
    kind: text('kind', { enum: COMMENT_KINDS }).notNull().default('comment'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('article_comments_article_idx').on(t.articleId, t.createdAt)],
);

/** The texts of an article as they stood when it was submitted for review, to show the reviewer what changed. */
export const articleSnapshots = sqliteTable(
  'article_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    reason: text('reason', { enum: ['submitted', 'approved'] }).notNull(),
    content: text('content', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('article_snapshots_article_idx').on(t.articleId, t.id)],
);

/** Failed logins per client address, to slow down guessing across accounts. */
export const loginThrottle = sqliteTable('login_throttle', {
  address: text('address').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: text('window_start').notNull(),
});

/** A published edition file: immutable once written; earlier revisions stay listed and downloadable. */
export const releaseFiles = sqliteTable(
  'release_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    issueId: integer('issue_id')
      .notNull()
      .references(() => issues.id),
    revision: integer('revision').notNull(),
    lang: text('lang', { enum: ['en', 'ru'] }).notNull(),
    /** Relative to the data directory, e.g. releases/2024/1/r1-en.pdf */
    path: text('path').notNull(),
    sha256: text('sha256').notNull(),
    bytes: integer('bytes').notNull(),
    pageCount: integer('page_count').notNull(),
    /** Page of each section and article in this file, for links into the PDF. */
    toc: text('toc', { mode: 'json' })
      .notNull()
      .$type<{ sections: Record<string, number>; articles: Record<string, number> }>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('release_files_issue_rev_lang_uq').on(t.issueId, t.revision, t.lang)],
);

/**
 * The text of a published edition, frozen in the publication's own transaction: what the PDF of that
 * release file printed, for the reader's web pages (never the live articles, which may be reopened and
 * edited during a correction). Immutable, like release_files.
 */
export const releaseTexts = sqliteTable('release_texts', {
  releaseFileId: integer('release_file_id')
    .primaryKey()
    .references(() => releaseFiles.id),
  summaryCounts: text('summary_counts').notNull(),
  summaryDigest: text('summary_digest').notNull(),
  /**
   * Filled afterwards for revisions published before texts were stored: only articles whose text
   * provably had not changed since were kept (see backfill-release-texts.ts).
   */
  backfilled: integer('backfilled', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

/** One article of a published edition, in publication order (see releaseTexts). */
export const publishedArticles = sqliteTable(
  'published_articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    releaseFileId: integer('release_file_id')
      .notNull()
      .references(() => releaseTexts.releaseFileId),
    position: integer('position').notNull(),
    /** Provenance only: the article may change or go; this row does not. */
    articleId: integer('article_id').notNull(),
    countryCode: text('country_code').notNull(),
    countryName: text('country_name').notNull(),
    sectionHeading: text('section_heading').notNull(),
    eventDate: text('event_date').notNull(),
    outlet: text('outlet').notNull(),
    title: text('title').notNull(),
    digest: text('digest').notNull(),
    body: text('body').notNull(),
    sources: text('sources', { mode: 'json' }).notNull().$type<string[]>(),
    photos: text('photos', { mode: 'json' }).notNull().$type<PublishedPhoto[]>(),
    /** Its page in the PDF; null when the file does not say. */
    page: integer('page'),
    /** Backfilled rows only: the text could not be proven to be the published one, so none is shown. */
    withheld: integer('withheld', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('published_articles_file_position_uq').on(t.releaseFileId, t.position),
    index('published_articles_article_idx').on(t.articleId),
  ],
);

export const TM_FIELDS = ['title', 'digest', 'body'] as const;

/**
 * The translation memory: English and Russian segments (a title, a digest phrase, a body paragraph or
 * one of its sentences) of the articles, rebuilt from them at will (npm run tm:rebuild). The *_norm
 * forms are the text lower-cased with spaces folded; the *_key forms also have numbers, dates, units
 * and termbase names replaced by placeholders, for scoring (lib/domain/tm-normalise.ts). An FTS5
 * trigram index over the keys (migration translation_units_fts) yields the candidates of a lookup.
 */
export const translationUnits = sqliteTable(
  'translation_units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    en: text('en').notNull(),
    ru: text('ru').notNull(),
    enNorm: text('en_norm').notNull(),
    ruNorm: text('ru_norm').notNull(),
    enKey: text('en_key').notNull(),
    ruKey: text('ru_key').notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    issueId: integer('issue_id').references(() => issues.id, { onDelete: 'set null' }),
    field: text('field', { enum: TM_FIELDS }).notNull(),
    /** Paragraph index in the body (0 for a title or digest). */
    paragraph: integer('paragraph').notNull().default(0),
    /** Sentence index within the paragraph; null for a whole paragraph (or title, digest). */
    sentence: integer('sentence'),
    approved: integer('approved', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('translation_units_article_idx').on(t.articleId)],
);

/** The termbase: the centre's approved names and their forbidden variants (lib/domain/termbase-match.ts). */
export const terms = sqliteTable(
  'terms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    en: text('en').notNull(),
    ru: text('ru').notNull(),
    variantsEn: text('variants_en', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    variantsRu: text('variants_ru', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    forbiddenEn: text('forbidden_en', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    forbiddenRu: text('forbidden_ru', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    category: text('category', { enum: TERM_CATEGORIES }).notNull(),
    note: text('note').notNull().default(''),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('terms_en_uq').on(sql`lower(${t.en})`)],
);

/**
 * Consistency-check findings dismissed for an article, with the reason (lib/domain/translation-checks).
 * The fingerprint holds the hash of the field's text in both languages, so a dismissal lapses by
 * itself once that text changes; it is never updated, only added (and removed with the article).
 */
export const translationDismissals = sqliteTable(
  'translation_dismissals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    fingerprint: text('fingerprint').notNull(),
    /** What was dismissed, for the list of dismissals: the finding's kind and severity. */
    kind: text('kind', { enum: FINDING_KINDS }).notNull(),
    severity: text('severity', { enum: ['error', 'warning'] }).notNull(),
    reason: text('reason').notNull(),
    dismissedBy: integer('dismissed_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('translation_dismissals_article_fingerprint_uq').on(t.articleId, t.fingerprint)],
);

/**
 * The note of a correction, in both languages: what changed and why. One row per corrected revision
 * (the revision the correction publishes), written when the correction starts; readers see it on the
 * issue page, in the feed and in the corrected PDF's imprint.
 */
export const issueCorrections = sqliteTable(
  'issue_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    issueId: integer('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    noteEn: text('note_en').notNull(),
    noteRu: text('note_ru').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('issue_corrections_issue_revision_uq').on(t.issueId, t.revision)],
);

/** Languages an outlet or an intake item may be in (relevance terms exist for each). */
export const INTAKE_LANGUAGES = ['en', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk', 'az', 'fa'] as const;
export type IntakeLanguage = (typeof INTAKE_LANGUAGES)[number];

/**
 * A media outlet the editors read: the label printed above a title (e.g. KAKTUSMEDIA), its country and
 * language, its site and (when known for certain) its feed. The poller's state lives beside the feed:
 * conditional-request validators, the last fetch and error, and the back-off for a failing feed.
 */
export const outlets = sqliteTable(
  'outlets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    countryCode: text('country_code').references(() => countries.code),
    language: text('language', { enum: INTAKE_LANGUAGES }).notNull(),
    siteUrl: text('site_url').notNull().default(''),
    feedUrl: text('feed_url'),
    active: integer('active', { mode: 'boolean' }).notNull().default(false),
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastFetchedAt: text('last_fetched_at'),
    lastSuccessAt: text('last_success_at'),
    lastError: text('last_error'),
    failureCount: integer('failure_count').notNull().default(0),
    nextFetchAt: text('next_fetch_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('outlets_name_uq').on(sql`lower(${t.name})`), index('outlets_site_idx').on(t.siteUrl)],
);

export const INTAKE_STATUSES = ['new', 'kept', 'dismissed', 'used'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/**
 * A media report seen by the intake (from a feed or a pasted link), stored once per canonical URL
 * (sourceMatchKey, the same key as article sources). Relevance is computed when the item is stored
 * and again when the term list changes.
 */
export const intakeItems = sqliteTable(
  'intake_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    canonicalUrl: text('canonical_url').notNull(),
    url: text('url').notNull(),
    outletId: integer('outlet_id').references(() => outlets.id, { onDelete: 'set null' }),
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** Main text extracted from the page (link capture); shown beside the editor, never copied by itself. */
    text: text('text').notNull().default(''),
    imageUrl: text('image_url'),
    publishedAt: text('published_at'),
    language: text('language', { enum: INTAKE_LANGUAGES }),
    countryCode: text('country_code').references(() => countries.code),
    score: integer('score').notNull().default(0),
    /** JSON array of the relevance terms that matched. */
    matchedTerms: text('matched_terms').notNull().default('[]'),
    status: text('status', { enum: INTAKE_STATUSES }).notNull().default('new'),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    statusChangedBy: integer('status_changed_by').references(() => users.id),
    statusChangedAt: text('status_changed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('intake_items_canonical_uq').on(t.canonicalUrl),
    // The inbox (listInboxItems): one status, sorted by score then date, optionally one outlet, country
    // or language and a period; and the counts per status under the same filters. Each filter column
    // leads an index that goes on in the page's order and then holds the other filter columns, so a
    // page's ids are an index range read backwards and the counts never touch the table, whichever
    // filters are combined (bench:intake, 100,000 items, prints the plans).
    index('intake_items_status_score_idx').on(t.status, t.score, t.publishedAt, t.outletId, t.countryCode, t.language),
    index('intake_items_outlet_status_idx').on(t.outletId, t.status, t.score, t.publishedAt, t.countryCode, t.language),
    index('intake_items_country_status_idx').on(t.countryCode, t.status, t.score, t.publishedAt, t.outletId, t.language),
    index('intake_items_language_status_idx').on(t.language, t.status, t.score, t.publishedAt, t.outletId, t.countryCode),
    index('intake_items_published_status_idx').on(t.publishedAt, t.status, t.outletId, t.countryCode, t.language),
  ],
);

/** Anti-drug words per language, matched stem-aware against items (editable by the chief editor). */
export const intakeTerms = sqliteTable(
  'intake_terms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    language: text('language', { enum: INTAKE_LANGUAGES }).notNull(),
    term: text('term').notNull(),
    weight: integer('weight').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('intake_terms_language_term_uq').on(t.language, sql`lower(${t.term})`)],
);

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Outgoing e-mail, queued in the transaction of the action that caused it and sent afterwards,
 * so a failed send never blocks the action; retried with back-off until attempts run out.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** What caused it, e.g. 'changes_requested' with the article id, for the audit and de-duplication. */
    kind: text('kind').notNull(),
    refId: integer('ref_id'),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: text('next_attempt_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    sentAt: text('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);
