// An article with a hostile string `v` in every place the text format has:
// title, body, block quote, speaker, related title and related URL. Shared
// by the test (which serves it as an `<article-widget src>` document) and
// the page-side harness.
export function hostileDocument(v) {
  return [
    v,
    '15:51 03/05/2016',
    v,
    `«${v}», - сказал Лавров.`,
    `«Мы готовы», - сказал ${v}.`,
    `ЧИТАЙТЕ ТАКЖЕ: ${v}`,
    `Read more: ${v} ${v}`,
  ].join('\n\n');
}
