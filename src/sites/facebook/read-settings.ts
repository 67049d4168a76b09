import type { SettingReading } from '../../shared/readings';
import { readCatalogueSettings } from '../common/read-control';
import { CATALOGUE } from './catalogue';

/**
 * Facebook settings pages -> readings. All the reading is the shared engine's (labels in the page
 * language, the control beside the label, aria-checked / "Edit privacy. Sharing with …"): Facebook
 * needs nothing of its own beyond its catalogue.
 */
export function readSettings(doc: Document, page: string): SettingReading[] {
  return readCatalogueSettings(doc, CATALOGUE, page);
}
