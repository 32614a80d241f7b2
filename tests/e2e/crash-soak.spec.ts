import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The crash soak (scripts/soak-crash.ts) in its short form: the production build this run made
// (.next-e2e), its own port, database and data directory; three SIGKILLs of the server while saves,
// uploads and publications run, each followed by the start-up sweep, a restart and the checks.
test('three SIGKILLs while editors save, upload and publish leave nothing half-done and lose nothing answered', async () => {
  // About 40 s on a quiet machine; four server starts take a minute or more when the machine is very busy.
  test.setTimeout(150_000);
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/soak-crash.ts', '--kills', '3', '--duration', '120', '--max-gap', '3', '--dist', '.next-e2e'], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (exitCode) => resolve({ code: exitCode, output }));
  });
  test.info().attach('soak output', { body: output, contentType: 'text/plain' });
  expect(output).toMatch(/kills: 3 /);
  expect(output).toMatch(/violations: 0/);
  expect(output).toMatch(/saves: [1-9]\d* ok/);
  expect(code, output).toBe(0);
});
