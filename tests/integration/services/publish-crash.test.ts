import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { articles, issues, releaseFiles } from '@/lib/db/schema';
import { sweepReleaseFiles } from '@/lib/services/sweep-release-files';
import { assembledIssue, releaseTree, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
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

const KILL_POINTS = ['rendered-ru', 'temp-en', 'temp-ru', 'moved-en', 'moved-ru', 'committing', 'committed'];

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
