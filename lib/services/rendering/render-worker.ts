/**
 * The render worker: a long-lived child process (see render-off-thread.ts) that renders editions
 * one at a time, so that a render never holds up the web server's event loop and the renderer
 * stays warm between renders. Protocol over the IPC channel (advanced serialization):
 * { id, task: RenderTask } in (an edition or one article's proof), { id, ok: true, result } or
 * { id, ok: false, error } out.
 * Run as: node --import tsx lib/services/rendering/render-worker.ts (spawned with an IPC channel).
 */
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { renderArticleProofPdf } from '@/lib/pdf/article-proof';
import { renderInProcess } from './render-in-process';
import type { RenderTask } from './rendered-pdf';

interface Job {
  id: number;
  task: RenderTask;
}

function render({ task }: Job) {
  return task.kind === 'proof' ? renderArticleProofPdf(task.data, RELEASE_LABELS[task.data.lang]) : renderInProcess(task.data);
}

if (!process.send) {
  process.stderr.write('The render worker must be started with an IPC channel (an "ipc" stdio entry).\n');
  process.exit(1);
}

process.on('message', (job: Job) => {
  void render(job).then(
    (result) => process.send!({ id: job.id, ok: true, result }),
    (error: unknown) => process.send!({ id: job.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
// The server went away: so does its worker.
process.on('disconnect', () => process.exit(0));
