// Starts Pagefind's search UI; a ?q= in the address runs that search at once.
window.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  const ui = new PagefindUI({ element: '#search', baseUrl: element.dataset.base, showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind's input has only a placeholder; give it a name screen readers announce.
  element.querySelector('input')?.setAttribute('aria-label', 'Search briefings, people and quotes');
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
});
