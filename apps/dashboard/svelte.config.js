// Component styles are emitted as a CSS file (no <style> elements at run time),
// so the dashboard's CSP needs no 'unsafe-inline' for styles either.
export default {
  compilerOptions: { css: 'external' },
};
