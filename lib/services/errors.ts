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
