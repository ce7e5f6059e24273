// The explorer's entry: the URL's query string is the whole state, so any view can be shared.
// Links stay ordinary links (they work opened in a new tab); plain clicks and form submits are
// handled here without reloading the page.

import { ApiError } from './api.js';
import { type Child, fragment, h, label } from './dom.js';
import { indicatorPage } from './pages/indicator.js';
import { indicatorsPage } from './pages/indicators.js';
import { reportPage } from './pages/report.js';
import { reportsPage } from './pages/reports.js';
import { searchPage } from './pages/search.js';
import { projectSource, sourcePage } from './pages/source.js';

const main = document.getElementById('main') as HTMLElement;
let current = 0;

function pageFor(params: URLSearchParams): (params: URLSearchParams) => Promise<Child[]> {
  if (params.has('report') && params.has('start')) return sourcePage;
  if (params.has('report')) return reportPage;
  if (params.has('indicator')) return indicatorPage;
  if (params.get('view') === 'search' || params.has('q')) return searchPage;
  if (params.get('view') === 'indicators') return indicatorsPage;
  return reportsPage;
}

async function render(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const run = ++current;
  document.body.classList.add('loading');
  if (params.has('project')) {
    // A project's amounts open its first mention; the URL becomes that source view.
    history.replaceState(null, '', await projectSource(params).catch(() => '/'));
    return render();
  }
  let nodes: Child[];
  try {
    nodes = await pageFor(params)(params);
  } catch (error) {
    const message = error instanceof ApiError ? error.message : String(error);
    nodes = [h('h1', {}, label('出错了', 'Something went wrong')), h('p', { class: 'error' }, message)];
  }
  if (run !== current) return; // a later navigation won
  main.replaceChildren(fragment(nodes));
  document.body.classList.remove('loading');
  const heading = main.querySelector('h1')?.textContent;
  document.title = heading ? `${heading} · 报告指标` : '报告指标 · Report indicators';
  // The source view opens at its figure; every other view at the top.
  const figure = document.getElementById('figure');
  if (figure) figure.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, 0);
}

function navigate(url: string): void {
  history.pushState(null, '', url);
  void render();
}

document.addEventListener('click', (event) => {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const link = (event.target as Element).closest('a');
  if (!link || link.hasAttribute('download') || link.target) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname !== '/') return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (form.method !== 'get' || new URL(form.action).pathname !== '/') return;
  event.preventDefault();
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string' && value) query.set(name, value);
  navigate(`/?${query}`);
});

window.addEventListener('popstate', () => void render());
void render();
