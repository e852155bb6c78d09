// Any path that is not a page (and notFound() in a page): a plain page in the site's own words,
// with a way back to the appeal. Small on purpose: Next embeds it in every page's RSC payload, and
// a plain link rather than next/link, which would add its code to every page's first load.
export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose (see above) */}
        <a href="/">Go to the appeal</a>
      </p>
    </main>
  );
}
