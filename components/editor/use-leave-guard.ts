'use client';

import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';

/**
 * While the editor holds unsaved text: the browser asks before the tab is closed or reloaded, and
 * leaving through a link or another form on the page (navigation, language switch) saves first,
 * then goes on; if the save fails the user stays, with the editor's message in front of them.
 */
export function useLeaveGuard(dirty: boolean, save: () => Promise<boolean>, editorForm: React.RefObject<HTMLFormElement | null>) {
  const router = useRouter();
  const passing = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      event.stopPropagation();
      void save().then((ok) => ok && router.push(url.pathname + url.search + url.hash));
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (passing.current || !(form instanceof HTMLFormElement) || form === editorForm.current || editorForm.current?.contains(form)) return;
      // The review panel saves by itself before it submits.
      if (form.closest('[data-saves-draft]')) return;
      event.preventDefault();
      event.stopPropagation();
      const submitter = event.submitter;
      void save().then((ok) => {
        if (!ok) return;
        passing.current = true;
        try {
          form.requestSubmit(submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : undefined);
        } finally {
          passing.current = false;
        }
      });
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', onClick, true);
    document.addEventListener('submit', onSubmit, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('submit', onSubmit, true);
    };
  }, [dirty, save, router, editorForm]);
}
