import { beforeEach, describe, expect, it } from 'vitest';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { buildReleaseFeed } from '@/lib/services/build-release-feed';
import { correctionNotes } from '@/lib/services/correction-notes';
import { ValidationError } from '@/lib/services/errors';
import { loadEditionData } from '@/lib/services/load-edition-data';
import { publishIssue } from '@/lib/services/publish-issue';
import { startCorrection } from '@/lib/services/start-correction';
import { assembledIssue, fakeRenderer, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});

const note = { en: 'The photo credit of the second article was corrected.', ru: 'Исправлен автор фото во втором материале.' };
const TODAY = () => new Date('2024-04-05T08:00:00Z');

describe('the note of a correction', () => {
  it('is required in both languages when given, and stored for the revision the correction will publish', async () => {
    const { db, chief } = desk;
    const { issueId, year, number } = assembledIssue(db, chief);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(() => startCorrection(db, chief, { issueId, note: { en: note.en, ru: '  ' } })).toThrow(ValidationError);
    startCorrection(db, chief, { issueId, note });
    expect(correctionNotes(db, { year, number }, 'ru', false)).toEqual([{ revision: 2, note: note.ru }]);
    // Not public before revision 2 is published.
    expect(correctionNotes(db, { year, number }, 'en')).toEqual([]);
  });

  it('is printed in the corrected edition’s imprint as "Revision 2 of DATE: …", in each language', async () => {
    const { db, chief } = desk;
    const { issueId, year, number } = assembledIssue(db, chief);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(loadEditionData(db, { year, number, lang: 'en' }, TODAY).correction).toBeUndefined();
    startCorrection(db, chief, { issueId, note });
    const en = loadEditionData(db, { year, number, lang: 'en' }, TODAY).correction!;
    const ru = loadEditionData(db, { year, number, lang: 'ru' }, TODAY).correction!;
    expect(RELEASE_LABELS.en.correctionNote(en.revision, en.date, en.note)).toBe(`Revision 2 of 05.04.2024: ${note.en}`);
    expect(RELEASE_LABELS.ru.correctionNote(ru.revision, ru.date, ru.note)).toBe(`Редакция 2 от 05.04.2024: ${note.ru}`);
  });

  it('is shown in the feed once the corrected revision is published', async () => {
    const { db, chief } = desk;
    const { issueId, year, number } = assembledIssue(db, chief);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    startCorrection(db, chief, { issueId, note });
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(correctionNotes(db, { year, number }, 'en')).toEqual([{ revision: 2, note: note.en }]);
    const t = (key: string, values?: Record<string, string | number>) => (key === 'feed.correction' ? `Revision ${values!.revision} corrects: ${values!.note}` : key);
    const feed = buildReleaseFeed(db, { baseUrl: 'https://example.org', lang: 'en', t });
    expect(feed).toContain(`Revision 2 corrects: ${note.en}`);
  });
});
