'use client';

import { useState } from 'react';
import styles from './admin.module.css';

/** A generated password, shown once; never stored in the browser beyond this page. */
export function OneTimeSecret({ value, copyLabel, copiedLabel }: { value: string; copyLabel: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className={styles.secret}>
      <code translate="no">{value}</code>
      <button
        type="button"
        className="button"
        onClick={() => navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? copiedLabel : copyLabel}
      </button>
    </span>
  );
}
