import { describe, expect, it } from 'vitest';
import { detectRole } from '../../../lib/profile/role';

const role = (text: string, signature = '', title = '') => detectRole({ text, signature, title }).role;

describe('detectRole', () => {
  it('recognises purchasing managers by their title in several languages', () => {
    expect(role('', 'Anna Kowalska\nProcurement Manager\nAcme Ltd')).toBe('purchasing-manager');
    expect(role('', 'Jean Dupont\nResponsable Achats')).toBe('purchasing-manager');
    expect(role('', 'Ivan Petrov\nРуководитель отдела закупок')).toBe('purchasing-manager');
    expect(role('', 'Klaus Berg\nEinkaufsleiter')).toBe('purchasing-manager');
    expect(role('', 'María López\nGerente de Compras')).toBe('purchasing-manager');
  });

  it('tells a purchasing clerk from the manager', () => {
    expect(role('', 'Thandi N.\nProcurement Assistant')).toBe('purchasing-clerk');
    expect(role('', 'i.A. Petra Schmidt\nEinkauf')).toBe('purchasing-clerk');
  });

  it('recognises owners and directors, including Cyrillic titles that \\b would miss', () => {
    expect(role('', 'John Smith\nCEO')).toBe('owner');
    expect(role('', 'Sara Jones\nFounder & Owner')).toBe('owner');
    expect(role('', 'Пётр Иванов\nдиректор')).toBe('owner');
    expect(role('', 'Hans Meyer\nGeschäftsführer')).toBe('owner');
  });

  it('a commission agent wins over the title he gives himself', () => {
    expect(role('We act on behalf of our client and ask 5% commission.', 'Director')).toBe('agent');
  });

  it('reads traders and end users from what they say about their business', () => {
    expect(role('We are an electrical distributor with 14 branches.', 'Mark\nProduct Manager')).toBe('trader');
    expect(role('These bags are for our own factory in Ho Chi Minh City.', 'Lan')).toBe('end-user');
    expect(role('Somos distribuidor de EPP en México.')).toBe('trader');
    expect(role('hi, we are a retail store in Dubai, want to buy phone cases.')).toBe('trader');
    expect(role('I am a shop owner in Lagos.')).toBe('trader');
  });

  it('does not confuse words that merely contain a title', () => {
    expect(role('Please see the directory of our products', '')).toBe('unknown');
    expect(role('Hello, price please', 'Amd')).toBe('unknown');
  });
});

describe('roles on real mail', () => {
  const roleOf = (text: string, asksSpecifically = true) => detectRole({ text, signature: '', asksSpecifically }).role;
  it('hears a trader in its own words, not in "my local dealer"', () => {
    expect(roleOf('Harborline Supply is an electrical distributor with 14 branches; we sell mainly to contractors.')).toBe('trader');
    expect(roleOf('Our company is importer and we supply lighting shops in Busan.')).toBe('trader');
    expect(roleOf('I resell them on eBay.')).toBe('trader');
    expect(roleOf('My local dealer does not have the parts in stock; I need replacement arms.')).toBe('end-user');
  });
  it('takes the one who evaluates the bids for the purchasing manager, whatever the title, in several languages', () => {
    const text = (t: string) => detectRole({ text: t, signature: 'Barry Willis\nGeologist\nCity Power Service', asksSpecifically: true }).role;
    expect(text('Thank you for your bid. We are currently evaluating all bids and need a clarification of your bid.')).toBe('purchasing-manager');
    expect(text('Estamos evaluando las ofertas recibidas para el suministro.')).toBe('purchasing-manager');
    expect(text('Die Angebotsauswertung läuft bis Freitag.')).toBe('purchasing-manager');
    expect(text('Please quote 5,000 MMBtu/d for January.')).toBe('end-user');
  });
  it('takes a specific request with no trade or company role for the end user, and not a vague one', () => {
    expect(roleOf('What is your price on the RKC116?')).toBe('end-user');
    expect(roleOf('We are planning to use the boards in our research lab.', false)).toBe('end-user');
    expect(roleOf('Hello, send price.', false)).toBe('unknown');
  });
});
