/** A throwaway self-signed certificate for the platforms' host names, made at test time with openssl. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_HOSTS = [
  'www.facebook.com', 'web.facebook.com', 'www.instagram.com', 'www.tiktok.com',
  'x.com', 'twitter.com', 'www.youtube.com', 'studio.youtube.com', 'www.threads.net', 'www.threads.com',
  'web.whatsapp.com', 'web.telegram.org', 'example.org',
];

export function makeCertificate(hosts: string[] = TEST_HOSTS): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jaga-cert-'));
  const san = hosts.map((h) => `DNS:${h}`).join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=jaga-test',
    '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
}
