/**
 * Child process of the crash test: publishes an issue with the real file steps, announcing each
 * step on stdout ("step:<name>") and pausing after it, so that the test can SIGKILL it at that
 * point. Usage (DATA_DIR set): publish-slowly.ts <db> <issueId>
 */
import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { publishIssue } from '@/lib/services/publish-issue';
import { moveIntoPlace, writeTempFile } from '@/lib/services/rendering/atomic-file';
import { fakeRenderer } from '@/tests/helpers/issue-desk';

const PAUSE_MS = 400;
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
const announce = (step: string) => {
  process.stdout.write(`step:${step}\n`);
  pause();
};

const [dbPath, issueIdText] = process.argv.slice(2);
const db = openDatabase(dbPath!, { migrate: false });
const render = fakeRenderer();
const lang = (file: string) => path.basename(file).replace(/^\.?r\d+-(en|ru)\.pdf.*$/, '$1');

await publishIssue(db, SYSTEM_ACTOR, { issueId: Number(issueIdText) }, {
  render: async (data) => {
    const rendered = await render(data);
    announce(`rendered-${data.lang}`);
    return rendered;
  },
  writeTemp: (finalPath, bytes) => {
    const temp = writeTempFile(finalPath, bytes);
    announce(`temp-${lang(finalPath)}`);
    return temp;
  },
  moveIntoPlace: (temp, finalPath) => {
    moveIntoPlace(temp, finalPath);
    announce(`moved-${lang(finalPath)}`);
  },
  beforeCommit: () => announce('committing'),
});
announce('committed');
db.$client.close();
