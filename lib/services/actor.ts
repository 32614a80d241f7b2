import type { Role } from '@/lib/domain/workflow';

/** Who performs a use-case: a signed-in user, or the system / CLI (id null). */
export interface Actor {
  id: number | null;
  label: string; // e-mail, "cli", "system"
  role: Role | 'system';
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system', role: 'system' };

export function userActor(user: { id: number; email: string; role: Role }): Actor {
  return { id: user.id, label: user.email, role: user.role };
}
