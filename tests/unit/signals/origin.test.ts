import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { parseEml } from '../../../lib/parse/eml';
import { forgedGreeting, hopOf, originSignal } from '../../../lib/signals/origin';
import { ids, makeCtx } from './ctx';

const received = (...values: string[]) => values.map((value) => ({ key: 'Received', value }));
const origin = (address: string, ...values: string[]) => ids(originSignal.run(makeCtx({ from: { name: 'Sales', address }, headers: received(...values) })));

describe('the machine that sent the mail', () => {
  it('reads the greeting and the reverse name in the formats receiving servers write', () => {
    expect(hopOf('from stemco.com.tw (hwsrv-714897.hostwindsdns.com [142.11.249.189]) by ml01.01.org (Postfix) with ESMTP')).toEqual({
      helo: 'stemco.com.tw',
      host: 'hwsrv-714897.hostwindsdns.com',
      ip: '142.11.249.189',
    });
    expect(hopOf('from KOPAMARINE.CO.KR (unknown [23.106.223.60])\n\tby ml01.01.org (Postfix)')).toEqual({
      helo: 'kopamarine.co.kr',
      host: null,
      ip: '23.106.223.60',
    });
    expect(
      hopOf(
        'from mail-oln040092066029.outbound.protection.outlook.com ([40.92.66.29]:4673 helo=EUR01-VE1-obe.outbound.protection.outlook.com) by mm2.emwd.com',
      ),
    ).toEqual({
      helo: 'eur01-ve1-obe.outbound.protection.outlook.com',
      host: 'mail-oln040092066029.outbound.protection.outlook.com',
      ip: '40.92.66.29',
    });
    expect(hopOf('from unknown (HELO acme.com) (203.0.113.7) by smtp.example.net')).toEqual({ helo: 'acme.com', host: null, ip: '203.0.113.7' });
    expect(hopOf('from outlook.com (84.241.19.174) by mx.example.org')).toEqual({ helo: 'outlook.com', host: null, ip: '84.241.19.174' });
    expect(hopOf('by mx.example.org with LMTP id 4711')).toBeUndefined();
  });

  it('flags a rented machine greeting as the sender’s bare domain, with its name as evidence', () => {
    expect(forgedGreeting('stemco.com.tw', [{ helo: 'stemco.com.tw', host: 'hwsrv-714897.hostwindsdns.com', ip: '142.11.249.189' }])).toBe(
      'greeted as stemco.com.tw from hwsrv-714897.hostwindsdns.com [142.11.249.189]',
    );
    expect(origin('sales10@dongtaycorp.vn', 'from dongtaycorp.vn (unknown [45.35.198.83]) by ml01.01.org (Postfix)')).toEqual(['scam.forged-origin']);
    // A free mailbox cannot come from a nameless machine that calls itself outlook.com.
    expect(origin('kim.lee@outlook.com', 'from outlook.com (84.241.19.174) by mx.example.org')).toEqual(['scam.forged-origin']);
  });

  it('leaves real mail servers alone', () => {
    // Greeting with a host name of its own, as mail servers do.
    expect(origin('ssmos@kth.se', 'from smtp-3.sys.kth.se (smtp-3.sys.kth.se [130.237.48.192]) by mm2.emwd.com (Postfix)')).toEqual([]);
    // A company's own server greeting with the bare domain, reverse name in that domain.
    expect(origin('info@mueller-boehm.de', 'from mueller-boehm.de (mail.mueller-boehm.de [198.51.100.20]) by mx.example.org')).toEqual([]);
    // A service's host greeting as a host in the domain, not the bare domain.
    expect(origin('team@notify.thinkific.com', 'from notify.thinkific.com (ec2-35-174-148-98.compute-1.amazonaws.com [35.174.148.98])')).toEqual([]);
    // Inside the company's own network, machines greet as they like.
    expect(origin('sales@acme-trading.com', 'from acme-trading.com (unknown [192.168.20.1]) by mail.acme-trading.com')).toEqual([]);
    // Another domain's greeting says nothing about this sender.
    expect(origin('buyer@acme-trading.com', 'from lists.ettus.com (localhost [127.0.0.1]) by mm2.emwd.com (Postfix)')).toEqual([]);
    expect(origin('buyer@acme-trading.com')).toEqual([]);
    // The rep's own domain: a misconfigured server of one's own is not a scam.
    const own = makeCtx(
      { from: { name: 'Li', address: 'li@ourfactory.cn' }, headers: received('from ourfactory.cn (unknown [203.0.113.9]) by mx.example.org') },
      { ownDomains: ['ourfactory.cn'] },
    );
    expect(ids(originSignal.run(own))).toEqual([]);
  });

  it('makes an imported mail from a rented server a risk, however good its text', async () => {
    const eml = [
      'Received: from ml01.01.org (ml01.01.org [198.145.21.10]) by mx.example.org',
      'Received: from dongtaycorp.vn (unknown [45.35.198.83]) by ml01.01.org (Postfix)',
      'From: Tran Thi Thanh Tra <sales10@dongtaycorp.vn>',
      'To: sales@example.org',
      'Subject: inquiry for quote',
      'Message-ID: <1@dongtaycorp.vn>',
      'Date: Tue, 02 Jul 2019 17:00:27 -0700',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Dear Sir, please quote 5 pcs of pH meter PeakTech 5310, delivery to Ho Chi Minh City, CIF. C/O and C/Q required.',
      '',
      'Best regards, Tran Thi Thanh Tra',
      'Dong Tay Investment JSC',
      'www.dongtaycorp.vn',
      '',
    ].join('\r\n');
    const parsed = await parseEml(new TextEncoder().encode(eml), { source: 'eml', fallbackId: 'x' });
    if (!parsed.ok) throw new Error('parse failed');
    const a = analyze(parsed.inquiry);
    expect(a.risk).toBe(true);
    expect(a.signals.find((s) => s.id === 'scam.forged-origin')?.evidence).toContain('45.35.198.83');
    expect(['decline', 'verify-first']).toContain(a.sample.advice);
  });
});
