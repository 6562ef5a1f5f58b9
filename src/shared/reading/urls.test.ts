import { describe, expect, it } from 'vitest';
import { isPublicWebUrl, isRemoteImage } from './urls';

describe('remote images', () => {
  it('come only from public web hosts', () => {
    for (const ok of ['https://img.example.com/a.png', 'http://8.8.8.8/a.png', 'https://[2001:4860::8888]/a.png', 'https://qnssl.niaogebiji.com/x.png']) expect(isRemoteImage(ok), ok).toBe(true);
    const refused = [
      'http://127.0.0.1/a.png', 'http://127.1.2.3:8080/a.png', 'http://localhost/a.png', 'http://app.localhost/a.png', 'http://2130706433/a.png', 'http://0x7f000001/a.png',
      'http://10.0.0.1/a.png', 'http://172.16.5.4/a.png', 'http://172.31.255.255/a.png', 'http://192.168.1.1/a.png', 'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/a.png', 'http://0.0.0.0/a.png', 'http://[::1]/a.png', 'http://[fe80::1]/a.png', 'http://[fd00::1]/a.png', 'http://[::ffff:127.0.0.1]/a.png',
      'http://printer.local/a.png', 'file:///etc/passwd', 'ftp://example.com/a.png', 'gloss-asset://abc', 'https://user:pw@example.com/a.png',
    ];
    for (const bad of refused) expect(isPublicWebUrl(bad), bad).toBe(false);
    expect(isPublicWebUrl('http://172.32.0.1/a.png')).toBe(true);
  });
});
