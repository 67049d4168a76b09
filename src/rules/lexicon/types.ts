/**
 * One language's signals, as regular-expression *sources* (data, not code).
 *
 * Conventions (applied by ../compile.ts):
 * - Sources are matched against normalised, lower-cased text (NFKC, no zero-width/bidi characters,
 *   hyphens and underscores turned into spaces, whitespace collapsed, camel-case hashtags split).
 * - `(…)` is a group (never a capture): `anak(ku|nya)?`. Lookarounds are written as usual: `(?!…)`, `(?<!…)`.
 * - A literal space means "an optional space", so `first day of school` also matches `#firstdayofschool`.
 *   Write `\s` where a space is required. Never put a space inside a character class.
 * - Every list is wrapped in Latin word boundaries: no `[a-z0-9]` right before or right after a match.
 *   Chinese and Tamil entries are substrings; their exclusions are written as lookarounds beside them.
 * - No nested quantifiers: every source must run in linear time on hostile input.
 * - Suppressors that belong to one word sit next to it (`anak(?! (?:kucing|syarikat…))`). Whole-post
 *   contexts (pets, partners, adults, shops, nostalgia…) are the lists after `altText`; ../assess.ts
 *   says which signal each one can cancel.
 */
export interface Lexicon {
  // ── Signals ────────────────────────────────────────────────────────────────
  /** Words for a particular child: son, anak, 儿子, மகன். Cancelled only by `adult`. */
  child?: readonly string[];
  /** Words that are a child only in some posts (baby, budak, chellam, 宝贝, Angah, "this boy"). */
  childSoft?: readonly string[];
  /** A minor's age: "turns 7", "umur 5 tahun", "5岁", "7 வயது". */
  age?: readonly string[];
  /** School levels a child is in: Darjah 1, Form 2, tadika, 小一, பாலர் பள்ளி. */
  level?: readonly string[];
  /** School events a child takes part in: first day of school, hari sukan, 开学. */
  event?: readonly string[];
  /** School names: SK Taman Megah, SJK(C), 中华小学, … தமிழ்ப்பள்ளி. A parent at a school is there for a child. */
  schoolName?: readonly string[];
  /** School names matched case-sensitively on the original text (`SK Taman`, not the slang "sk"). No space conversion. */
  schoolNameCased?: readonly string[];
  /** School uniform: school uniform, baju sekolah, 校服, பள்ளி சீருடை. */
  uniform?: readonly string[];
  /** Uniform words that are a school uniform only beside `school` (uniform, seluar biru, 制服, சீருடை). */
  uniformSoft?: readonly string[];
  /**
   * School uniformed bodies (cadets, scouts, Puteri Islam, St John, 童军, சாரணர்) and their insignia (woggle, skaf, 领巾):
   * with a particular child and a school name or level, the child is in that body's school uniform.
   */
  uniformBody?: readonly string[];
  /**
   * Things that happen only to a child, with no child word: losing a milk tooth, teething, potty training,
   * a boys' circumcision feast, being a flower girl. A particular child (cancelled by `generic` and the past; not by
   * `adult`, and beside one it keeps the child words too: a flower girl at a wedding).
   */
  milestone?: readonly string[];
  /** Words right before a uniform word that deny it: "NOT school uniform", "bukan baju sekolah", 不用穿校服. */
  negated?: readonly string[];
  /** Words right after a uniform word that deny it: "school uniform not needed", "baju sekolah tak payah", சீருடை வேண்டாம். */
  negatedAfter?: readonly string[];
  /** A rule on what pupils must wear, around a uniform word: "must wear", "wajib memakai", 须穿, அணிய வேண்டும். */
  required?: readonly string[];
  /** Kindergartens: a soft uniform word there is a kindergarten's uniform, not a school uniform. */
  preschool?: readonly string[];
  /** Automatic alt text naming a child: "May be an image of 1 child", "Mungkin imej bayi". */
  altText?: readonly string[];
  /**
   * Markers of automatic alt text ("May be an image of", "Mungkin imej", 可能是…的图像). Such an alt text is
   * read by `altText` and the contexts only: its "child" is the platform's guess, not the parent's word.
   */
  autoAlt?: readonly string[];
  /** Automatic alt text that describes the picture ("May be an image of …"), unlike "No photo description". */
  altDescribed?: readonly string[];
  /** A person in an automatic alt text (person, people, child, orang, 人). Described pictures without one show no child. */
  altPerson?: readonly string[];
  /**
   * Hints that a child is in the post, too weak alone: "when he grows up", "someone was too excited", 🎒,
   * arriving at or dropping off at school. With a school word or a school name they make a child.
   */
  hint?: readonly string[];

  // ── Contexts ───────────────────────────────────────────────────────────────
  /** Makes a soft uniform word a school uniform: school, sekolah, 学校, பள்ளி, scouts, prefect. */
  school?: readonly string[];
  /** Worn: wearing verbs near a uniform word, before or after it (wearing, pakai, 穿, அணிந்து). */
  worn?: readonly string[];
  /** Worn: words right before a uniform word ("in her", dengan, lengkap). */
  wornBefore?: readonly string[];
  /** Worn: suffixes right after a uniform word (சீருடையில், "uniform-la"). */
  wornAfter?: readonly string[];
  /** The family member is not a minor: university, wedding, age 18+, or not born yet. Cancels child words. */
  adult?: readonly string[];
  /** Animals and vehicles ("my baby" the cat, "she's 16" the car): cancel soft words and ages. */
  notHuman?: readonly string[];
  /** Partners, workmates, service staff ("love you baby", "my boys at the workshop"): cancel soft words. */
  grownUps?: readonly string[];
  /** Selling or enrolling: school words without a child are an advert; a uniform must be worn. */
  commerce?: readonly string[];
  /** Handled as a thing (bought, donated, lost, kept; not ironed or sewn, which is getting it ready to wear): such a uniform is not shown as worn. */
  purchase?: readonly string[];
  /** The poster's own schooldays or childhood: school words and child alt text are about an adult. */
  nostalgia?: readonly string[];
  /** The poster as a child in an old photo ("me in 1992", "Form 4 me"): child alt text and school words are about an adult. */
  selfPast?: readonly string[];
  /** Adults at school: teachers, meetings, advice, notices. School words without a child are about them. */
  schoolAdults?: readonly string[];
  /**
   * No particular child: advice and tips, promotions and public events, traffic, news, "kids these days".
   * Cancels every child signal except automatic alt text, unless a child word is someone's own (`mine`).
   */
  generic?: readonly string[];
  /**
   * A grown-up's childhood remembered ("feels like yesterday he was in Darjah 1", 仿佛昨天): with an `adult` cue,
   * a school level or event beside a child word is the memory, not a child now.
   */
  memory?: readonly string[];
  /**
   * Words that name one particular child with no possessive needed (Chinese and Tamil parents write 儿子, 女儿, மகள்
   * without 我/என்): a `generic` cue elsewhere in the post (advice, news, an event) does not clear them.
   */
  own?: readonly string[];
  /** First-person possessives next to a child word ("my", "anak sy", 我家, என்): that child is a particular one. */
  mine?: readonly string[];
}

export type LexiconKey = keyof Lexicon;
