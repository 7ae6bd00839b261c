import { describe, expect, it } from 'vitest';
import { priorityOf } from './priority.js';

describe('priorityOf', () => {
  it('is urgent for churn risk at any score', () => {
    expect(priorityOf(10, 'promoter', [], true)).toBe('urgent');
    expect(priorityOf(6, 'detractor', [], true)).toBe('urgent');
  });

  it('is urgent for a score of 0–3 with a billing or reliability theme', () => {
    expect(priorityOf(3, 'detractor', ['billing'], false)).toBe('urgent');
    expect(priorityOf(0, 'detractor', ['reliability'], false)).toBe('urgent');
  });

  it('is high, not urgent, for billing at a score of 4', () => {
    expect(priorityOf(4, 'detractor', ['billing'], false)).toBe('high');
  });

  it('is high for any detractor scoring 0–4 and for 5–6 naming a theme', () => {
    expect(priorityOf(2, 'detractor', [], false)).toBe('high');
    expect(priorityOf(6, 'detractor', ['usability'], false)).toBe('high');
  });

  it('is normal for a 5–6 detractor naming no theme', () => {
    expect(priorityOf(5, 'detractor', [], false)).toBe('normal');
  });

  it('is low for passives and promoters without churn, even with complaints', () => {
    expect(priorityOf(7, 'passive', ['price'], false)).toBe('low');
    expect(priorityOf(9, 'promoter', [], false)).toBe('low');
  });
});
