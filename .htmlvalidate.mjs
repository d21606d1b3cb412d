export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A few style attributes are deliberate: the visualiser's reserved chart boxes and two rarely
    // shown notes, which would otherwise add rules to the CSS inlined into every error page.
    'no-inline-style': 'off',
    // Astro's compiler decides how void elements and boolean attributes are written.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    // Titles carry the error code, its meaning and the site name: longer than 70 characters by design.
    'long-title': 'off',
    // Heading ids from FAQ questions such as "0.85.0 이전의 AsyncAnthropic" start with a digit, which HTML5 allows.
    'valid-id': ['error', { relaxed: true }],
  },
};
