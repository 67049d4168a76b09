import type { SettingReading } from '../../shared/readings';
import { readCatalogueSettings } from '../common/read-control';
import { CATALOGUE } from './catalogue';

/**
 * Instagram settings pages -> readings. All the reading is the shared engine's: Instagram names its
 * switches with aria-label and its radio groups with a heading, both of which the engine reads.
 * Only English wording is verified, so Malay, Chinese and Tamil pages read 'unverified-language'.
 */
export function readSettings(doc: Document, page: string): SettingReading[] {
  return readCatalogueSettings(doc, CATALOGUE, page);
}
