import { describe, expect, it } from 'vitest';
import { isForwardSubject, splitQuoted } from '../../../lib/parse/quotes';

const NEW = 'Please quote 500 pcs of AQ-4SD6-14, CFR Dammam.';

describe('splitQuoted: reply headers', () => {
  const replies: Record<string, string> = {
    English: 'On Tue, 9 Apr 2024 at 16:42, Amy Chen <amy@supplier.example> wrote:',
    'English, wrapped by Gmail': 'On Tue, 9 Apr 2024 at 16:42, Amy Chen <\namy@supplier.example> wrote:',
    German: 'Am Di., 9. Apr. 2024 um 16:42 Uhr schrieb Amy Chen <amy@supplier.example>:',
    'German, Thunderbird': 'Am 09.04.2024 um 16:42 schrieb Amy Chen:',
    French: 'Le mar. 9 avr. 2024 à 16:42, Amy Chen <amy@supplier.example> a écrit :',
    Spanish: 'El mar, 9 abr 2024 a las 16:42, Amy Chen (<amy@supplier.example>) escribió:',
    Portuguese: 'Em ter., 9 de abr. de 2024 às 16:42, Amy Chen <amy@supplier.example> escreveu:',
    Russian: '9 апреля 2024 г., 16:42 Amy Chen <amy@supplier.example> написал(а):',
    'Russian, Gmail': 'вт, 9 апр. 2024 г. в 16:42, Amy Chen <amy@supplier.example>:',
    Chinese: '在 2024年4月9日 16:42，Amy Chen <amy@supplier.example> 写道：',
    'Chinese, Gmail': 'Amy Chen <amy@supplier.example> 于2024年4月9日周二 16:42写道：',
    'Outlook English': 'From: Amy Chen <amy@supplier.example>\nSent: Tuesday, April 9, 2024 4:42 PM\nTo: Faisal\nSubject: RE: pumps',
    'Outlook German': 'Von: Amy Chen <amy@supplier.example>\nGesendet: Dienstag, 9. April 2024 16:42\nAn: Faisal\nBetreff: AW: Pumpen',
    'Outlook French': 'De : Amy Chen <amy@supplier.example>\nEnvoyé : mardi 9 avril 2024 16:42\nÀ : Faisal\nObjet : RE: pompes',
    'Outlook Spanish': 'De: Amy Chen <amy@supplier.example>\nEnviado: martes, 9 de abril de 2024 16:42\nPara: Faisal\nAsunto: RE: bombas',
    'Outlook Portuguese': 'De: Amy Chen <amy@supplier.example>\nEnviada em: terça-feira, 9 de abril de 2024 16:42\nPara: Faisal\nAssunto: RE: bombas',
    'Outlook Russian': 'От: Amy Chen <amy@supplier.example>\nОтправлено: 9 апреля 2024 г. 16:42\nКому: Faisal\nТема: RE: насосы',
    'Outlook bold (plain text of HTML)': '*From:* Amy Chen <amy@supplier.example>\n*Sent:* Tuesday, April 9, 2024 4:42 PM\n*To:* Faisal\n*Subject:* RE: pumps',
    'Outlook, Original Message': '-----Original Message-----\nFrom: Amy Chen [mailto:amy@supplier.example]\nSent: Tuesday, April 9, 2024 4:42 PM',
    'German Original Message': '-----Ursprüngliche Nachricht-----\nVon: Amy Chen',
    'Chinese Foxmail':
      '------------------ 原始邮件 ------------------\n发件人: "Amy Chen"<amy@supplier.example>\n发送时间: 2024年4月9日(星期二) 下午4:42\n收件人: "Faisal"\n主题: 回复: 水泵',
  };
  for (const [name, header] of Object.entries(replies)) {
    it(`separates the new text from a ${name} reply header`, () => {
      const r = splitQuoted(`${NEW}\n\nRegards\nFaisal\n\n${header}\n\nDear Faisal,\nOur price is USD 120 per set.`);
      expect(r.body).toBe(`${NEW}\n\nRegards\nFaisal`);
      expect(r.quoted).toContain('Our price is USD 120 per set.');
      expect(r.quoted.startsWith(header.split('\n')[0] ?? '')).toBe(true);
    });
  }
});

describe('splitQuoted: > quoting', () => {
  it('moves >-quoted lines to quoted and keeps inline answers', () => {
    const r = splitQuoted('Answers below.\n\n> What quantity do you need?\n500 sets.\n>> Is CE needed?\nYes, CE and RoHS.');
    expect(r.body).toBe('Answers below.\n\n500 sets.\nYes, CE and RoHS.');
    expect(r.quoted).toContain('> What quantity do you need?');
    expect(r.quoted).toContain('>> Is CE needed?');
  });

  it('does not treat a comparison at line start as a quote', () => {
    const r = splitQuoted('Our needs:\n> 500 pcs per month\n>=3 colours');
    expect(r.body).toBe('Our needs:\n> 500 pcs per month\n>=3 colours');
    expect(r.quoted).toBe('');
  });

  it('keeps a reply with nothing above the quote empty rather than inventing content', () => {
    const r = splitQuoted('Thanks, noted.\n\n> our previous offer', { subject: 'Re: offer' });
    expect(r.body).toBe('Thanks, noted.');
    expect(r.quoted).toBe('> our previous offer');
  });
});

describe('splitQuoted: forwards', () => {
  const forwarded =
    'Dear Sir,\nWe are MEP contractor in Riyadh. We need 60 sets AQ-4SD6-14 submersible pumps, 380V 60Hz, CFR Dammam, L/C at sight.\nRegards\nFaisal';

  it('takes a Gmail forward under "FYI" as the content, without its header block', () => {
    const r = splitQuoted(
      `FYI\n\n---------- Forwarded message ---------\nFrom: Faisal <faisal@dar-almayah.example>\nDate: Tue, 9 Apr 2024 at 16:42\nSubject: Pumps\nTo: <info@aquaflo.example>\n\n${forwarded}`,
    );
    expect(r.body).toBe(forwarded);
    expect(r.body).not.toMatch(/^(From|Date|Subject|To):/m);
    expect(r.quoted).not.toContain('MEP contractor');
  });

  it('takes an Apple Mail forward with nothing above it as the content', () => {
    const r = splitQuoted(
      `Begin forwarded message:\n\nFrom: Faisal <faisal@dar-almayah.example>\nSubject: Pumps\nDate: 9 April 2024 at 16:42:00 GMT+3\nTo: info@aquaflo.example\n\n${forwarded}`,
    );
    expect(r.body).toBe(forwarded);
  });

  it('takes an Outlook "FW:" forward under a short note and signature as the content', () => {
    const r = splitQuoted(
      `Hi Sunny,\n\nplease handle.\n\nBest regards\nTom Wu\nSales Director\nTel +86 21 5555 1234\n\n________________________________\nFrom: Faisal <faisal@dar-almayah.example>\nSent: Tuesday, April 9, 2024 4:42 PM\nTo: info@aquaflo.example\nSubject: Pumps\n\n${forwarded}`,
      { subject: 'FW: Pumps' },
    );
    expect(r.body).toBe(forwarded);
    expect(r.quoted).toContain('please handle.');
  });

  it('takes localized forwards as the content', () => {
    for (const marker of [
      '---------- Weitergeleitete Nachricht ---------',
      '-------- Message transféré --------',
      '---------- Mensaje reenviado ---------',
      '---------- Mensagem encaminhada ---------',
      '-------- Пересылаемое сообщение --------',
      '---------- 转发的邮件 ----------',
    ]) {
      const r = splitQuoted(`${marker}\nFrom: Faisal <faisal@dar-almayah.example>\nDate: 9.4.2024\n\n${forwarded}`);
      expect(r.body, marker).toBe(forwarded);
    }
  });

  it('keeps substantial own text as the body and the forward as history', () => {
    const own = 'Dear Sunny, this buyer asked us last year as well and never ordered. Please check their company registration before quoting anything.';
    const r = splitQuoted(`${own}\n\n---------- Forwarded message ---------\nFrom: Faisal <f@x.example>\n\n${forwarded}`);
    expect(r.body).toBe(own);
    expect(r.quoted).toContain('MEP contractor');
  });

  it('splits the history off a forwarded reply chain too', () => {
    const r = splitQuoted(
      `FYI\n\n---------- Forwarded message ---------\nFrom: Faisal <f@x.example>\nSubject: Re: Pumps\n\n${forwarded}\n\nOn Mon, 8 Apr 2024 at 10:00, Info <info@aquaflo.example> wrote:\n> our catalogue attached`,
    );
    expect(r.body).toBe(forwarded);
    expect(r.quoted).toContain('> our catalogue attached');
  });

  it('recognises forward subjects in several languages', () => {
    for (const s of ['Fwd: pumps', 'FW: pumps', 'WG: Pumpen', 'TR: pompes', 'RV: bombas', 'ENC: bombas', '转发: 水泵', 'Re: Fwd: pumps']) {
      expect(isForwardSubject(s), s).toBe(true);
    }
    for (const s of ['Re: pumps', 'Inquiry for forwarder services', 'AW: Pumpen']) expect(isForwardSubject(s), s).toBe(false);
  });
});

describe('splitQuoted: robustness', () => {
  it('leaves a route "From:/To:/Date:" in the buyer text alone', () => {
    const text = 'Please quote sea freight:\nFrom: Shanghai\nTo: Hamburg\nDate: June 2024\nThanks';
    expect(splitQuoted(text)).toEqual({ body: text, quoted: '' });
  });

  it('handles empty input and CRLF line ends', () => {
    expect(splitQuoted('')).toEqual({ body: '', quoted: '' });
    expect(splitQuoted('New\r\n\r\n> old\r\n')).toEqual({ body: 'New', quoted: '> old' });
  });

  it('completes on a megabyte of hostile lines', () => {
    const lines = [
      'On '.repeat(100_000),
      'From: x\nFrom: y\n'.repeat(50_000),
      '>'.repeat(500_000),
      `${'-'.repeat(300_000)}Forwarded message`,
      'a:'.repeat(300_000),
    ].join('\n');
    const r = splitQuoted(lines);
    expect(r.body.length + r.quoted.length).toBeLessThanOrEqual(lines.length);
  });
});
