// Readers paste these links into runbooks: copy the absolute URL of the section, then move there.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('h2 > a.anchor') : null;
  if (!link || !navigator.clipboard) return;
  void navigator.clipboard.writeText(link.href).then(
    () => {
      // One copy of the message per page, on <body>, rather than one per heading.
      link.dataset.copied = document.body.dataset.linkCopied ?? '';
      link.dataset.state = 'copied';
      setTimeout(() => delete link.dataset.state, 2000);
    },
    () => undefined,
  );
});
