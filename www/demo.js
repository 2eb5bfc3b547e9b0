// The demo page: a sample article rendered by the widget, a text area that
// re-renders as you type, and theme / interface-language switches.
// ?article=<file>&theme=light|dark|auto&lang=ru|en preselect the controls.
import init, { mount } from './pkg/article_widget.js';

const host = document.getElementById('widget');
const form = document.getElementById('controls');
const sample = document.getElementById('sample');
const theme = document.getElementById('theme');
const lang = document.getElementById('lang');
const source = document.getElementById('source');
const status = document.getElementById('status');

let widget = null;

function widgetOptions() {
  const options = { theme: theme.value };
  if (lang.value) options.lang = lang.value;
  return options;
}

function showError(err) {
  host.dataset.state = 'error';
  status.textContent = `Could not render: ${err?.message ?? err}`;
}

function render() {
  try {
    if (widget) widget.update(source.value);
    else widget = mount(host, source.value, widgetOptions());
    host.dataset.state = 'ready';
    status.textContent = '';
  } catch (err) {
    showError(err);
  }
}

// Theme and language are mount options, so switching them mounts afresh.
function remount() {
  document.documentElement.dataset.theme = theme.value;
  widget?.destroy();
  widget = null;
  render();
}

async function fetchSample() {
  const response = await fetch(`articles/${encodeURIComponent(sample.value)}`);
  if (!response.ok) throw new Error(`${sample.value}: HTTP ${response.status}`);
  return response.text();
}

async function loadSample() {
  host.dataset.state = 'loading';
  source.value = await fetchSample();
  render();
}

function preselect(select, value) {
  if (value && [...select.options].some((o) => o.value === value)) select.value = value;
}

async function main() {
  const params = new URLSearchParams(location.search);
  preselect(sample, params.get('article'));
  preselect(theme, params.get('theme'));
  preselect(lang, params.get('lang'));
  document.documentElement.dataset.theme = theme.value;

  form.addEventListener('submit', (event) => event.preventDefault());
  source.addEventListener('input', render);
  theme.addEventListener('change', remount);
  lang.addEventListener('change', remount);
  sample.addEventListener('change', () => loadSample().catch(showError));

  // The first article and the module load side by side.
  host.dataset.state = 'loading';
  const [text] = await Promise.all([fetchSample(), init()]);
  source.value = text;
  render();
}

main().catch(showError);
