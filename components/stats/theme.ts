import type { CSSProperties } from 'react';
import type { Band } from '../../lib/history/stats';

/** Chart colours come from the panel's tokens, so the charts follow dark mode with the rest of the page. */
export const BAND_COLOR: Record<Band, string> = { high: 'var(--il-high)', medium: 'var(--il-medium)', low: 'var(--il-low)' };
export const ACCENT = 'var(--il-focus)';
export const MUTED = 'var(--il-muted)';

export const AXIS_TICK = { fill: 'var(--il-muted)', fontSize: 12 };
export const AXIS_LINE = { stroke: 'var(--il-border)' };
export const GRID_STROKE = 'var(--il-border)';

export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--il-bg)',
  border: '1px solid var(--il-border)',
  borderRadius: 6,
  color: 'var(--il-fg)',
  fontSize: 13,
};
export const TOOLTIP_CURSOR = { fill: 'var(--il-border)', fillOpacity: 0.4 };
