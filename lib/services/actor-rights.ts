import type { Role } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { ForbiddenError } from './errors';

/** Refuses the use-case unless the actor is a signed-in user holding one of the roles. */
export function assertActorRole(actor: Actor, roles: readonly Role[], reason: string): asserts actor is Actor & { id: number; role: Role } {
  if (actor.id == null || actor.role === 'system' || !roles.includes(actor.role)) throw new ForbiddenError(reason);
}

