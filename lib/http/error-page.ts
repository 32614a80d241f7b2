const TEXTS: Record<number, { en: string; ru: string }> = {
  404: {
    en: 'There is no such issue or edition. It may not have been published yet.',
    ru: 'Такого выпуска или версии нет. Возможно, выпуск ещё не опубликован.',
  },
  409: { en: 'This edition cannot be produced yet.', ru: 'Эту версию пока невозможно сформировать.' },
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small bilingual HTML page for route handlers (downloads) that fail. */
export function errorPage(status: 404 | 409, detail?: string): Response {
  const text = TEXTS[status]!;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} — Release Desk</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d2330}</style></head>
<body><h1>${status === 404 ? 'Not found · Не найдено' : 'Not available · Недоступно'}</h1>
<p>${escapeHtml(text.en)}</p><p lang="ru">${escapeHtml(text.ru)}</p>
${detail ? `<pre style="white-space:pre-wrap">${escapeHtml(detail)}</pre>` : ''}
<p><a href="/">Back to the archive · Вернуться в архив</a></p></body></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
