import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { bumpSessionVersion } from '@/lib/db/queries/users';
import { writeAudit } from '@/lib/db/audit';
import { authenticateUser } from '@/lib/services/authenticate-user';
import { PEER_HEADER, verifiedPeer } from '@/lib/http/forwarded';
import { authRedirect } from './next-path';
import { sessionPolicy } from './session-policy';
import { readClaims, validateSession } from './validate-session';

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(4096),
});

type HeaderBag = Record<string, string | string[] | undefined> | undefined;

/**
 * The client address the front server established and signed (lib/http/forwarded.ts): never a
 * header the client wrote. Without the front (next dev) every client is 'unknown'.
 */
export function clientAddress(headers: HeaderBag, secret: string | undefined = process.env.NEXTAUTH_SECRET): string {
  return verifiedPeer(headers?.[PEER_HEADER], secret) ?? 'unknown';
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: sessionPolicy().absoluteSeconds },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Release Desk',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticateUser(getDb(), {
          ...parsed.data,
          address: clientAddress(req?.headers as HeaderBag),
        });
        if (!result.ok) return null;
        const { user } = result;
        return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // callbackUrl (parameter or cookie) may only lead to a path of this site, normalised first.
    async redirect({ url, baseUrl }) {
      return authRedirect(url, baseUrl);
    },
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as typeof user & { role: string; sessionVersion: number };
        const now = nowSeconds();
        return { ...token, uid: Number(signedIn.id), sv: signedIn.sessionVersion, role: signedIn.role, loginAt: now, lastSeen: now };
      }
      const current = validateSession(getDb(), readClaims(token));
      // Throwing makes next-auth clear the cookie and answer an empty session.
      if (!current) throw new Error('Session ended');
      return { ...token, role: current.role, name: current.name, email: current.email, lastSeen: nowSeconds() };
    },
    async session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.uid as number, role: token.role as string, email: token.email, name: token.name },
      };
    },
  },
  events: {
    async signOut({ token }) {
      const claims = readClaims(token);
      if (!claims) return;
      const db = getDb();
      db.transaction((tx) => {
        bumpSessionVersion(tx, claims.uid);
        writeAudit(tx, { actorId: claims.uid, actor: String(token.email ?? claims.uid), action: 'logout', entity: 'user', entityId: claims.uid });
      });
    },
  },
};
