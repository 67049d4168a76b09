/** Firefox ESR with the built extension installed as a temporary add-on, over WebDriver BiDi. */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed internal UUID so the test knows the moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '4b0c7b5e-2f5a-4d1e-9a57-6a3f0c1d2e11';

export interface FirefoxSession {
  browser: Browser;
  extensionUrl: (path: string) => string;
  close(): Promise<void>;
}

export async function launchFirefox(proxyPort: number, opts: { extensionDir?: string; geckoId: string }): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every https connection goes through the test's loopback CONNECT proxy, which only reaches the fixture server.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [opts.geckoId]: FIREFOX_EXTENSION_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(resolve(opts.extensionDir ?? 'dist-firefox'));
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`,
    close: () => browser.close(),
  };
}

export async function newPage(session: FirefoxSession): Promise<Page> {
  return session.browser.newPage();
}
