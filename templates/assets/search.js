// Starts Pagefind's search UI; a ?q= in the address runs that search at once.
window.addEventListener('DOMContentLoaded', async () => {
  const element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  const base = element.dataset.base ?? '/';
  const ui = new PagefindUI({
    element: '#search',
    baseUrl: base,
    mergeIndex: await otherBundles(base),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  });
  // Pagefind's input has only a placeholder; give it a name screen readers announce.
  element.querySelector('input')?.setAttribute('aria-label', 'Search briefings, people and quotes');
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
});

// A large site's index is cut into bundles (scripts/search-stream.ts), listed from the site root
// in pagefind/bundles.json: {"bundles":["pagefind/","pagefind-2/"]}. The UI loads the first from
// its own folder; the others are merged in. No manifest, or an unreadable one: the first alone.
async function otherBundles(base) {
  try {
    const response = await fetch(`${base}pagefind/bundles.json`);
    if (!response.ok) return [];
    const { bundles } = await response.json();
    if (!Array.isArray(bundles)) return [];
    return bundles.slice(1).map((path) => ({ bundlePath: `${base}${path}`, baseUrl: base }));
  } catch {
    return [];
  }
}
