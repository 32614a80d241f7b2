import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { articles, issues, releaseFiles } from '@/lib/db/schema';
import { sweepReleaseFiles } from '@/lib/services/sweep-release-files';
import { PublishConflictError } from '@/lib/services/issue-errors';
import { publishIssue } from '@/lib/services/publish-issue';
import { assembledIssue, fakeRenderer, releaseTree, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});

/** Runs a slow publication in a child process to its end; its exit code and what it said on stderr. */
function publishInChild(issueId: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/services/support/publish-slowly.ts', desk.dbPath, String(issueId)], {
      cwd: process.cwd(),
      env: { ...process.env, DATA_DIR: desk.dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The issue, its file rows, its files on disk and its articles' statuses. */
function publicationOf(issueId: number, articleIds: number[], folder: string) {
  const { db, dir } = desk;
  return {
    issue: db.select({ status: issues.status, revision: issues.revision }).from(issues).where(eq(issues.id, issueId)).get(),
    rows: db.select({ path: releaseFiles.path }).from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all().map((r) => r.path).sort(),
    files: releaseTree(dir).filter((p) => p.startsWith(folder)),
    statuses: [...new Set(db.select({ status: articles.status }).from(articles).where(inArray(articles.id, articleIds)).all().map((a) => a.status))],
  };
}

describe('two publications of one issue at the same moment', () => {
  it('in one server process: one publishes revision 1, the other is refused as in progress', async () => {
    const { db, chief, admin } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief);
    const results = await Promise.allSettled([
      publishIssue(db, chief, { issueId }, { render: fakeRenderer() }),
      publishIssue(db, admin, { issueId }, { render: fakeRenderer() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(PublishConflictError);
    expect(refused.reason).toMatchObject({ reason: 'inProgress' });
    const folder = `releases/${year}/${number}/`;
    expect(publicationOf(issueId, articleIds, folder)).toEqual({
      issue: { status: 'published', revision: 1 },
      rows: [`${folder}r1-en.pdf`, `${folder}r1-ru.pdf`],
      files: [`${folder}r1-en.pdf`, `${folder}r1-ru.pdf`],
      statuses: ['published'],
    });
  });

  it('in two processes (a server and the command line): exactly one revision 1, whole; the loser leaves nothing behind', async () => {
    const { db, chief } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief);
    const outcomes = await Promise.all([publishInChild(issueId), publishInChild(issueId)]);
    expect(outcomes.map((o) => o.code).sort()).toEqual([0, 1]);
    expect(outcomes.find((o) => o.code === 1)!.stderr).toMatch(/PublishConflictError|already|published|exists|changed/i);
    const folder = `releases/${year}/${number}/`;
    const expected = {
      issue: { status: 'published', revision: 1 },
      rows: [`${folder}r1-en.pdf`, `${folder}r1-ru.pdf`],
      files: [`${folder}r1-en.pdf`, `${folder}r1-ru.pdf`],
      statuses: ['published'],
    };
    expect(publicationOf(issueId, articleIds, folder)).toEqual(expected);
    sweepReleaseFiles(db); // what the next start does: nothing of the published revision may go
    expect(publicationOf(issueId, articleIds, folder)).toEqual(expected);
  }, 60_000);
});

/** Starts a slow publication in a child process and kills it with SIGKILL right after `step`. */
function publishAndKillAfter(issueId: number, step: string | null): Promise<{ steps: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/services/support/publish-slowly.ts', desk.dbPath, String(issueId)], {
      cwd: process.cwd(),
      env: { ...process.env, DATA_DIR: desk.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const steps: string[] = [];
    let err = '';
    let killed = false;
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.startsWith('step:')) continue;
        steps.push(line.slice(5));
        if (line.slice(5) === step && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ steps, killed });
      else reject(new Error(`publisher failed (${signal ?? code}): ${err}`));
    });
  });
}

// rendered-en: killed after the first edition is rendered, while the second is still being made.
const KILL_POINTS = ['rendered-en', 'rendered-ru', 'temp-en', 'temp-ru', 'moved-en', 'moved-ru', 'committing', 'committed'];

describe('a publication killed with SIGKILL', () => {
  it.each(KILL_POINTS)('after "%s" leaves, once swept, either the whole publication or nothing', async (step) => {
    const { db, dir, chief } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief);
    const folder = `releases/${year}/${number}/`;

    const { steps, killed } = await publishAndKillAfter(issueId, step);
    expect(steps).toContain(step);
    expect(killed).toBe(true);

    const leftBehind = releaseTree(dir).filter((p) => p.startsWith(folder));
    if (/^(temp|moved)-|^committing$/.test(step)) expect(leftBehind.length).toBeGreaterThan(0);
    // What the next start does before serving: remove what the dead publication left.
    sweepReleaseFiles(db);

    const issue = db.select().from(issues).where(eq(issues.id, issueId)).get()!;
    const rows = db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all();
    const files = releaseTree(dir).filter((p) => p.startsWith(folder));
    const statuses = db.select({ status: articles.status }).from(articles).where(inArray(articles.id, articleIds)).all().map((a) => a.status);
    if (issue.status === 'published') {
      expect(issue.revision).toBe(1);
      expect(rows.map((r) => r.path).sort()).toEqual([`${folder}r1-en.pdf`, `${folder}r1-ru.pdf`]);
      expect(files).toEqual([`${folder}r1-en.pdf`, `${folder}r1-ru.pdf`]);
      for (const row of rows) {
        const bytes = fs.readFileSync(path.join(dir, row.path));
        expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
      }
      expect(new Set(statuses)).toEqual(new Set(['published']));
    } else {
      expect(issue).toMatchObject({ status: 'draft', revision: 0, publishedAt: null });
      expect(rows).toEqual([]);
      expect(files).toEqual([]);
      expect(new Set(statuses)).toEqual(new Set(['approved']));
    }
    // Before the commit the publication must be invisible; after it, complete.
    const committedBeforeKill = step === 'committed';
    expect(issue.status === 'published').toBe(committedBeforeKill);
  });
});
