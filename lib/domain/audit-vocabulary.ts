import { TRANSITIONS } from './workflow';

/** Every action the audit log records (lib/db/audit.ts accepts no other), for labels and filters. */
export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'create_user',
  'change_role',
  'deactivate_user',
  'reactivate_user',
  'reset_password',
  'set_locale',
  'set_mail_notifications',
  'create_article',
  'save_article',
  'delete_article',
  'comment_article',
  'dismiss_translation_finding',
  'approve_over_translation_errors',
  ...TRANSITIONS.map((transition) => `article_${transition}` as const),
  'article_take_back',
  'correct_title',
  'upload_photo',
  'update_photo',
  'reorder_photos',
  'delete_photo',
  'import_release',
  'create_issue',
  'delete_issue',
  'update_issue',
  'set_issue_articles',
  'reorder_issue_articles',
  'publish_issue',
  'start_correction',
  'update_organisation',
  'update_country',
  'seed_reference_data',
  'seed_synthetic_articles',
  'backfill_release_texts',
  'save_term',
  'delete_term',
  'import_terms',
  'rebuild_translation_memory',
  'create_outlet',
  'update_outlet',
  'delete_outlet',
  'deactivate_outlet',
  'add_intake_term',
  'remove_intake_term',
  'set_intake_status',
  'create_article_from_item',
  'capture_link',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = ['article', 'photo', 'issue', 'user', 'organisation', 'country', 'database', 'term', 'outlet', 'intake_item', 'intake_term'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isAuditEntity(value: string): value is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(value);
}
