export type Category = 'detractor' | 'passive' | 'promoter';

/**
 * Same rule as `classifyScore` in @pulse/shared, kept local because importing that
 * package at runtime would pull zod into a byte-budgeted bundle.
 */
export function categoryOf(score: number): Category {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}
