import { notFound } from 'next/navigation';

/** Any unknown page inside a locale shows the localised not-found page. */
export default function CatchAll() {
  notFound();
}
