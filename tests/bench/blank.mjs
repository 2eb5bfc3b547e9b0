// The baseline's only work: the mark and message cold.mjs gives once the
// widget rendered.
performance.mark('widget-rendered');
console.info('bench: widget-rendered');
