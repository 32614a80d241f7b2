'use server';

import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { CAN_ASSEMBLE_ISSUES } from '@/lib/domain/workflow';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { planReleaseImport, type ReleaseImportPlan } from '@/lib/services/plan-release-import';
import { ImportError, type ImportErrorCode } from '@/lib/services/release-import/import-error';
import { deletePendingUpload, loadPendingUpload, savePendingUpload } from '@/lib/services/release-import/pending-uploads';
import { DESK_UPLOAD_LIMIT_BYTES } from '@/lib/services/release-import/prepare-editions';
import { readReleaseFile } from '@/lib/services/release-import/read-release-file';
import { formAction, formText, type ActionFailure } from './action-result';

/** The form's two file inputs (either may stay empty). */
const SLOTS = ['en', 'ru'] as const;

/** Message keys under releaseImport.errors. */
export type ReleaseImportErrorKey = 'unauthenticated' | 'forbidden' | 'invalid' | 'noFile' | 'expired' | 'import' | 'failed';

export interface ReleaseImportFailure {
  ok: false;
  error: ReleaseImportErrorKey;
  /** For 'import': why, with the lines of the file (parser reasons are in English, the rest translated by code). */
  importError?: { code: ImportErrorCode; params: Record<string, string | number>; issues: { line: number; message: string }[] };
  /** The names of the files the user chose, to say which ones the message is about. */
  fileNames: string[];
}

export type ReleaseImportPreview = { ok: true; plan: ReleaseImportPlan; token: string; fileNames: string[] };
export type ReleaseImportDone = { ok: true; issueId: number; year: number; number: number };
export type ReleaseImportPreviewState = ReleaseImportPreview | ReleaseImportFailure | null;
export type ReleaseImportConfirmState = ReleaseImportDone | ReleaseImportFailure | null;

const upload = z.object({
  fileName: z.string().trim().min(1).max(255),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array).refine((b) => b.byteLength <= DESK_UPLOAD_LIMIT_BYTES, 'too_big'),
});

/** The previewed files are gone: older than an hour, confirmed already, or another user's token. */
class UploadExpiredError extends Error {}

function failure(fileNames: string[]) {
  return (failed: ActionFailure, error: unknown): ReleaseImportFailure => {
    if (error instanceof UploadExpiredError) return { ok: false, error: 'expired', fileNames };
    if (error instanceof ImportError) {
      const issues = error.issues.slice(0, 30).map((i) => ({ line: i.line, message: i.message }));
      return { ok: false, error: 'import', importError: { code: error.code, params: error.params, issues }, fileNames };
    }
    if (failed.error === 'unauthenticated' || failed.error === 'forbidden') return { ok: false, error: failed.error, fileNames };
    if (failed.error === 'invalid') return { ok: false, error: failed.fields?.files ? 'noFile' : 'invalid', fileNames };
    console.error(error);
    return { ok: false, error: 'failed', fileNames };
  };
}

/** The chosen files of the form, as plain data (a File cannot pass the action's text parsing). */
async function chosenFiles(form: unknown): Promise<{ fileName: string; bytes: Uint8Array }[]> {
  if (!(form instanceof FormData)) return [];
  const files: { fileName: string; bytes: Uint8Array }[] = [];
  for (const slot of SLOTS) {
    const value = form.get(slot);
    if (typeof value === 'string' || value === null || value.size === 0) continue;
    // Never read more than the limit allows: an oversized file is refused by its size alone.
    const bytes = value.size > DESK_UPLOAD_LIMIT_BYTES ? new Uint8Array(DESK_UPLOAD_LIMIT_BYTES + 1) : new Uint8Array(await value.arrayBuffer());
    files.push({ fileName: value.name.slice(0, 255) || `${slot}.txt`, bytes });
  }
  return files;
}

/**
 * "Preview": reads the chosen files (text or Word), plans the import (writes nothing in the database)
 * and keeps the files under DATA_DIR for the confirmation, which needs only the returned token.
 */
export async function previewReleaseImportAction(_previous: unknown, form: unknown): Promise<ReleaseImportPreview | ReleaseImportFailure> {
  const files = await chosenFiles(form);
  const fileNames = files.map((f) => f.fileName);
  const preview = formAction(
    z.object({ files: z.array(upload).min(1).max(2) }),
    async (input, actor) => {
      const read = [];
      for (const file of input.files) read.push(await readReleaseFile(file, DESK_UPLOAD_LIMIT_BYTES));
      const plan = planReleaseImport(getDb(), actor, { files: read });
      const token = savePendingUpload({ userId: actor.id!, basis: plan.basis, files: input.files });
      return { ok: true as const, plan, token, fileNames };
    },
    { roles: CAN_ASSEMBLE_ISSUES, failure: failure(fileNames), afterSuccess: () => {} },
  );
  return preview({ files });
}

/** "Import": applies the previewed files if the issue is as the preview saw it; one transaction. */
export async function confirmReleaseImportAction(_previous: unknown, form: unknown): Promise<ReleaseImportDone | ReleaseImportFailure> {
  const confirm = formAction(
    z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) }),
    async ({ token }, actor) => {
      const pending = loadPendingUpload(token, actor.id!);
      if (!pending) throw new UploadExpiredError();
      const read = [];
      for (const file of pending.files) read.push(await readReleaseFile(file));
      const result = applyReleaseImport(getDb(), actor, { files: read, basis: pending.basis });
      deletePendingUpload(token);
      const edition = result.editions[0]!;
      return { ok: true as const, issueId: result.issueId, year: edition.year, number: edition.number };
    },
    { roles: CAN_ASSEMBLE_ISSUES, failure: failure([]) },
  );
  return confirm({ token: formText(form, 'token') });
}
