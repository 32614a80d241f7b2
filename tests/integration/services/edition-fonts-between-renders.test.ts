import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { loadEditionData } from '@/lib/services/load-edition-data';
import { renderInProcess } from '@/lib/services/rendering/render-in-process';
import { flatText } from '@/tests/helpers/edition-pdf-checks';
import { setupDesk } from '@/tests/helpers/issue-desk';
import { readPdf } from '@/tests/helpers/read-pdf';

/**
 * A render worker renders many documents one after the other. With the fonts loaded once per
 * process, a document lost the letters an earlier one had used (the English edition after the
 * Russian one printed "ENTRAL ASIAN ... AND TH EIR"): each render must get every glyph it sets.
 */
describe('editions rendered one after the other in one process', () => {
  it('keeps every letter of the English edition after the Russian one, and of the Russian after the English', async () => {
    const desk = await setupDesk();
    for (const lang of ['en', 'ru'] as const) {
      const file = `release-2024-01-${lang}.md`;
      applyReleaseImport(desk.db, SYSTEM_ACTOR, { files: [{ bytes: fs.readFileSync(`tests/fixtures/${file}`), fileName: file }] });
    }
    // January's English text lacks one title (docs/translation.md); the edition needs every text.
    desk.db.$client.exec(`UPDATE articles SET title_en = 'Untitled' WHERE title_en = ''`);
    const { year, number } = desk.db.$client.prepare('SELECT year, number FROM issues').get() as { year: number; number: number };
    const coverText = async (lang: 'en' | 'ru') => flatText(await readPdf((await renderInProcess(loadEditionData(desk.db, { year, number, lang }))).pdf)).slice(0, 400);

    const firstRussian = await coverText('ru');
    const english = await coverText('en');
    const russianAgain = await coverText('ru');
    expect(english).toContain('CENTRAL ASIAN REGIONAL INFORMATION AND COORDINATION CENTRE');
    expect(english).toContain('PSYCHOTROPIC SUBSTANCES AND THEIR PRECURSORS');
    expect(english).toContain('INFORMATION RELEASE');
    expect(russianAgain).toBe(firstRussian);
    expect(firstRussian).toContain('ЦЕНТРАЛЬНОАЗИАТСКИЙ РЕГИОНАЛЬНЫЙ ИНФОРМАЦИОННЫЙ КООРДИНАЦИОННЫЙ ЦЕНТР');
  }, 180_000);
});
