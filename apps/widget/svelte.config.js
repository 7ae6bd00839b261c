// CSS lives in src/ui/widget.css and is adopted into the shadow root as a
// constructed stylesheet; components never emit <style>, which a strict CSP would block.
export default {
  compilerOptions: { css: 'external' },
};
