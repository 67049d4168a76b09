import type { Lexicon } from './types';

/** Ages 0–17 (the only ones that make a person a child), not the start of a range ("4-6"). */
const N = '(1[0-7]|[0-9])(?! ?([0-9]|to\\s|or\\s))';
const NW = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** Animals after "baby"/"kid": a baby elephant is not a child. */
const ANIMAL = '(elephants?|animals?|goats?|turtles?|monkeys?|pandas?|sharks?|cats?|dogs?|bump)';
/** Ages 18 and over. */
const ADULT_AGE = '(1[89]|[2-9][0-9])';

export const en: Lexicon = {
  child: [
    'sons?',
    'daughters?',
    // not "kids' menu", "fur kids", "90s kids", "your kid" (a meme), "kid at heart", "kid goat"
    `(?<!(fur|[0-9]0s|your) )kids?(?!'? (menu|meals?|eat|friendly|zone|price|size|club|section|corner|at heart|${ANIMAL}))`,
    "(?<!(like a|your) )child(ren)?(?!('s)? (friendly|care|seat|proof|menu|meals?|free|under))",
    'kiddos?|munchkins?',
    'toddlers?',
    'newborns?',
    'infants?',
    'preschoolers?',
    'school ?(boys?|girls?)',
    'little (ones?|man|boy|girl|lady|princess|prince|guy|sister|brother|bro|sis)',
    'lil (one|man|boy|girl|guy|sis|bro)',
    'grand(sons?|daughters?|kids?|child|children)',
    'step(sons?|daughters?|kids?)',
    'nephews?',
    'nieces?',
    'twins',
    'our baby',
    'new born baby',
    'baby (boy|brother|sister)',
    "baby's (first|1st)",
    'first ?born',
    'my (eldest|youngest|oldest|middle one)',
    `(my|our|your) (${N}|${NW}) (years?|yrs?|y) old`,
  ],
  childSoft: [
    `(?<!fur )bab(y|ies)(?! (shower|moon|corn|spinach|carrots?|back|blue|oil|powder|face|${ANIMAL}))`,
    'my (boys?|girls?)',
    'this (little )?(boy|girl)',
    'bubs?',
    'my (little )?(princess|prince)',
  ],
  age: [
    `turn(s|ed|ing)? (${N}|${NW})`,
    `(${N}|${NW}) (years?|yrs?|y) old`,
    `${N} ?(yo|y\\.o\\.?)`,
    '([1-9]|[1-4][0-9]) (months?|mths?|mos?|weeks?|wks?|days?) old',
    `${N}(st|nd|rd|th) (birthday|bday|b day)`,
    '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (birthday|bday)',
    `aged? ${N}`,
  ],
  level: [
    '(standard|std|primary|grade) ([1-6]|one|two|three|four|five|six)',
    'year [1-6]',
    'form [1-6]',
    'pre ?school',
    'pre ?k',
    'kindergarten',
    'kind(y|ie)',
    'day ?care',
    'playgroup',
    'primary school',
  ],
  event: [
    'first day (of |at |in |to |back at |di |ke )?(school|kindy|kindie|kindergarten|pre ?school|primary|class|term|sekolah|tadika)',
    'back to school',
    'school run',
    'school gate',
    'sports day',
    'school sports',
    'prize giving',
    'speech day',
    'report card( day)?',
    'class photo',
    'school photo day',
    'school (concert|trip|play|camp|excursion|performance)',
    'field trip',
  ],
  school: [
    '(?<!(old|driving|high|grad|law|medical|business|art|cooking|dance|language) )schools?(?! of (fish|thought))',
    'prefects?',
    'scouts?|cubs|brownies|girl guides|st john|pbsm|cadets?',
    'holidays? (is |are )?over',
  ],
  uniform: [
    'school uniforms?',
    'white shirt (and )?(blue|green) (shorts|pants|trousers|skirt|pinafore)',
    'school (shoes|tie|blazer|socks|pinafore)',
    'pinafores?(?! (dress|jumpsuit|skirt|top))',
  ],
  uniformSoft: [
    // not adults' work uniforms, and not kindergarten uniforms (the definition is primary/secondary school)
    '(?<!(nurse|police|work|office|staff|security|guard|grab|kindy|kindergarten|pre ?school|tadika|taska|tabika) )uniforms?(?! (kerja|tadika|taska|kindy|polis|jururawat))',
    'blazer',
    '(blue|green) (and|&|n) white',
  ],
  worn: ['wear(ing|s)?|wore|dressed|put on|tried on'],
  wornBefore: ['in( (his|her|their|my|our|the))?'],
  wornAfter: ['on'],
  adult: [
    'graduat(ion|ed|es|e|ing)|convocation',
    'universit(y|ies)|uni|college',
    "degree|master'?s?|phd|diploma",
    'wedding|married|engaged|fianc[eé]e?|(his|her) (wife|husband|girlfriend|boyfriend)',
    '(first|new) job|salary',
    `${ADULT_AGE} (years? old|yo)|turn(s|ed|ing)? ${ADULT_AGE}|${ADULT_AGE}(st|nd|rd|th) birthday|(is|now) ${ADULT_AGE} (today|now|already|this year)|aged? ${ADULT_AGE}`,
    // not born yet
    'pregnan(t|cy)|expecting|ultrasound|due date|coming this (january|february|march|april|may|june|july|august|september|october|november|december)',
  ],
  notHuman: [
    'cats?|kitt(y|en|ens|ies)|dogs?|pupp(y|ies)|pups?|pets?|meow|woof|paws|vet|fur ?(baby|babies|kids?|mom|mum|parent)',
    '🐱|🐈|🐶|🐕|🐾|🐩|🐇|🐹|🐰',
    'first car|runs like new',
  ],
  grownUps: [
    'hubby|husband|wifey?|boyfriend|girlfriend|bf|gf|bae|anniversary|date night|valentines?',
    'colleagues?|workshop|office|team|staff|department',
  ],
  commerce: [
    'sale|promo(tion)?s?|discounts?|[0-9]+ ?% off|rm ?[0-9]+|orders?|pm|dm|whatsapp|ready stock|in stock|restock|shop|store|tailor(ing|s)?|cod|postage|delivery|price|wholesale|supplier|sizes? (available|[0-9])',
    'enrol(l?ment|ling)?|registration|admissions?|intake',
  ],
  purchase: ['bought|buy(ing)?|purchased?|shopping'],
  nostalgia: [
    'throwback|tbt|old school|back in the days?|years ago|memories|nostalgi[ac]|good old days|school days',
    '(school|class|batch|alumni|[0-9]{2,4}) reunion|classmates?|alumni|class of (19|20)[0-9]{2}|batch (of )?(19|20)?[0-9]{2}|(19|20)[0-9]{2} batch|ex ?students?',
    "[0-9]0'?s (kids?|school)",
  ],
  selfPast: ['(19[4-9][0-9]|200[0-9])|me in|when i was|(form|standard|year) [1-6] me|current me'],
  schoolAdults: [
    "teachers(?!'? day)|my (students|pupils)|the students|lesson plans?|marking",
    'career day|speak(ing)? at|give a talk|pta|meeting|retire(d|ment)|principal',
    'tips|guide|checklist|how to',
    'closed|closure|road ?works|vot(e|ing)|polling',
  ],
};
