// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogFromCsv, OptionsForm } from '../../components';
import { DEFAULT_SETTINGS } from '../../lib/settings';

afterEach(cleanup);

describe('OptionsForm', () => {
  it('saves validated settings: domains, industry words, weight overrides', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" onSave={onSave} />);
    fireEvent.change(screen.getByLabelText(/Your own domains/), { target: { value: 'lumora.example\n\n sales.lumora.example ' } });
    fireEvent.change(screen.getByLabelText(/Words for your industry/), { target: { value: 'LED lighting' } });
    fireEvent.change(screen.getByLabelText('Written from free webmail; a company buyer usually has a company address.'), { target: { value: '-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ ownDomains: ['lumora.example', 'sales.lumora.example'], industryWords: ['LED lighting'], weightOverrides: { 'domain.free-mail': -20 } });
    expect(await screen.findByText(/Saved/)).toBeTruthy();
  });

  it('refuses out-of-range weights with a clear message and saves nothing', async () => {
    const onSave = vi.fn();
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="zh-CN" onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('使用免费邮箱发信；真正的公司买家一般用公司邮箱。'), { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/请修正/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('resets all weights to the defaults', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<OptionsForm initial={{ ...DEFAULT_SETTINGS, weightOverrides: { 'domain.free-mail': -30 } }} locale="en" onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset all weights' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].weightOverrides).toEqual({});
  });

  it('says when stored settings were invalid', () => {
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" storedInvalid onSave={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toMatch(/defaults are shown/);
  });
});

describe('catalog CSV import', () => {
  it('reads model and name columns, with a BOM and Chinese headers', () => {
    expect(catalogFromCsv('\ufeffmodel,name\nLX-T8-1200-18W,"T8 tube, 4 ft"\n,empty\n')).toEqual([{ model: 'LX-T8-1200-18W', name: 'T8 tube, 4 ft' }]);
    expect(catalogFromCsv('型号,名称\nAQ-HP12,热泵\n')).toEqual([{ model: 'AQ-HP12', name: '热泵' }]);
    expect(catalogFromCsv('sku,title\nX1,y\n')).toEqual([]);
  });
});
