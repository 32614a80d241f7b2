/**
 * The editorial workflow of an article: who may do what, in which state. Pure data and functions;
 * the services enforce it on the server for every request.
 */
export const ROLES = ['editor', 'chief', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const;
export type ArticleState = (typeof STATES)[number];

export const TRANSITIONS = ['submit', 'approve', 'request_changes', 'reopen'] as const;
export type Transition = (typeof TRANSITIONS)[number];

interface TransitionRule {
  from: readonly ArticleState[];
  to: ArticleState;
  roles: readonly Role[];
  /** A comment (the reason) must accompany the transition. */
  needsComment: boolean;
}

const EDITORIAL: readonly Role[] = ['editor', 'chief', 'admin'];
const CHIEF: readonly Role[] = ['chief', 'admin'];

/** The table of allowed transitions. Admins hold every editorial right of the chief editor. */
export const TRANSITION_TABLE: Record<Transition, TransitionRule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', roles: EDITORIAL, needsComment: false },
  approve: { from: ['in_review'], to: 'approved', roles: CHIEF, needsComment: false },
  request_changes: { from: ['in_review'], to: 'changes_requested', roles: CHIEF, needsComment: true },
  reopen: { from: ['approved'], to: 'changes_requested', roles: CHIEF, needsComment: true },
};

export type TransitionCheck =
  | { ok: true; to: ArticleState }
  | { ok: false; reason: 'role' | 'state' | 'comment' };

export function checkTransition(
  transition: Transition,
  state: ArticleState,
  role: Role,
  comment = '',
): TransitionCheck {
  const rule = TRANSITION_TABLE[transition];
  if (!rule.roles.includes(role)) return { ok: false, reason: 'role' };
  if (!rule.from.includes(state)) return { ok: false, reason: 'state' };
  if (rule.needsComment && !comment.trim()) return { ok: false, reason: 'comment' };
  return { ok: true, to: rule.to };
}

/** Which transitions a user may offer on an article right now (for buttons; the server re-checks). */
export function availableTransitions(state: ArticleState, role: Role): Transition[] {
  return TRANSITIONS.filter((t) => {
    const rule = TRANSITION_TABLE[t];
    return rule.roles.includes(role) && rule.from.includes(state);
  });
}

/** Editors write drafts and answer change requests; the chief editor may also touch texts in review. */
export function canEdit(state: ArticleState, role: Role): boolean {
  if (state === 'draft' || state === 'changes_requested') return true;
  if (state === 'in_review') return role !== 'editor';
  return false; // approved and published texts are read-only; reopen first
}

/**
 * Whose article an editor may change and submit: their own only (the author). The chief editor and
 * administrators may change and submit any. A newsroom rule: editors do not rewrite each other's
 * drafts; the chief editor does, and the editor shows who made the last change.
 */
export function mayChangeArticle(role: Role, isAuthor: boolean): boolean {
  return role !== 'editor' || isAuthor;
}

/**
 * The author takes back an article they submitted (it becomes a draft again) while nobody has started
 * reviewing it: no one else has commented on it or changed it since it was submitted.
 */
export function canTakeBack(state: ArticleState, isAuthor: boolean, reviewStarted: boolean): boolean {
  return state === 'in_review' && isAuthor && !reviewStarted;
}

/**
 * "Submit" as offered on the article page: the author's step. The chief editor who asked for changes
 * is not offered the author's "Submit for review" (the server still allows any editorial role).
 */
export function offeredTransitions(state: ArticleState, role: Role, isAuthor: boolean): Transition[] {
  return availableTransitions(state, role).filter((t) => t !== 'submit' || isAuthor || role === 'editor' || state === 'draft');
}

/** Only what never reached an issue may be deleted: an editor deletes own drafts, the chief any unapproved article. */
export function canDelete(state: ArticleState, role: Role, isAuthor: boolean): boolean {
  if (state === 'approved' || state === 'published') return false;
  if (role === 'editor') return state === 'draft' && isAuthor;
  return true;
}

export const CAN_MANAGE_USERS: readonly Role[] = ['admin'];
export const CAN_EDIT_SETTINGS: readonly Role[] = ['admin'];
/** Country names (short names, section headings) are the chief editor's; membership stays a setting. */
export const CAN_EDIT_COUNTRIES: readonly Role[] = CHIEF;
export const CAN_READ_AUDIT: readonly Role[] = ['admin'];
export const CAN_ASSEMBLE_ISSUES: readonly Role[] = CHIEF;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
