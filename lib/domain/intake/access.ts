import { ROLES, type Role } from '@/lib/domain/workflow';

/** Who manages the outlets (their feeds) and the relevance terms: the chief editor and administrators. */
export const CAN_MANAGE_OUTLETS: readonly Role[] = ['chief', 'admin'];
export const CAN_MANAGE_INTAKE_TERMS: readonly Role[] = ['chief', 'admin'];

/** Who reads and triages the inbox, captures links and creates articles from items: every editor and up. */
export const CAN_USE_INBOX: readonly Role[] = ROLES;
