import { parseBody, type BodyRun } from '@/lib/domain/body-markdown';
import type { EditionData, EditionLabels, EditionPhoto } from '@/lib/domain/edition';
import { formatCoverPeriod } from '@/lib/domain/period';
import { displaySourceUrl } from '@/lib/domain/source-url';

/** The fonts of lib/pdf/fonts, as @font-face rules; served next to the document. */
export const FONT_FILES = [
  { family: 'PT Serif', file: 'PTSerif-Regular.ttf', weight: 'normal', style: 'normal' },
  { family: 'PT Serif', file: 'PTSerif-Italic.ttf', weight: 'normal', style: 'italic' },
  { family: 'PT Serif', file: 'PTSerif-Bold.ttf', weight: 'bold', style: 'normal' },
  { family: 'PT Serif', file: 'PTSerif-BoldItalic.ttf', weight: 'bold', style: 'italic' },
  { family: 'PT Sans', file: 'PTSans-Regular.ttf', weight: 'normal', style: 'normal' },
  { family: 'PT Sans', file: 'PTSans-Bold.ttf', weight: 'bold', style: 'normal' },
] as const;

/** Same column and photo box as lib/pdf/styles.ts (points). */
const COLUMN_WIDTH = 595.28 - 2 * 62;
const MAX_PHOTO_HEIGHT = 400;

/** The page margins of lib/pdf/styles.ts; Playwright takes px (1 pt = 4/3 px), not pt. */
const px = (pt: number) => `${((pt * 4) / 3).toFixed(2)}px`;
export const PRINT_MARGINS = { top: px(56), bottom: px(68), left: px(62), right: px(62) };

/**
 * The edition as one HTML page for Chromium to print: the same cover, imprint, contents, summary,
 * sections, articles with their photos, sources and back cover, with the same fonts and sizes. Photos
 * are `photoUrl(photo)`, fonts `fonts/<file>`, both relative to the document's base URL. Chromium cannot
 * put the real page numbers in the contents (no layout feedback): without `contentsPages` its contents has
 * none; the like-for-like reference prints once, reads the section pages and passes them here.
 */
export function editionHtml(
  data: EditionData,
  labels: EditionLabels,
  photoUrl: (photo: EditionPhoto) => string,
  contentsPages?: Record<string, number>,
): string {
  const { organisation: org, lang } = data;
  const upper = (text: string) => text.toLocaleUpperCase(lang);
  const address = [
    `<p class="addr-h">${esc(labels.editorialAddress)}</p>`,
    org.address && `<p class="addr">${esc(org.address)}</p>`,
    org.phone && `<p class="addr">${esc(`${labels.tel} ${org.phone}`)}</p>`,
    org.fax && `<p class="addr">${esc(`${labels.fax} ${org.fax}`)}</p>`,
    `<p class="addr"><a href="mailto:${esc(org.email)}">${esc(org.email)}</a> <a href="https://${esc(org.website)}">${esc(org.website)}</a></p>`,
  ].join('');
  const sections = data.sections
    .map(
      (section) => `<section>
<h2 id="section-${esc(section.countryCode)}">${esc(upper(section.heading))}</h2>
${section.articles
  .map(
    (article) => `<article>
${article.outlet ? `<p class="outlet">${esc(upper(article.outlet))}</p>` : ''}<h3>${esc(upper(article.title))}</h3>
${article.photos.map((photo) => figure(photo, labels, photoUrl(photo))).join('\n')}
${paragraphs(article.body)}
<div class="sources">${article.sources.map((url) => `<a href="${esc(url)}">${esc(displaySourceUrl(url))}</a>`).join('')}</div>
</article>`,
  )
  .join('\n')}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<title>${esc(labels.documentTitle(data.number, formatCoverPeriod(data.periodStart, data.periodEnd)))}</title>
<style>
${FONT_FILES.map((f) => `@font-face{font-family:'${f.family}';src:url('fonts/${f.file}') format('truetype');font-weight:${f.weight};font-style:${f.style}}`).join('\n')}
@page{size:A4}
body{margin:0;font-family:'PT Serif';font-size:11pt;color:#1a1a1a}
a{color:#1f4e8c;text-decoration:none}
.cover{height:calc(297mm - 124pt - 1px);display:flex;flex-direction:column;justify-content:space-between;align-items:center;text-align:center;break-after:page}
.cover .org{font-family:'PT Sans';font-weight:bold;font-size:12pt;line-height:1.45;letter-spacing:.3pt;margin:0}
.cover h1{font-size:30pt;line-height:1.2;letter-spacing:1.5pt;margin:0 0 14pt}
.cover .sub{font-weight:bold;font-size:16pt;line-height:1.35;letter-spacing:.6pt;margin:0}
.cover .src{font-style:italic;font-size:14pt;margin:6pt 0 0}
.cover hr{width:120pt;border:0;border-bottom:1pt solid #1a1a1a;margin:22pt auto}
.cover .period{font-weight:bold;font-size:16pt;margin:0}
.cover .num{font-weight:bold;font-size:22pt;margin:10pt 0 0}
.cover .place{font-size:13pt;margin:0}
.imprint{border-bottom:.75pt solid #999;padding-bottom:12pt;margin-bottom:14pt;break-inside:avoid}
.imprint .t{font-family:'PT Sans';font-weight:bold;font-size:14pt;text-align:center;letter-spacing:.6pt;margin:0}
.imprint .o{font-size:10.5pt;line-height:1.4;text-align:center;margin:6pt 0 12pt}
.addr-h{font-weight:bold;font-size:10.5pt;line-height:1.4;margin:0 0 2pt}
.addr{font-size:10.5pt;line-height:1.4;margin:0}.addr a{color:inherit}
.cite{font-size:10.5pt;line-height:1.4;margin:10pt 0 0}.circ{font-style:italic;font-size:10.5pt;margin:4pt 0 0}
.contents{margin-bottom:16pt}
.contents h2{font-size:12pt;margin:0 0 8pt}
.contents a{display:flex;align-items:flex-end;color:inherit;margin-bottom:3pt;font-style:italic;line-height:1.35}
.contents a span{flex-grow:1;border-bottom:1pt dotted #666;margin:0 4pt 4pt}
p.par{font-size:11pt;line-height:1.4;text-align:justify;text-indent:18pt;margin:0 0 5pt;hyphens:auto}
h2{font-family:'PT Sans';font-weight:bold;font-size:14pt;line-height:1.3;text-align:center;letter-spacing:.6pt;margin:14pt 0;break-after:avoid;break-inside:avoid}
article{margin-bottom:18pt}
.outlet{font-family:'PT Sans';font-weight:bold;font-size:9pt;letter-spacing:1pt;color:#555;margin:0 0 3pt;break-after:avoid}
h3{font-size:12pt;line-height:1.3;margin:0 0 8pt;break-after:avoid;break-inside:avoid}
figure{margin:0 0 8pt;break-inside:avoid}figure img{display:block;margin:0 auto}
figcaption{font-style:italic;font-size:9.5pt;line-height:1.3;margin-top:3pt}
.credit{font-family:'PT Sans';font-size:8.5pt;color:#555;margin-top:1pt}
.sources{margin-top:4pt}.sources a{display:block;font-family:'PT Sans';font-size:9pt;line-height:1.35}
.back{break-before:page;height:calc(297mm - 124pt - 1px);display:flex;flex-direction:column;justify-content:flex-end}
.back div{border-top:.75pt solid #999;padding-top:14pt}
.back .org{font-family:'PT Sans';font-weight:bold;font-size:11pt;line-height:1.45;margin:0 0 12pt}
</style></head><body>
<div class="cover">
<p class="org">${esc(upper(org.name))}</p>
<div><h1>${esc(labels.coverTitle)}</h1>${labels.coverSubtitle.map((l) => `<p class="sub">${esc(l)}</p>`).join('')}
<p class="src">${esc(labels.coverSource)}</p><hr><p class="period">${esc(formatCoverPeriod(data.periodStart, data.periodEnd))}</p><p class="num">#${data.number}</p></div>
<p class="place">${esc(`${data.place} - ${data.year}`)}</p>
</div>
<div class="imprint"><p class="t">${esc(`${labels.imprintTitle} ${org.shortName}`)}</p><p class="o">${esc(org.name)}</p>${address}
<p class="cite">${esc(labels.citation(data.number, data.year))}</p><p class="circ">${esc(labels.circulation)}</p></div>
<nav class="contents"><h2>${esc(labels.contents)}</h2>
${data.sections.map((s) => `<a href="#section-${esc(s.countryCode)}">${esc(s.heading)}<span></span>${contentsPages?.[s.countryCode] ?? ''}</a>`).join('\n')}
</nav>
${paragraphs(data.summary.counts)}${paragraphs(data.summary.digest)}
${sections}
<div class="back"><div><p class="org">${esc(upper(org.name))}</p>${address}</div></div>
</body></html>`;
}

/** Footer with the page number, as the react-pdf edition has (Chromium prints it on the cover too). */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-family:sans-serif;font-size:9pt;color:#555"><span class="pageNumber"></span></div>';

function figure(photo: EditionPhoto, labels: EditionLabels, src: string): string {
  const ratio = photo.width > 0 && photo.height > 0 ? photo.height / photo.width : 0.66;
  let width = COLUMN_WIDTH;
  let height = width * ratio;
  if (height > MAX_PHOTO_HEIGHT) {
    height = MAX_PHOTO_HEIGHT;
    width = height / ratio;
  }
  return `<figure><img src="${esc(src)}" style="width:${width.toFixed(2)}pt;height:${height.toFixed(2)}pt" alt="">${
    photo.caption ? `<figcaption>${esc(photo.caption)}</figcaption>` : ''
  }${photo.credit ? `<div class="credit">${esc(labels.photoCredit(photo.credit))}</div>` : ''}</figure>`;
}

function paragraphs(markdown: string): string {
  return parseBody(markdown)
    .map((block) => `<p class="par">${block.runs.map(run).join('')}</p>`)
    .join('\n');
}

function run(r: BodyRun): string {
  let html = esc(r.text);
  if (r.italic) html = `<em>${html}</em>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  return r.href ? `<a href="${esc(r.href)}">${html}</a>` : html;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
