// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutcomeBar } from '../../components';

afterEach(cleanup);
const CURRENT = { outcome: 'none', status: 'to-develop', stars: 0 } as const;

describe('OutcomeBar', () => {
  it('records outcome, status and stars and says it was saved', async () => {
    const onUpdate = vi.fn(async (u: object) => ({ ...CURRENT, ...u }));
    render(<OutcomeBar locale="en" current={CURRENT} onUpdate={onUpdate} />);
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'quoted' } });
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledWith({ outcome: 'quoted' }));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'following-up' } });
    fireEvent.click(screen.getByLabelText(/valuable prospect/));
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledWith({ stars: 2 }));
    expect(await screen.findByText('Saved to history')).toBeTruthy();
  });

  it('asks for the order value once an order is won', async () => {
    const onUpdate = vi.fn(async (u: object) => ({ ...CURRENT, ...u }));
    render(<OutcomeBar locale="zh-CN" current={CURRENT} onUpdate={onUpdate} />);
    expect(screen.queryByLabelText('订单金额')).toBeNull();
    fireEvent.change(screen.getByLabelText('结果'), { target: { value: 'won' } });
    const value = await screen.findByLabelText('订单金额');
    fireEvent.blur(value, { target: { value: '25000' } });
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledWith({ wonValue: 25000 }));
  });

  it('says so when history is unavailable, and the verdict still stands', () => {
    render(<OutcomeBar locale="en" current={null} onUpdate={vi.fn()} />);
    expect(screen.getByText('History is not available; the verdict is still shown.')).toBeTruthy();
  });
  it('says why the verdict was not saved when the disk is full, in the rep’s language, and still lets them record on the stored copy', () => {
    const { unmount } = render(<OutcomeBar locale="en" current={null} onUpdate={vi.fn()} problem="quota" />);
    expect(screen.getByRole('alert').textContent).toMatch(/no room left for history.*nothing stored earlier was touched/);
    unmount();
    render(<OutcomeBar locale="zh-CN" current={CURRENT} onUpdate={vi.fn()} problem="quota" />);
    expect(screen.getByRole('alert').textContent).toMatch(/没有空间/);
    expect(screen.getByLabelText('结果')).toBeTruthy();
  });
});
