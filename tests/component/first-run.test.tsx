// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRunSetup } from '../../components/FirstRunSetup';
import { hasStoredSettings, loadSettings, updateSettings } from '../../lib/browser/settings-store';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

const csv = (text: string) => new File([text], 'catalog.csv', { type: 'text/csv' });

describe('first-run setup in the panel', () => {
  it('asks for company, own domains, industry, catalog and reply language, and stores just those', async () => {
    expect(await hasStoredSettings()).toBe(false);
    const done = vi.fn();
    render(<FirstRunSetup locale="en" onSave={async (patch) => void (await updateSettings(patch), done())} onSkip={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Set up InquiryLens' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: ' Lumora Lighting ' } });
    fireEvent.change(screen.getByLabelText('Your own domains (one per line)'), { target: { value: 'Lumora.example\n@sales.lumora.example\n' } });
    fireEvent.change(screen.getByLabelText(/Your industry/), { target: { value: 'LED lighting\n' } });
    fireEvent.change(screen.getByLabelText(/Product catalog/), { target: { files: [csv('model,name\nLX-1,a\nLX-2,b\nLX-3,c\n')] } });
    expect((await screen.findByRole('status')).textContent).toBe('3 models');
    fireEvent.change(screen.getByLabelText('Reply language'), { target: { value: 'es' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    await vi.waitFor(() => expect(done).toHaveBeenCalled());

    const { settings } = await loadSettings();
    expect(settings).toMatchObject({
      companyName: 'Lumora Lighting',
      ownDomains: ['lumora.example', 'sales.lumora.example'],
      industryWords: ['LED lighting'],
      replyLanguage: 'es',
    });
    expect(settings.catalog.map((c) => c.model)).toEqual(['LX-1', 'LX-2', 'LX-3']);
    expect(await hasStoredSettings()).toBe(true);
  });

  it('can be skipped without filling anything, and then is not a first run any more', async () => {
    const onSave = vi.fn();
    render(<FirstRunSetup locale="en" onSave={onSave} onSkip={async () => void (await updateSettings({}))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await vi.waitFor(async () => expect(await hasStoredSettings()).toBe(true));
    expect(onSave).not.toHaveBeenCalled();
    expect((await loadSettings()).settings.ownDomains).toEqual([]);
  });

  it('says so when the settings could not be saved, and lets the rep try again', async () => {
    render(<FirstRunSetup locale="en" onSave={() => Promise.reject(new Error('quota exceeded'))} onSkip={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: quota exceeded');
    expect((screen.getByRole('button', { name: 'Save and start' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('speaks Chinese to a Chinese rep', () => {
    render(<FirstRunSetup locale="zh-CN" onSave={vi.fn()} onSkip={vi.fn()} />);
    expect(screen.getByRole('heading', { name: '设置 InquiryLens' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存并开始' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '暂时跳过' })).toBeTruthy();
    // Nothing but the product name and the example domain is left in Latin letters.
    const text = document.body.textContent!.replace(/InquiryLens|model|CSV/g, '');
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });
});
