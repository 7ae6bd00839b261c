import type { PublicSurveyConfig } from '@pulse/shared';

const DEFAULT_BRAND = '#4f46e5';

/** The panel's left and right offsets per position; widget.css centres it between them. */
const OFFSETS: Record<string, string> = {
  'bottom-right': '--left:auto;--right:20px',
  'bottom-left': '--left:20px;--right:auto',
  'bottom-center': '--left:0;--right:0',
};

/** Relative luminance (WCAG 2) of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * The survey's appearance as custom properties: the brand colour with black or white
 * text on it (whichever contrasts more) and the panel's side. Only a strict #rrggbb
 * reaches the stylesheet.
 */
export function themeCss({ brandColor, position }: PublicSurveyConfig['appearance']): string {
  const brand = /^#[0-9a-f]{6}$/i.test(brandColor) ? brandColor : DEFAULT_BRAND;
  const onBrand = luminance(brand) > 0.179 ? '#000' : '#fff';
  return `:host{--brand:${brand};--on-brand:${onBrand};${OFFSETS[position] ?? OFFSETS['bottom-right']}}`;
}
