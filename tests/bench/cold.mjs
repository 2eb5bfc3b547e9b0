// Marks `widget-rendered` (ms since navigation start) once the embed says it
// is ready, after forcing layout so the figure includes it, and says so on
// the console: the bench waits for that message rather than polling the
// page, which would run the driver's scripts in it while it loads. The
// bench puts this script inline in the pages it loads (browser.mjs).
const widget = document.querySelector('article-widget');
const observer = new MutationObserver(() => {
  if (widget.dataset.state !== 'ready' && widget.dataset.state !== 'error') return;
  observer.disconnect();
  void widget.offsetHeight;
  const mark = `widget-${widget.dataset.state === 'ready' ? 'rendered' : 'failed'}`;
  performance.mark(mark);
  console.info(`bench: ${mark}`);
});
observer.observe(widget, { attributeFilter: ['data-state'] });
