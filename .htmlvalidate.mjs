export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours code tokens with style attributes; that is its output format, not our markup.
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
