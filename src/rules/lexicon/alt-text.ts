import type { Lexicon } from './types';

/**
 * Automatic alt text: a platform prefix, then within the same sentence a concept that is a child (not words quoted
 * from a picture of text: "May be an image of text that says 'KIDS ART CAMP'").
 * "1 person"/"people" alone is not a child. "No photo description available.", 没有照片描述 and X's
 * default "Image" carry no signal (nothing here matches them).
 */
const SAME_SENTENCE = '((?!says\\s)[^.\\n]){0,50}?';
/** Facebook's kinds of picture: "May be an image of", "May be a closeup of", "May be a black-and-white image of". */
const MAY_BE = 'may be an? ([a-z]+\\s){0,3}(image|photo|picture|video|closeup|close up|selfie|illustration|cartoon|screenshot) of';

/** The lead Facebook and Instagram put before the description: "Photo by Nurul on 8 January 2026.", "Foto oleh … pada …". */
const LEAD = '((photo|video|foto|gambar) (shared |dikongsi )?(by|oleh) [^\\n]{1,120}?\\.\\s?)';

export const altText: Lexicon = {
  altText: [
    // Facebook / Instagram / Threads, English: "May be an image of 1 child and text", "Image may contain: child".
    `(${MAY_BE}|image may contain:?)${SAME_SENTENCE}(child|children|bab(y|ies)|toddlers?|kids?|infants?)`,
    // Spanish (alt text may come in another language than the UI).
    `puede ser una imagen de${SAME_SENTENCE}(niñ[oa]s?|beb[eé]s?)`,
  ],
  // At the start of the alt text only (after Facebook's "Photo by … on <date>." lead): a parent's own alt text that
  // says "Photo by Dad: Aisyah in her baju sekolah" or "我儿子穿校服的图像" is the parent's words, and is read as such.
  autoAlt: [
    `^${LEAD}?(${MAY_BE}|image may contain|no photo description|` +
      'mungkin (imej|gambar|berupa)|imej mungkin|puede ser una imagen|no hay ninguna descripci[oó]n)',
    `^${LEAD}?([图圖]像|可能(是|包含)|[没沒]有(照|相)片描述|相片由)`,
  ],
  altDescribed: ['may be|image may contain|imej|gambar|berupa|[图圖]像|imagen de'],
  // Any person at all: a described picture without one cancels the caption's child words, so a missing word here
  // would turn a picture of a child into 'nobody' (a wrong safe).
  altPerson: [
    'people|person|child(ren)?|bab(y|ies)|kids?|toddlers?|infants?|teen(ager)?s?|students?|pupils?|boys?|girls?|m[ae]n|wom[ae]n|family|crowd|selfie|smiling|standing|sitting',
    'orang|kanak|bayi|budak|pelajar|murid|keluarga|lelaki|perempuan|wanita|swafoto|tersenyum|berdiri|duduk',
    '人|[儿兒]童|[婴嬰][儿兒]|孩|[学學]生|家庭|男|女|自拍|微笑|站|坐',
    'personas?|niñ[oa]s?|beb[eé]s?|gente',
  ],
};
