const DEFAULT_BRAND = '#4f46e5';

/** Relative luminance (WCAG 2) of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * The brand colour as custom properties, with black or white text on it, whichever
 * contrasts more. Only a strict #rrggbb reaches the stylesheet.
 */
export function themeCss(brandColor: string): string {
  const brand = /^#[0-9a-f]{6}$/i.test(brandColor) ? brandColor : DEFAULT_BRAND;
  const onBrand = luminance(brand) > 0.179 ? '#000' : '#fff';
  return `:host{--pulse-brand:${brand};--pulse-on-brand:${onBrand}}`;
}
