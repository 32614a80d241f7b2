'use client';

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The texts of an article as they stand in the editor, typed but maybe not saved yet. */
export interface LiveTexts {
  titleEn: string;
  titleRu: string;
  digestEn: string;
  digestRu: string;
  bodyEn: string;
  bodyRu: string;
}

type Publish = (texts: LiveTexts | null) => void;

const TextsContext = createContext<LiveTexts | null>(null);
// The setter has a context of its own: the editor publishes without re-rendering on each publication.
const PublishContext = createContext<Publish | null>(null);

/** Around the editor and whatever follows its texts as they are typed (the translation checks). */
export function LiveTextsProvider({ children }: { children: ReactNode }) {
  const [texts, setTexts] = useState<LiveTexts | null>(null);
  return (
    <PublishContext.Provider value={setTexts}>
      <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>
    </PublishContext.Provider>
  );
}

/** Called by the editor with its current values; nothing happens outside a LiveTextsProvider. */
export function usePublishLiveTexts(values: LiveTexts): void {
  const publish = useContext(PublishContext);
  const { titleEn, titleRu, digestEn, digestRu, bodyEn, bodyRu } = values;
  const texts = useMemo(() => ({ titleEn, titleRu, digestEn, digestRu, bodyEn, bodyRu }), [titleEn, titleRu, digestEn, digestRu, bodyEn, bodyRu]);
  useEffect(() => {
    publish?.(texts);
  }, [publish, texts]);
  useEffect(() => () => publish?.(null), [publish]);
}

/** The editor's current texts, or null when no editor is open (read-only article). */
export function useLiveTexts(): LiveTexts | null {
  return useContext(TextsContext);
}
