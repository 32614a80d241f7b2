'use client';

import { useEffect, useState, useTransition } from 'react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { reorderIssueArticlesAction, setIssueArticlesAction, type IssueActionResult } from '@/app/actions/issues';
import type { DeskArticle, DeskSection } from '@/lib/services/load-issue-desk';
import { articleHref, articleTitle } from './article-label';
import styles from './sections.module.css';
import { formatDate } from '@/lib/domain/date-format';

interface Props {
  issueId: number;
  sections: DeskSection[];
  editable: boolean;
}

/** The issue's country sections; inside each, articles are reordered by drag and drop, keyboard or buttons. */
export function IssueSections({ issueId, sections, editable }: Props) {
  const t = useTranslations('issues');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Counts the answers received, so that a test (or a screen reader user) can tell a new answer from the last one.
  const [answers, setAnswers] = useState(0);
  const report = (result: IssueActionResult, okText: string) => {
    setMessage(result.ok ? { text: okText, error: false } : { text: t(`errors.${result.error}`), error: true });
    setAnswers((n) => n + 1);
  };
  if (sections.length === 0) return <p className="empty">{t('articles.empty')}</p>;
  return (
    <div className={styles.sections}>
      {editable ? <p className="lead">{t('articles.instructions')}</p> : null}
      {sections.map((section) => (
        <Section key={section.countryCode} issueId={issueId} section={section} editable={editable} report={report} />
      ))}
      <p role="status" aria-live="polite" className={styles.status} style={message?.error ? { color: 'var(--danger)' } : undefined} data-answers={answers}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}

function Section({
  issueId,
  section,
  editable,
  report,
}: {
  issueId: number;
  section: DeskSection;
  editable: boolean;
  report: (result: IssueActionResult, okText: string) => void;
}) {
  const t = useTranslations('issues.articles');
  const locale = useLocale();
  const serverOrder = section.articles.map((a) => a.id);
  const [order, setOrder] = useState(serverOrder);
  const [pending, startTransition] = useTransition();
  const serverKey = serverOrder.join(',');
  useEffect(() => setOrder(serverKey.split(',').map(Number)), [serverKey]);
  const byId = new Map(section.articles.map((a) => [a.id, a]));
  const label = (id: UniqueIdentifier) => {
    const article = byId.get(Number(id));
    return article ? (articleTitle(article, locale) ?? t('untitled', { id: article.id })) : String(id);
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const save = (next: number[]) => {
    const before = order;
    setOrder(next);
    startTransition(async () => {
      const result = await reorderIssueArticlesAction({ issueId, countryCode: section.countryCode, articleIds: next });
      if (!result.ok) setOrder(before);
      report(result, t('saved'));
    });
  };
  const move = (id: number, delta: -1 | 1) => {
    const from = order.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) return;
    save(arrayMove(order, from, to));
  };
  const remove = (id: number) => {
    startTransition(async () => report(await setIssueArticlesAction({ issueId, remove: [id] }), t('removed')));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    save(arrayMove(order, order.indexOf(Number(active.id)), order.indexOf(Number(over.id))));
  };
  const position = (id: UniqueIdentifier | undefined) => order.indexOf(Number(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dragStart', { title: label(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('dragOver', { title: label(active.id), position: position(over.id), total: order.length }) : t('dragOutside', { title: label(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('dragEnd', { title: label(active.id), position: position(over.id), total: order.length }) : t('dragCancel', { title: label(active.id) }),
    onDragCancel: ({ active }) => t('dragCancel', { title: label(active.id) }),
  };
  const headingId = `section-${section.countryCode}`;
  const name = locale === 'ru' ? section.nameRu : section.nameEn;
  const items = order.map((id) => byId.get(id)).filter((a): a is DeskArticle => !!a);

  return (
    <section className={styles.section} aria-labelledby={headingId} aria-busy={pending}>
      <h3 id={headingId}>
        {name} <small>({t('count', { count: order.length })}, {section.isMember ? t('member') : t('other')})</small>
      </h3>
      {editable ? (
        <DndContext
          // A stable id keeps the accessibility ids the same on the server and in the browser (hydration).
          id={`issue-${issueId}-${section.countryCode}`}
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('instructions') } }}
        >
          <SortableContext items={order} strategy={verticalListSortingStrategy}>
            <ol className={styles.list}>
              {items.map((article, i) => (
                <SortableRow
                  key={article.id}
                  article={article}
                  index={i}
                  count={items.length}
                  title={label(article.id)}
                  disabled={pending}
                  onMove={move}
                  onRemove={remove}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      ) : (
        <ol className={styles.list}>
          {items.map((article, i) => (
            <li key={article.id} className={styles.item}>
              <span className={styles.position}>{i + 1}.</span>
              <ArticleText article={article} title={label(article.id)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ArticleText({ article, title }: { article: DeskArticle; title: string }) {
  const t = useTranslations('issues.articles');
  const locale = useLocale();
  return (
    <>
      <span className={styles.title}>
        <Link href={articleHref(article.id)}>{title}</Link>
        {article.photoCount > 0 ? <span className={styles.date}> · {t('photos', { count: article.photoCount })}</span> : null}
      </span>
      <span className={styles.date}>{formatDate(article.eventDate, locale)}</span>
    </>
  );
}

function SortableRow({
  article,
  index,
  count,
  title,
  disabled,
  onMove,
  onRemove,
}: {
  article: DeskArticle;
  index: number;
  count: number;
  title: string;
  disabled: boolean;
  onMove: (id: number, delta: -1 | 1) => void;
  onRemove: (id: number) => void;
}) {
  const t = useTranslations('issues.articles');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: article.id, disabled });
  return (
    <li
      ref={setNodeRef}
      className={`${styles.item} ${isDragging ? styles.dragging : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-article-id={article.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className={styles.handle}
        {...attributes}
        {...listeners}
        aria-label={t('handle', { title })}
      >
        ⠿
      </button>
      <span className={styles.position}>{index + 1}.</span>
      <ArticleText article={article} title={title} />
      <button type="button" className={`button ${styles.small}`} onClick={() => onMove(article.id, -1)} disabled={disabled || index === 0} aria-label={t('upLabel', { title })}>
        ↑ {t('up')}
      </button>
      <button
        type="button"
        className={`button ${styles.small}`}
        onClick={() => onMove(article.id, 1)}
        disabled={disabled || index === count - 1}
        aria-label={t('downLabel', { title })}
      >
        ↓ {t('down')}
      </button>
      <button type="button" className={`button ${styles.small}`} onClick={() => onRemove(article.id)} disabled={disabled} aria-label={t('removeLabel', { title })}>
        {t('remove')}
      </button>
    </li>
  );
}
