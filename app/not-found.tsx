import './[locale]/globals.css';

/** Requests that never reached a locale (rare: the proxy rewrites every page into one). */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <div className="error-page">
            <h1>Not found · Не найдено</h1>
            <p>There is no such page. · Такой страницы нет.</p>
            <a href="/">Back to the archive · Вернуться в архив</a>
          </div>
        </main>
      </body>
    </html>
  );
}
