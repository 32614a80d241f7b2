import { switchLocale } from '@/app/actions/auth';
import { ReturnToField } from '@/components/return-to-field';
import type { Lang } from '@/lib/domain/lang';

export function LanguageSwitch({ current, label }: { current: Lang; label: string }) {
  const next: Lang = current === 'en' ? 'ru' : 'en';
  return (
    <form action={switchLocale} className="language-switch">
      <input type="hidden" name="locale" value={next} />
      <ReturnToField />
      <button type="submit" lang={next}>
        {label}
      </button>
    </form>
  );
}
