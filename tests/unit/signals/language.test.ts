import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/signals/language';

describe('language', () => {
  it('detects the language of the inquiry', () => {
    expect(detectLanguage('We would like to receive your quotation for the following items and your lead time.')).toBe('en');
    expect(detectLanguage('Estamos interesados en sus productos y queremos recibir el precio de los guantes para nuestra empresa.')).toBe('es');
    expect(detectLanguage('Gostaríamos de receber a cotação dos frascos e também o prazo de entrega para nossa empresa.')).toBe('pt');
    expect(detectLanguage('Nous sommes une société de distribution et nous voulons recevoir votre prix pour les chaussures.')).toBe('fr');
    expect(detectLanguage('Wir sind ein Installationsbetrieb und bitten um ein Angebot für die Wechselrichter mit Lieferzeit.')).toBe('de');
    expect(detectLanguage('Просим выслать коммерческое предложение на насосы.')).toBe('ru');
    expect(detectLanguage('请报价，谢谢')).toBe('zh');
    expect(detectLanguage('ok')).toBe('und');
  });

  it('counts function words spelled with letters beyond Latin-1 (ß, ę, Vietnamese tones)', () => {
    expect(detectLanguage('Mit freundlichen Grüßen')).toBe('de');
    expect(detectLanguage('Zwracam się z prośbą o wycenę.')).toBe('pl');
    expect(detectLanguage('Cảm ơn bạn')).toBe('vi');
    // × is a sign, not a letter: "4×the" is two words
    expect(detectLanguage('Size 4×the and 6×the')).toBe('en');
  });
});
