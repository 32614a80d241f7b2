'use client';

import { useEffect, useState } from 'react';

/** The page the browser shows (its own URL, not the /[locale] rewrite), for actions that come back to it. */
export function ReturnToField() {
  const [path, setPath] = useState('');
  useEffect(() => setPath(window.location.pathname + window.location.search), []);
  return <input type="hidden" name="returnTo" value={path} />;
}
