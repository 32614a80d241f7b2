'use client';

import { useCallback, useEffect, useRef } from 'react';

/**
 * Whether the browser is still on the page this component was mounted on, and not on its way out.
 *
 * A server action posts to the address shown *when it is sent*, and the router sends it only after
 * a navigation under way has finished: a timer (an autosave, a memory lookup) that fires between a
 * click on a link and the next page appearing — the old page is still mounted, still at its own
 * address — would reach the next page, which does not have the action (409, a console error).
 * So a click on a link to another page counts as leaving at once (the leave guard saves what was
 * typed before it goes); typing again means the user stayed (e.g. the guard's save failed).
 * Timers ask `stillOnPage()` before they call the server.
 */
export function useStillOnPage(): () => boolean {
  const page = useRef<string | null>(null);
  const leaving = useRef(false);
  useEffect(() => {
    page.current = window.location.pathname;
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin === window.location.origin && url.pathname !== window.location.pathname) leaving.current = true;
    };
    const stayed = () => {
      leaving.current = false;
    };
    document.addEventListener('click', onClick, true);
    document.addEventListener('input', stayed, true);
    document.addEventListener('keydown', stayed, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('input', stayed, true);
      document.removeEventListener('keydown', stayed, true);
    };
  }, []);
  return useCallback(() => !leaving.current && page.current !== null && window.location.pathname === page.current, []);
}
