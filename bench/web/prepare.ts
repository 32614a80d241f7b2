import { encode } from 'next-auth/jwt';
import type { Db } from '@/lib/db/client';
import { findIssue } from '@/lib/db/queries/issues';
import type { Lang } from '@/lib/domain/lang';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { createUser } from '@/lib/services/create-user';
import { loadEditionData } from '@/lib/services/load-edition-data';
import { publishIssue } from '@/lib/services/publish-issue';
import { renderInProcess } from '@/lib/services/rendering/render-in-process';
import { renderOffThread } from '@/lib/services/rendering/render-off-thread';
import { seedDemo } from '@/lib/services/seed-demo';
import { seedSyntheticArticles } from '@/lib/services/seed-synthetic-articles';
import { startCorrection } from '@/lib/services/start-correction';
import { median, progress } from '../stats';

export interface PublishFigures {
  /** Import of both fixture texts + first publication (both editions), in a fresh process: cold. */
  demoSeedSeconds: number;
  renderEnMs: number[];
  renderRuMs: number[];
  /** Publishing January 2024 again (a correction), both editions rendered without any cache. */
  publishMs: number[];
  ratio: number;
}

/**
 * The demo issue published, then timed with the server's renderer (the render worker processes, as
 * previews and publications use them, warm, without the render cache): one edition's render, and
 * the publication of both editions through publishIssue (start a correction, publish the next
 * revision), which renders them side by side.
 */
export async function seedAndMeasurePublishing(db: Db, runs: number): Promise<PublishFigures> {
  progress('demo seed: import January 2024 (both texts) and publish revision 1');
  let started = performance.now();
  await seedDemo(db, { render: renderInProcess });
  const demoSeedSeconds = (performance.now() - started) / 1000;
  const issue = findIssue(db, 2024, 1)!;

  const renderOnce = async (lang: Lang) => {
    const data = loadEditionData(db, { year: 2024, number: 1, lang });
    const t0 = performance.now();
    await renderOffThread(data);
    return performance.now() - t0;
  };
  // A running server's render workers are warm: start both (as a publication or two previews would).
  progress('render workers: warm-up (both editions side by side, three times)');
  for (let i = 0; i < 3; i++) {
    await Promise.all((['en', 'ru'] as const).map((lang) => renderOffThread(loadEditionData(db, { year: 2024, number: 1, lang }))));
  }
  const renderEnMs: number[] = [];
  const renderRuMs: number[] = [];
  const publishMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    progress(`publishing, run ${i + 1}/${runs}: render en, render ru, publish both (revision ${issue.revision + i + 1})`);
    renderEnMs.push(await renderOnce('en'));
    renderRuMs.push(await renderOnce('ru'));
    startCorrection(db, SYSTEM_ACTOR, { issueId: issue.id });
    started = performance.now();
    await publishIssue(db, SYSTEM_ACTOR, { issueId: issue.id }, { render: renderOffThread });
    publishMs.push(performance.now() - started);
  }
  const oneEdition = median([...renderEnMs, ...renderRuMs]);
  return { demoSeedSeconds, renderEnMs, renderRuMs, publishMs, ratio: median(publishMs) / oneEdition };
}

/** Synthetic articles spread over the given authors (the measured editor and three colleagues). */
export function addSyntheticArticles(db: Db, count: number, seed: number, authorIds: number[]): void {
  progress(`inserting ${count} synthetic articles`);
  seedSyntheticArticles(db, SYSTEM_ACTOR, { count, seed, authorIds });
}

/** Four editors: the first is the one whose dashboard is measured (a quarter of the drafts are theirs). */
export async function createEditors(db: Db): Promise<Array<{ id: number; email: string; name: string; role: 'editor'; sessionVersion: number }>> {
  const editors = [];
  for (const [i, name] of ['Bench Editor', 'Second Editor', 'Third Editor', 'Fourth Editor'].entries()) {
    const user = await createUser(db, SYSTEM_ACTOR, {
      email: i === 0 ? 'bench-editor@example.org' : `editor-${i + 1}@example.org`,
      name,
      role: 'editor',
      password: 'bench password long enough',
    });
    editors.push({ id: user.id, email: user.email, name: user.name, role: 'editor' as const, sessionVersion: user.sessionVersion });
  }
  return editors;
}

/** A session token for a user, minted as next-auth would after a login. */
export async function sessionToken(
  user: { id: number; email: string; name: string; role: string; sessionVersion: number },
  secret: string,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return encode({
    secret,
    token: { sub: String(user.id), email: user.email, name: user.name, role: user.role, uid: user.id, sv: user.sessionVersion, loginAt: now, lastSeen: now },
  });
}
