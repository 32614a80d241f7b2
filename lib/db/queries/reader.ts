import { and, asc, desc, eq, gt, inArray, lte, sql, type Column, type Placeholder, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { countries, issues, releaseFiles } from '../schema';
import type { IssueRow } from './issues';

/**
 * What the public may see: issues with a published revision (status 'published', or 'correction'
 * while the next revision is prepared: the last published one stays public) and the files of the
 * revisions published so far. Draft content never comes out of these queries.
 */
export type ReleaseFileRow = typeof releaseFiles.$inferSelect;
export type ReleaseToc = ReleaseFileRow['toc'];
type Lang = ReleaseFileRow['lang'];

const PUBLIC_STATUSES = ['published', 'correction'] as const;
const isPublic = and(inArray(issues.status, [...PUBLIC_STATUSES]), gt(issues.revision, 0));

export interface ArchiveEntry {
  issue: IssueRow;
  /** The files of the latest published revision, by language. */
  files: Partial<Record<Lang, ReleaseFileRow>>;
}

/** Published issues that have files, newest first, each with the files of its latest revision. */
export function listArchive(db: DbOrTx): ArchiveEntry[] {
  const rows = db
    .select({ issue: issues, file: releaseFiles })
    .from(issues)
    .innerJoin(releaseFiles, and(eq(releaseFiles.issueId, issues.id), eq(releaseFiles.revision, issues.revision)))
    .where(isPublic)
    .orderBy(desc(issues.year), desc(issues.number), asc(releaseFiles.lang))
    .all();
  const entries = new Map<number, ArchiveEntry>();
  for (const { issue, file } of rows) {
    const entry = entries.get(issue.id) ?? { issue, files: {} };
    entry.files[file.lang] = file;
    entries.set(issue.id, entry);
  }
  return [...entries.values()];
}

export interface PublicIssue {
  issue: IssueRow;
  /** Every published file of the issue, latest revision first, English before Russian. */
  files: ReleaseFileRow[];
}

export function findPublicIssue(db: DbOrTx, year: number, number: number): PublicIssue | undefined {
  const issue = db
    .select()
    .from(issues)
    .where(and(eq(issues.year, year), eq(issues.number, number), isPublic))
    .get();
  if (!issue) return undefined;
  const files = db
    .select()
    .from(releaseFiles)
    .where(and(eq(releaseFiles.issueId, issue.id), lte(releaseFiles.revision, issue.revision)))
    .orderBy(desc(releaseFiles.revision), asc(releaseFiles.lang))
    .all();
  if (!files.some((f) => f.revision === issue.revision)) return undefined;
  return { issue, files };
}

export interface PublicFileRef {
  year: number;
  number: number;
  lang: Lang;
  /** A given revision, or null for the latest published one. */
  revision: number | null;
}

/** One published file; undefined for an unknown or unpublished issue, edition or revision. */
export function findPublicFile(db: DbOrTx, ref: PublicFileRef): { issue: IssueRow; file: ReleaseFileRow } | undefined {
  const { latest, given } = publicFileStatements(db);
  const values = { year: ref.year, number: ref.number, lang: ref.lang };
  return ref.revision === null ? latest.get(values) : given.get({ ...values, revision: ref.revision });
}

/**
 * Downloads look a file up on every request: the statements are prepared once per connection
 * (building the query each time costs far more than running it).
 */
const statements = new WeakMap<object, ReturnType<typeof preparePublicFileStatements>>();

function publicFileStatements(db: DbOrTx) {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = preparePublicFileStatements(db);
    statements.set(db, prepared);
  }
  return prepared;
}

function preparePublicFileStatements(db: DbOrTx) {
  const query = (revision: SQL | Column | Placeholder) =>
    db
      .select({ issue: issues, file: releaseFiles })
      .from(issues)
      .innerJoin(releaseFiles, eq(releaseFiles.issueId, issues.id))
      .where(
        and(
          eq(issues.year, sql.placeholder('year')),
          eq(issues.number, sql.placeholder('number')),
          isPublic,
          eq(releaseFiles.lang, sql.placeholder('lang')),
          eq(releaseFiles.revision, revision),
          lte(releaseFiles.revision, issues.revision),
        ),
      )
      .prepare();
  return { latest: query(issues.revision), given: query(sql.placeholder('revision')) };
}

/** Short names of the given countries in one language, by code. */
export function countryShortNames(db: DbOrTx, codes: string[], lang: Lang): Map<string, string> {
  if (codes.length === 0) return new Map();
  return new Map(
    db
      .select({ code: countries.code, shortEn: countries.shortEn, shortRu: countries.shortRu })
      .from(countries)
      .where(inArray(countries.code, codes))
      .all()
      .map((c) => [c.code, lang === 'en' ? c.shortEn : c.shortRu]),
  );
}

const stampStatements = new WeakMap<object, { get(): { id: number | null } | undefined }>();

/**
 * Changes with every publication (release files are only ever added): the front server's page
 * cache compares it on each request. A publication by the server shows at once; one by another
 * process (a script) once Next's own page cache revalidates (its `revalidate` interval).
 */
export function publicationStamp(db: DbOrTx): number {
  let statement = stampStatements.get(db);
  if (!statement) {
    statement = db.select({ id: sql<number | null>`max(${releaseFiles.id})` }).from(releaseFiles).prepare();
    stampStatements.set(db, statement);
  }
  return statement.get()?.id ?? 0;
}
