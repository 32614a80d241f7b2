import { expect, type Locator, type Page } from '@playwright/test';
import type { UiLang, UiMessages } from '../support/ui-messages';

export interface ArticleTexts {
  title: string;
  body: string;
  digest: string;
}

/** The desk's article pages: the "new article" form and one article's editor with its photos. */
export class ArticlePage {
  constructor(
    readonly page: Page,
    private readonly ui: UiMessages,
  ) {}

  /** Creates a draft from /desk/articles/new and returns its id (from the address of its page). */
  async create(country: string, eventDate: string): Promise<number> {
    await this.page.goto('/desk/articles/new');
    await this.page.getByLabel(this.ui.text('editor', 'fields.country'), { exact: true }).fill(country);
    await this.page.getByLabel(this.ui.text('editor', 'fields.eventDate'), { exact: true }).fill(eventDate);
    await this.page.getByRole('button', { name: this.ui.text('editor', 'new.create'), exact: true }).click();
    await this.page.waitForURL(/\/desk\/articles\/\d+$/);
    return Number(/\/desk\/articles\/(\d+)$/.exec(this.page.url())![1]);
  }

  async open(id: number): Promise<void> {
    await this.page.goto(`/desk/articles/${id}`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The English or the Russian half of the editor. */
  language(lang: UiLang): Locator {
    return this.page.getByRole('region', { name: this.ui.text('editor', `lang.${lang}`), exact: true });
  }

  async fillTexts(lang: UiLang, texts: Partial<ArticleTexts>): Promise<void> {
    const section = this.language(lang);
    if (texts.title != null) await section.getByLabel(this.ui.text('editor', 'fields.title'), { exact: true }).fill(texts.title);
    if (texts.body != null) await section.getByLabel(this.ui.text('editor', 'fields.body'), { exact: true }).fill(texts.body);
    if (texts.digest != null) await section.getByLabel(this.ui.text('editor', 'fields.digest'), { exact: true }).fill(texts.digest);
  }

  async fillSource(n: number, url: string): Promise<void> {
    await this.page.getByLabel(this.ui.text('editor', 'sources.url', { n }), { exact: true }).fill(url);
  }

  saveStatus(): Locator {
    return this.page.locator('#editor-status');
  }

  /** Saves at once and waits for the editor to confirm it. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.ui.text('editor', 'save.button'), exact: true }).click();
    await expect(this.saveStatus()).toHaveText(this.ui.pattern('editor', 'save.saved'));
  }

  /** Uploads a photo and waits until the page lists it as photo `n`. */
  async uploadPhoto(file: { name: string; mimeType: string; buffer: Buffer }, n: number): Promise<Locator> {
    await this.page.getByLabel(this.ui.text('editor', 'photos.choose'), { exact: true }).setInputFiles(file);
    await expect(this.page.getByRole('status').filter({ hasText: this.ui.text('editor', 'photos.uploaded', { name: file.name }) })).toBeVisible();
    const card = this.page.getByRole('figure', { name: this.ui.text('editor', 'photos.photoN', { n }), exact: true });
    await expect(card).toBeVisible();
    return card;
  }

  /** The note shown instead of the editor when this user may not change the article. */
  readOnlyNote(status: 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published'): Locator {
    return this.page.getByRole('note').filter({ hasText: this.ui.text('editor', `readOnly.${status}`) });
  }
}
