import type { SampleMessage } from '../../fixtures/demo/samples';
import { SAMPLES } from '../../fixtures/demo/samples';
import { fromPaste } from '../../../lib/sites';

export const [GENUINE, VAGUE, SCAM] = SAMPLES as [SampleMessage, SampleMessage, SampleMessage];

/** A sample as the rep would copy it from a mail client, header lines first. */
export const mailText = (m: SampleMessage) => `From: ${m.fromName} <${m.fromAddress}>\nSubject: ${m.subject}\n\n${m.body}`;

/** What the Gmail content script reports when the rep opens a sample. */
export function gmailReport(m: SampleMessage) {
  return {
    type: 'read',
    site: 'gmail',
    url: `https://mail.google.com/mail/u/0/#inbox/${m.id}`,
    state: { status: 'ok', via: 'gmail', inquiry: { ...fromPaste(mailText(m)), source: 'gmail', id: m.id } },
  };
}
