// The island (about 7.5 KiB gzip) loads only when a visualiser comes near the viewport: most
// readers of an error page never scroll to #retry, and the island must not delay the first paint.
// What is watched is the visualiser's section, not the element itself: an off-screen section skips
// layout (content-visibility: auto, issue 18), and an element inside a skipped section has no box for
// an IntersectionObserver to see, while the section keeps a placeholder box of its reserved size.
const islands = document.querySelectorAll('backoff-visualiser');
if (islands.length > 0) {
  const near = new IntersectionObserver(
    (seen) => {
      if (!seen.some((s) => s.isIntersecting)) return;
      near.disconnect();
      void import('./backoff-visualiser.ts');
    },
    { rootMargin: '800px 0px' },
  );
  for (const island of islands) near.observe(island.closest('section') ?? island);
}
