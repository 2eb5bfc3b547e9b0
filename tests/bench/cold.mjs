// Marks `widget-rendered` (ms since navigation start) once the embed says it
// is ready, after forcing layout so the figure includes it.
const widget = document.querySelector('article-widget');
const observer = new MutationObserver(() => {
  if (widget.dataset.state !== 'ready' && widget.dataset.state !== 'error') return;
  observer.disconnect();
  void widget.offsetHeight;
  performance.mark(`widget-${widget.dataset.state === 'ready' ? 'rendered' : 'failed'}`);
});
observer.observe(widget, { attributeFilter: ['data-state'] });
