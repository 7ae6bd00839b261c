import type { PreviewRequest, PreviewStep } from '@pulse/shared/contracts';
import type { Category } from '@pulse/shared/nps';

type Theme = NonNullable<PreviewRequest['theme']>;

/** The score the preview picks to show a category's follow-up and thank-you. */
const SCORE_OF: Record<Category, number> = { detractor: 6, passive: 8, promoter: 10 };

/**
 * Walks the mounted widget to a step the way a visitor would: picks the category's
 * score, then submits. The UI stays exactly what host pages run; the submit reaches
 * the preview's own onSubmit, which sends nothing.
 */
export function walkTo(shadow: ShadowRoot, step: PreviewStep, category: Category): void {
  if (step === 'score') return;
  shadow.querySelector<HTMLInputElement>(`input[value="${SCORE_OF[category]}"]`)?.click();
  if (step !== 'thankYou') return;
  // On submit the widget moves focus to its close button; from inside a frame that would
  // pull the focus out of the editor field someone is typing in.
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = () => undefined;
  try {
    shadow.querySelector('form')?.requestSubmit();
  } finally {
    HTMLElement.prototype.focus = focus;
  }
}

/**
 * Forces the widget's own media rules to the chosen scheme, whatever the browser
 * prefers, and drops its entrance animation (which would replay on every keystroke of
 * the editor): the rules stay the widget's, only their conditions are settled.
 */
export function settleMedia(shadow: ShadowRoot, theme: Theme): void {
  for (const sheet of shadow.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const condition = rule.conditionText;
      if (condition.includes('prefers-color-scheme: dark'))
        rule.media.mediaText = theme === 'dark' ? 'all' : 'not all';
      else if (condition.includes('prefers-reduced-motion: reduce')) rule.media.mediaText = 'all';
    }
  }
  document.documentElement.style.colorScheme = theme;
}
