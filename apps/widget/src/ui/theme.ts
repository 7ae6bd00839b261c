import type { PublicSurveyConfig } from '@pulse/shared/contracts';
import { DEFAULT_BRAND_COLOR } from '@pulse/shared/names';

/** The panel's `inset` per position (top right bottom left); a narrow screen overrides it in widget.css. */
const INSETS: Record<string, string> = {
  'bottom-right': 'auto 20px 20px auto',
  'bottom-left': 'auto auto 20px 20px',
  'bottom-center': 'auto 0 20px',
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
  const brand = /^#[0-9a-f]{6}$/i.test(brandColor) ? brandColor : DEFAULT_BRAND_COLOR;
  const onBrand = luminance(brand) > 0.179 ? '#000' : '#fff';
  const inset = INSETS[position] ?? INSETS['bottom-right'];
  return `:host{--brand:${brand};--on-brand:${onBrand};--inset:${inset}}`;
}
