'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './desk.module.css';

export interface DeskNavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string): boolean {
  // The dashboard is only "current" on itself; other sections also on their sub-pages.
  if (href === '/desk') return pathname === '/desk';
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function DeskNav({ items, label }: { items: DeskNavItem[]; label: string }) {
  const pathname = usePathname();
  // A more specific item (New article) wins over a section containing it.
  const current = items.filter((item) => isCurrent(pathname, item.href)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav className={styles.nav} aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item === current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
