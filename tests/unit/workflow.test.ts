import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  canTakeBack,
  offeredTransitions,
  canDelete,
  canEdit,
  checkTransition,
  ROLES,
  STATES,
  TRANSITIONS,
  type ArticleState,
  type Role,
  type Transition,
} from '@/lib/domain/workflow';

/** Every allowed (transition, from, role) → to. Anything not listed must be refused. */
const ALLOWED: Array<[Transition, ArticleState, Role, ArticleState]> = [
  ['submit', 'draft', 'editor', 'in_review'],
  ['submit', 'draft', 'chief', 'in_review'],
  ['submit', 'draft', 'admin', 'in_review'],
  ['submit', 'changes_requested', 'editor', 'in_review'],
  ['submit', 'changes_requested', 'chief', 'in_review'],
  ['submit', 'changes_requested', 'admin', 'in_review'],
  ['approve', 'in_review', 'chief', 'approved'],
  ['approve', 'in_review', 'admin', 'approved'],
  ['request_changes', 'in_review', 'chief', 'changes_requested'],
  ['request_changes', 'in_review', 'admin', 'changes_requested'],
  ['reopen', 'approved', 'chief', 'changes_requested'],
  ['reopen', 'approved', 'admin', 'changes_requested'],
];

const key = (t: Transition, s: ArticleState, r: Role) => `${t}|${s}|${r}`;
const allowed = new Map(ALLOWED.map(([t, s, r, to]) => [key(t, s, r), to]));

describe('workflow transition table', () => {
  for (const transition of TRANSITIONS)
    for (const state of STATES)
      for (const role of ROLES) {
        const expected = allowed.get(key(transition, state, role));
        it(`${role} ${transition} from ${state} → ${expected ?? 'refused'}`, () => {
          const result = checkTransition(transition, state, role, 'a reason');
          if (expected) expect(result).toEqual({ ok: true, to: expected });
          else expect(result.ok).toBe(false);
        });
      }

  it('refuses a send-back or a reopen without a comment', () => {
    expect(checkTransition('request_changes', 'in_review', 'chief', '  ')).toEqual({ ok: false, reason: 'comment' });
    expect(checkTransition('reopen', 'approved', 'chief', '')).toEqual({ ok: false, reason: 'comment' });
  });

  it('names the reason of a refusal', () => {
    expect(checkTransition('approve', 'in_review', 'editor')).toEqual({ ok: false, reason: 'role' });
    expect(checkTransition('approve', 'draft', 'chief')).toEqual({ ok: false, reason: 'state' });
  });

  it('offers only allowed transitions', () => {
    expect(availableTransitions('in_review', 'chief')).toEqual(['approve', 'request_changes']);
    expect(availableTransitions('in_review', 'editor')).toEqual([]);
    expect(availableTransitions('published', 'admin')).toEqual([]);
  });
});

describe('editing and deleting', () => {
  it.each([
    ['draft', 'editor', true], ['changes_requested', 'editor', true], ['in_review', 'editor', false],
    ['in_review', 'chief', true], ['approved', 'editor', false], ['approved', 'chief', false],
    ['published', 'admin', false],
  ] as const)('%s edited by %s: %s', (state, role, expected) => {
    expect(canEdit(state, role)).toBe(expected);
  });

  it.each([
    ['draft', 'editor', true, true], ['draft', 'editor', false, false], ['in_review', 'editor', true, false],
    ['in_review', 'chief', false, true], ['approved', 'chief', false, false], ['published', 'admin', false, false],
  ] as const)('%s deleted by %s (author: %s): %s', (state, role, isAuthor, expected) => {
    expect(canDelete(state, role, isAuthor)).toBe(expected);
  });
});

describe('what the article page offers', () => {
  it('does not offer the chief editor the author’s "Submit for review" after asking for changes', () => {
    expect(offeredTransitions('changes_requested', 'chief', false)).toEqual([]);
    expect(offeredTransitions('changes_requested', 'editor', true)).toEqual(['submit']);
    expect(offeredTransitions('changes_requested', 'chief', true)).toEqual(['submit']);
    expect(offeredTransitions('in_review', 'chief', false)).toEqual(['approve', 'request_changes']);
  });

  it('lets only the author take back an article in review that nobody has started reviewing', () => {
    expect(canTakeBack('in_review', true, false)).toBe(true);
    expect(canTakeBack('in_review', true, true)).toBe(false);
    expect(canTakeBack('in_review', false, false)).toBe(false);
    expect(canTakeBack('changes_requested', true, false)).toBe(false);
  });
});
