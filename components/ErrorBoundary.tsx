import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the part that failed; `retry` renders the children again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /**
   * When any of these change (another record opened, the list reloaded), the children get a fresh
   * chance: the failure belonged to what was shown before.
   */
  resetKeys?: readonly unknown[];
}

interface State {
  failed: boolean;
  error: unknown;
}

function sameKeys(a: readonly unknown[] = [], b: readonly unknown[] = []): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * Keeps one damaged record or one chart from blanking a whole page: React unmounts everything above
 * a render error unless a boundary catches it, and a hostile backup can hold values no component
 * expects.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for a bug report; the rep sees the translated fallback.
    console.error('InquiryLens: a part of the page failed to render', error, info.componentStack);
  }

  override componentDidUpdate(prev: ErrorBoundaryProps): void {
    if (this.state.failed && !sameKeys(prev.resetKeys, this.props.resetKeys)) this.retry();
  }

  retry = (): void => {
    this.setState({ failed: false, error: undefined });
  };

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
