import type { SettingReading } from '../../shared/readings';
import { readCatalogueSettings } from '../common/read-control';
import { CATALOGUE } from './catalogue';

/**
 * TikTok settings page -> readings. All the reading is the shared engine's: each switch sits in a
 * row beside its text, which the engine finds by climbing from the label to the smallest container
 * holding one switch. Only "Private account" has a known Malay label; everything else in Malay,
 * and everything in Chinese and Tamil, reads 'unverified-language'.
 */
export function readSettings(doc: Document, page: string): SettingReading[] {
  return readCatalogueSettings(doc, CATALOGUE, page);
}
