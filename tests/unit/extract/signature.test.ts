import { describe, expect, it } from 'vitest';
import { findSignature } from '../../../lib/extract/signature';

describe('signature', () => {
  it('finds the signature after a closing, skipping relay footers', () => {
    expect(findSignature('Hello\nPlease quote.\n\nBest regards,\nMark\nAcme Ltd')).toBe('Best regards,\nMark\nAcme Ltd');
    expect(findSignature('Please quote.\n\nMit freundlichen Grüßen\nJ. Böhm\n\n--\nThis e-mail was sent from a contact form on Example')).toBe(
      'Mit freundlichen Grüßen\nJ. Böhm',
    );
    expect(findSignature('price?')).toBe('');
  });
});
