import type { Lang } from '@/lib/domain/lang';
import { describeMissing, type MissingText } from '@/lib/domain/edition-checks';

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class EditionIncompleteError extends Error {
  constructor(
    readonly lang: Lang,
    readonly missing: MissingText[],
  ) {
    super(describeMissing(missing, lang));
    this.name = 'EditionIncompleteError';
  }
}

/** Field → message key; the UI translates the key into the user's language. */
export class ValidationError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(`Invalid input: ${Object.entries(fields).map(([k, v]) => `${k} (${v})`).join(', ')}`);
    this.name = 'ValidationError';
  }

  static fromZod(error: { issues: Array<{ path: PropertyKey[]; code: string }> }): ValidationError {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) fields[issue.path.map(String).join('.') || 'form'] ??= issue.code;
    return new ValidationError(fields);
  }
}

/** The use-case is not allowed for this actor, or not in this state. */
export class ForbiddenError extends Error {
  constructor(readonly reason: string) {
    super(`Not allowed: ${reason}`);
    this.name = 'ForbiddenError';
  }
}

/** Someone saved a newer version first. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changedBy: string,
    readonly changedAt: string,
  ) {
    super(`Changed by ${changedBy} at ${changedAt}`);
    this.name = 'ConflictError';
  }
}
