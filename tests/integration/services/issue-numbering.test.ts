import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/lib/db/client';
import { issues } from '@/lib/db/schema';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { useTemporaryAppData } from '@/tests/helpers/test-app';

const WORKERS = 4;
const PER_WORKER = 25;

function run(dbPath: string, year: number, count: number, barrier: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/services/support/create-issues.ts', dbPath, String(year), String(count), barrier], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

describe('issue numbers under concurrent creation', () => {
  it('are distinct and consecutive when several processes create issues of the same year at once', async () => {
    const { dbPath } = useTemporaryAppData();
    const db = openDatabase(dbPath);
    seedReferenceData(db);

    const barrier = path.join(path.dirname(dbPath), 'start');
    const running = Promise.all(Array.from({ length: WORKERS }, () => run(dbPath, 2031, PER_WORKER, barrier)));
    // Release them together, so that their transactions really overlap.
    const ready = () => fs.readdirSync(path.dirname(dbPath)).filter((f) => f.startsWith('start.')).length;
    while (ready() < WORKERS) await new Promise((r) => setTimeout(r, 20));
    fs.writeFileSync(`${barrier}.go`, '');
    const results = await running;

    const handedOut = results.flat();
    expect(handedOut).toHaveLength(WORKERS * PER_WORKER);
    expect(new Set(handedOut).size).toBe(WORKERS * PER_WORKER);
    const stored = db.select({ number: issues.number }).from(issues).where(eq(issues.year, 2031)).all().map((r) => r.number);
    expect(stored.sort((a, b) => a - b)).toEqual(Array.from({ length: WORKERS * PER_WORKER }, (_, i) => i + 1));
    for (const list of results) expect([...list].sort((a, b) => a - b)).toEqual(list); // each process saw its numbers grow
    db.$client.close();
  });
});
