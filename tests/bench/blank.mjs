// The baseline's only work: the mark cold.mjs sets once the widget rendered.
performance.mark('widget-rendered');
