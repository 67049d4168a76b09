/**
 * Firefox treats MV3 host permissions as optional: the parent may not have granted them, and then the
 * content script never runs. The popup checks, says so, and asks (from the click, as browsers require).
 */
import { ext as browser } from './ext';

function origins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

export async function hostPermissionsGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: origins() });
  } catch {
    return false;
  }
}

export async function requestHostPermissions(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: origins() });
  } catch {
    return false;
  }
}
