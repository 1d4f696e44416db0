// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelState } from '../../components';

afterEach(cleanup);

describe('a message that could not be read', () => {
  it('says so as an alert, in English and Chinese, and offers the fallbacks', () => {
    render(
      <PanelState status="unreadable" locale="en" detail="The message does not fit the expected shape (state.inquiry.id)." onAnalyzePage={() => undefined} />,
    );
    expect(screen.getByRole('alert').textContent).toBe('This message could not be read, so it was not judged. Paste its text below to judge it.');
    expect(screen.getByRole('button', { name: 'Analyse this page' })).toBeTruthy();
    cleanup();
    render(<PanelState status="unreadable" locale="zh-CN" />);
    expect(screen.getByRole('alert').textContent).toBe('无法读取这封邮件，因此未作判断。可将正文粘贴到下方进行判断。');
  });
});
