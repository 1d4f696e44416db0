// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogFromCsv, OptionsForm } from '../../components';
import { loadSettings, updateSettings } from '../../lib/browser/settings-store';
import type { Settings } from '../../lib/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

const fieldset = (legend: string) => screen.getByText(legend, { selector: 'legend' }).closest('fieldset')!;
const csv = (text: string) => new File([text], 'catalog.csv', { type: 'text/csv' });
/** What the options page does: only the section saved goes over what is stored. */
const storeSection = async (next: Settings, changed: readonly (keyof Settings)[]) => {
  await updateSettings(Object.fromEntries(changed.map((k) => [k, next[k]])));
};
const leaving = () => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

describe('OptionsForm', () => {
  it('saves each section with the Save beside it, and says so there', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" onSave={onSave} />);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    fireEvent.change(screen.getByLabelText(/Your own domains/), { target: { value: 'lumora.example\n\n sales.lumora.example ' } });
    fireEvent.change(screen.getByLabelText(/Words for your industry/), { target: { value: 'LED lighting' } });
    fireEvent.change(screen.getByLabelText('Written from free webmail; a company buyer usually has a company address.'), { target: { value: '-20' } });

    const company = fieldset('Your company');
    expect(within(company).getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(within(company).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ ownDomains: ['lumora.example', 'sales.lumora.example'], industryWords: ['LED lighting'] });
    expect(onSave.mock.calls[0]![1]).toEqual(['companyName', 'ownDomains', 'industryWords', 'monthlyCapacity']);
    expect((await within(company).findByRole('status')).textContent).toMatch(/^Saved/);
    // The weights are still waiting for their own Save.
    const weights = fieldset('Signal weights');
    fireEvent.click(within(weights).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[1]![0]).toMatchObject({ weightOverrides: { 'domain.free-mail': -20 } });
    expect(onSave.mock.calls[1]![1]).toEqual(['weightOverrides']);
  });

  it('lets the rep type one domain per line (a new line is kept while typing)', () => {
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" onSave={vi.fn()} />);
    const box = screen.getByLabelText(/Your own domains/) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'lumora.example\n' } });
    expect(box.value).toBe('lumora.example\n');
  });

  it('refuses out-of-range weights with a clear message beside them and saves nothing', async () => {
    const onSave = vi.fn();
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="zh-CN" onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('使用免费邮箱发信；真正的公司买家一般用公司邮箱。'), { target: { value: '500' } });
    const weights = fieldset('信号权重');
    fireEvent.click(within(weights).getByRole('button', { name: '保存' }));
    expect((await within(weights).findByRole('alert')).textContent).toMatch(/请修正/);
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

  it('warns before leaving with unsaved changes, and not once they are saved', async () => {
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" onSave={vi.fn().mockResolvedValue(undefined)} />);
    expect(leaving()).toBe(false);
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: 'Lumora Lighting' } });
    expect(leaving()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status');
    expect(leaving()).toBe(false);
  });
});

describe('catalog import', () => {
  it('saves at once and says "Imported 3 models." beside the import', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" onSave={onSave} />);
    const catalog = fieldset('Product catalog');
    fireEvent.change(within(catalog).getByLabelText('Product catalog'), { target: { files: [csv('model,name\nLX-1,a\nLX-2,b\nLX-3,c\n')] } });
    expect((await within(catalog).findByRole('status')).textContent).toBe('Imported 3 models.');
    expect(onSave.mock.calls[0]![1]).toEqual(['catalog']);
    expect(onSave.mock.calls[0]![0].catalog).toHaveLength(3);
    expect(within(catalog).getByText(/3 models/, { selector: 'p' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(leaving()).toBe(false);
  });

  it('survives leaving the page: the next visit shows the imported catalog', async () => {
    const first = render(<OptionsForm initial={(await loadSettings()).settings} locale="en" onSave={storeSection} />);
    fireEvent.change(screen.getByLabelText('Product catalog'), { target: { files: [csv('model,name\nLX-1,a\nLX-2,b\nLX-3,c\n')] } });
    await screen.findByText('Imported 3 models.');
    first.unmount();

    const stored = (await loadSettings()).settings;
    expect(stored.catalog.map((c) => c.model)).toEqual(['LX-1', 'LX-2', 'LX-3']);
    render(<OptionsForm initial={stored} locale="en" onSave={storeSection} />);
    expect(within(fieldset('Product catalog')).getByText(/3 models/, { selector: 'p' })).toBeTruthy();
  });

  it('keeps other sections\u2019 unsaved edits out of the import, and keeps them as edits', async () => {
    await updateSettings({ companyName: 'Stored Ltd' });
    render(<OptionsForm initial={(await loadSettings()).settings} locale="en" onSave={storeSection} />);
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: 'Half-typed' } });
    fireEvent.change(screen.getByLabelText('Product catalog'), { target: { files: [csv('model\nLX-9\n')] } });
    await screen.findByText('Imported 1 model.');
    expect((await loadSettings()).settings).toMatchObject({ companyName: 'Stored Ltd', catalog: [{ model: 'LX-9', name: '' }] });
    expect((screen.getByLabelText('Company name') as HTMLInputElement).value).toBe('Half-typed');
    expect(leaving()).toBe(true);
  });

  it('says beside the import when the file has no model column', async () => {
    const onSave = vi.fn();
    render(<OptionsForm initial={DEFAULT_SETTINGS} locale="en" onSave={onSave} />);
    const catalog = fieldset('Product catalog');
    fireEvent.change(within(catalog).getByLabelText('Product catalog'), { target: { files: [csv('sku,title\nX1,y\n')] } });
    expect((await within(catalog).findByRole('alert')).textContent).toMatch(/needs a "model" column/);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('catalog CSV import', () => {
  it('reads model and name columns, with a BOM and Chinese headers', () => {
    expect(catalogFromCsv('\ufeffmodel,name\nLX-T8-1200-18W,"T8 tube, 4 ft"\n,empty\n')).toEqual([{ model: 'LX-T8-1200-18W', name: 'T8 tube, 4 ft' }]);
    expect(catalogFromCsv('型号,名称\nAQ-HP12,热泵\n')).toEqual([{ model: 'AQ-HP12', name: '热泵' }]);
    // A price column (of one piece) is kept as a number for the sample advice; a row without one has none.
    expect(catalogFromCsv('model,name,price\nLX-1,Tube,"$3.50"\nLX-2,Panel,\n')).toEqual([
      { model: 'LX-1', name: 'Tube', price: 3.5 },
      { model: 'LX-2', name: 'Panel' },
    ]);
    expect(catalogFromCsv('sku,title\nX1,y\n')).toEqual([]);
  });
});
