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
    'sons?(?! heung)',
    'daughters?',
    // not "kids' menu", "fur kids", "90s kids", "your kid" (a meme), "kid at heart", "kid goat"
    `(?<!(fur|[0-9]0s|your|no|without|us) )kids?(?!'? (menu|meals?|eat|friendly|zone|price|size|club|section|corner|at heart|you not|${ANIMAL}))`,
    "(?<!(like a|your|inner) )child(ren)?(?!('s)? (friendly|care|seat|proof|menu|meals?|free|under|abuse|labou?r|marriage|protection|safety|trafficking))",
    'kiddos?|munchkins?',
    'toddlers?',
    'newborns?',
    'teenagers?|(my|our|[0-9]{1,3}) (teens?|tweens?)',
    'infants?',
    'preschoolers?',
    'school ?(boys?|girls?)',
    'little (ones?|sister|brother|bro|sis)',
    'lil (one|sis|bro)',
    'grand(sons?|daughters?|kids?|child|children)',
    'step(sons?|daughters?|kids?)',
    'nephews?',
    'nieces?',
    'twins',
    '(?<!(is|was|are) )our baby', // not "the shop is our baby"
    'new born baby',
    'welcom(e|ed|ing) (our |baby |little )?(baby|bundle of joy)(?! (shower|expo|fair|products?|steps|boomers?))', // a birth
    'baby (boy|brother|sister)',
    "(?<!fur )baby's (first|1st)",
    'first ?born',
    'my (eldest|youngest|oldest|middle one)',
    `(my|our|your) (${N}|${NW}) (years?|yrs?|y) old`,
  ],
  childSoft: [
    'boy boy|girl girl', // Manglish: the little one
    'big (boy|girl)(?! (toys?|pants|bed|boss|brand|names?|leagues?|money))', // 'Off you go, big boy'
    `(?<!(fur|(is|was) (my|our)) )bab(y|ies)(?! (me|dolls?|shower|moon|corn|spinach|carrots?|back|blue|oil|powder|face|steps|wipes|diapers?,|formula,|products?|fair|expo|boomers?|${ANIMAL}))`,
    // endearments also used for pets, partners and cars
    '(little|lil) (man|boy|girl|lady|princess|prince|guy)',
    '👶',
    'my (boys?|girls?)',
    'this (little )?(boy|girl)',
    'bubs?|bubba|mini me|babytok|toddlertok',
    'my (little )?(princess|prince)',
  ],
  // things that happen only to a child: a milk tooth lost, teething, potty training, first steps and words
  milestone: [
    '(lost|loses|losing|pulled out) (his|her|their|a|another) ((first|1st|front|baby|milk|wobbly|loose|bottom|top) )?(tooth|teeth)',
    'training wheels|sitting up on (his|her) own|tooth fairy|(wobbly|loose|baby|milk) (tooth|teeth)|teething',
    'flower girls?|page ?boys?|ring bearers?', // at a wedding
    // a child about to become a big sibling (beside a pregnancy, which otherwise reads as 'not born yet')
    '(be|become|becoming|going to be|gonna be|now) an? big (brother|sister|bro|sis)|big (brother|sister) (to be|soon)',
    '(potty|toilet) train(ed|ing)?',
    'first (ic|mykad)|(dapat|ambil|buat) (ic|mykad)( pertama)?|ic pertama', // a MyKad at 12
    '(took|taking|takes|take) (his|her|their) (first|1st) steps?|(first|1st) steps (today|tonight|this morning|yesterday)(?! (towards?|into|in|to|of|for))|(said|says|saying) (his|her|their) (first|1st) words?',
  ],
  age: [
    `turn(s|ed|ing)? (${N}|${NW})`,
    '([1-9]|1[0-7]) ?year ?old ?(logic|problems|life|things|energy|vibes)', // #3yearoldlogic
    `(${N}|${NW}) (years?|yrs?|y) old`,
    `${N} ?(yo|y\\.o\\.?|y/o)`,
    '([1-9]|[1-4][0-9]) (months?|mths?|mos?|weeks?|wks?|days?) old',
    `${N}(st|nd|rd|th) (birthday|bday|b day)`,
    '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (birthday|bday)',
    'sweet (16|sixteen)',
    '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (months?|weeks?) old',
    '(1[3-7]) and (officially|finally|already|just|now)', // a teenager on themself: "16 and officially employed"
    '(licen[cs]e|lesen|p plate)[^.!?\\n]{0,25} at (1[0-7])(?![0-9])', // "passed his P licence today at 17"
    'u(7|8|9|1[0-7])s?( team| squad| boys| girls| category| champions?| tournament| league| cup)?', // an under-12 team
    `aged? ${N}`,
    // an age said in passing: "Just 17 and already taller than her dad", "she is 6!", "he's 7 today"
    `(just|only|finally|(she|he)('s|\\s(is|was))) (${N}|${NW})(?= ?([!.]|$)| (and|today|now|already|this year)(?![a-z]))`,
    // an age with no unit: "12 today!", "the youngest is 2" (not "sold 12 today", "RM12 today": ../assess.ts); "Hafiz (11)" is in ms
    `${N} (today|tomorrow)(?= ?([!.,]|$|🎂|🎉|🥳|🥹|❤|and\\s|already))`,
    `(youngest|eldest|oldest|little one|baby|bongsu|sulung)( one)? ((is|was|'s|just) )?(turned |turns |now )?(${N}|${NW})(?![0-9a-z])`,
  ],
  level: [
    '(standard|std|primary|grade) ([1-6]|one|two|three|four|five|six)',
    'year ([1-9]|1[0-2])(?! (of|in|since|anniversary))', // international schools: Year 1 (5-6) to Year 12 (16-17); not "year 1 of the business"
    'cub (scouts?|pack)', // primary-school scouts (not 'brownies': a tray of them is no child)
    'form [1-5]', // Form 6 pupils are 18 and over
    'pre ?school',
    'pre ?k',
    'kindergarten',
    'kind(y|ie)',
    'day ?care',
    'playgroup',
    '(primary|secondary) school|nursery (school|class)',
  ],
  event: [
    'first day (of |at |in |to |back at |di |ke )?(school|kindy|kindie|kindergarten|pre ?school|primary|class|term|sekolah|tadika)',
    'back to school',
    'spm results?( day)?', // a Form 5 pupil, 17
    'school run',
    'school (gate|bus|van|assembly)',
    '(off|ready) (to|for) school',
    'sports day',
    'school sports',
    'prize giving',
    'speech day',
    'report card( day)?|parent teacher day',
    'class photo',
    'school (photo|picture)s?( day)?',
    'school (concert|trip|play|camp|excursion|performance)',
    'field trip',
    'nativity play',
  ],
  school: [
    '(?<!(old|driving|high|grad|law|medical|business|art|cooking|dance|language) )schools?(?! of (fish|thought))',
    'prefects?',
    'scouts?|cubs|brownies|girl guides|st john|pbsm|cadets?|puteri islam|pengakap|pandu puteri',
    'class (monitor|captain)|(?<!(staff|general|annual|state|legislative) )assembly',
    'holidays? (is |are )?over',
  ],
  uniform: [
    'school uniforms?',
    // the colours of the Malaysian school uniform, in either order: "white shirt and blue shorts", "white shirt + dark green pants"
    'white (school )?(shirts?|blouses?|tops?|baju( melayu| kurung)?),? (and |with |& |\\+ |n )?((his|her|their|the) )?((dark|light|navy|royal) )?(blue|green|navy) (shorts|pants|trousers|skirts?|pinafores?)',
    '(blue|green|navy) (shorts|pants|trousers|skirts?|pinafores?),? (and |with |& |\\+ |n )?((his|her|their|the) )?white (shirts?|blouses?|tops?|baju( melayu| kurung)?)',
    'school (shoes|ties?|blazers?|socks|pinafores?|shirts?|blouses?|skirts?|shorts|pants|trousers|baju( kurung| melayu)?|tudung)',
    'pinafores?(?! (dress|jumpsuit|skirt|top))',
    // school uniformed bodies parade, march and are sworn in in uniform
    '(cadets?|kadet( polis| bomba| remaja sekolah)?|scouts?|cub scouts|brownies|girl guides|pengakap|prefects?|pengawas|st john|pbsm|red crescent) (parade|march(ing)?|investiture|inspection|installation|induction)',
    '(cub )?scout (shirt|uniform|scarf|necker(chief)?)|(uniform|seragam|pakaian) st\\.? john',
  ],
  uniformSoft: [
    // not adults' work uniforms, and not kindergarten uniforms (the definition is primary/secondary school)
    '(?<!(nurse|police|work|office|staff|security|guard|grab|kindy|kindergarten|pre ?school|tadika|taska|tabika) ([a-z]+\\s)?)uniforms?(?! (kerja|tadika|taska|kindy|polis|jururawat))',
    'blazers?',
    '(blue|green) (and|&|n) white',
    // a white shirt, blouse, baju or tudung at school is the uniform's ("his white shirt is brown now")
    'white (shirts?|blouses?|baju( kurung| melayu)?|tudung|canvas shoes)',
    // a pupil's own outfit for school ("grwm for school", "ootd pergi sekolah")
    '(grwm|get ready with me|ootd|outfit of the day|fit check) (for |to |pergi |ke )?(school|sekolah)',
    // at school, a tie and a collar are the uniform's (not the verb: "tie her hair")
    '(neck)?ties?(?! (up|in|on|the|a|an|his|her|my|their|your|it|them|dye|breaker|game|match))|collars?',
    'school badge|name tag',
    // the uniform told by one garment at school ("the blue shorts so long")
    '(blue|green|navy) (shorts|pants|trousers|skirt)',
  ],
  // school uniformed bodies: with a particular child and a school name or level, their uniform is a school uniform
  uniformBody: [
    '(?<!talent )(cub )?scouts?|(kadet|cadets?)( polis| bomba| remaja sekolah)?|puteri islam|st john( ambulance)?|pbsm|red crescent|girl guides|brownies|pengakap|pandu puteri|tkrs|bsmm|woggle',
  ],
  // a uniform word denied or replaced: "NOT school uniform", "no need to wear the uniform", "instead of school uniform"
  negated: ["not(?! bad)|no|without|instead of|no need to( wear)?|(do not|don't|dont) (need to )?wear"],
  // a denial after the uniform word: "school uniform not needed", "uniform is not required", "uniform? no need"
  required: ['must (wear|be in|come in)|(are |is )?required to (wear|be in)|compulsory'],
  negatedAfter: ['(is |are )?(not|no longer) (needed|required|necessary|allowed|compulsory)|no need'],
  // a kindergarten's uniform is not a school uniform
  preschool: ['kind(y|ie|ergarten)|pre ?school|day ?care|playgroup|nursery'],
  worn: ['wear(ing|s)?|wore|dressed|put on|tr(ied|y|ying) (it |them )?on|fits?|modell?(ing|ed)|untucked|ft|feat(uring)?|grwm|get ready with me|ootd|fit check'],
  wornBefore: ['in( (his|her|their|my|our|the))?|tr(ying|ies|ied) (on )?(his|her|their)( new)?'],
  wornAfter: ['on'],
  adult: [
    'graduat(ion|ed|es|e|ing)|convo(cation)?',
    'universit(y|ies)|uni|college',
    "(bachelor|master)'?s? degree|degree (in|course|programme|program)|(her|his|their) degree|master'?s?(?! builder| chef)|phd|diploma",
    'wedding|married|(got|is|are|just|now|newly) engaged|fianc[eé]e?|(his|her) (wife|husband|girlfriend|boyfriend)',
    `(happy|my|her|his) ${ADULT_AGE}(st|nd|rd|th) ?(birthday |bday )?to (my |our )?(baby |little |lil )?(sister|brother|sis|bro|son|daughter|girl|boy|princess|prince)`, // 'Happy 21st to my baby sister' (not 'Happy 60th to Atuk! All 8 cucu came')
    'national service|enlisted|stpm (results?|keputusan)(?![^\\n]{0,60}(baby|little|adik))|(now|promoted to|sworn in as|passed out as) (an? )?(police |polis )?(inspector|inspektor)|finally (an? )?(police |polis )?(inspector|inspektor)(?![^\\n]{0,40}(kadet|cadet))|(now|finally|officially|qualified as) (an? )?(doctor|nurse|engineer|lawyer|teacher|pilot|accountant|dentist|pharmacist|architect|officer)',
    // grown-ups called kids (interns, trainees); a promotion at work (not "promoted to big sister")
    'interns?|mentees?|trainees?|undergrad(uate)?s?|got (a |the )?promotion|promotion at work|(became|become|now|as) (a |an |the )?(manager|supervisor)',
    '(first|new|full ?time) job|first day (at|of) work|salary|internship|(start(s|ed|ing)?|got) (work(ing)?|a job|(his|her) job)',
    '(start(s|ed|ing)?|work(s|ed|ing)?|now|joined) as (a |an )?[a-z]+ (crew|attendant|officer|engineer|nurse|doctor)|cabin crew|flight attendant|working adults?|(are|all) adults|(son|daughter) in law',
    `${ADULT_AGE} (years? old|yo|today)|(they'?re|they are) ${ADULT_AGE}(?= ?($|[!.,)]|(years|yrs|yo|and|but|already|this year|now)(?![a-z])))|turn(s|ed|ing)? ${ADULT_AGE}|${ADULT_AGE}(st|nd|rd|th) birthday|(is|now) ${ADULT_AGE} (today|now|already|this year)|aged? ${ADULT_AGE}|(now|at) ${ADULT_AGE}(?![0-9:.])|(i'?m|i am) ${ADULT_AGE}(?= ?($|[!.,)]|(years|yrs|yo|lol|haha|and|but|already|this year|now)(?![a-z])))`,
    // scout leaders and commissioners are grown-ups (not a commissioner's award)
    'wood badge|scout ?(leader|master|commissioner)s?|commissioner(?!\'?s? (award|badge))|years of service',
    // not born yet
    '🤰|(coming|arriving|due) (in|next) (jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|month)|after ([0-9]|two|three|four) (kids|babies|children|pregnancies)|pregnan(t|cy)|expecting (a|our|baby|another|no ?[0-9]|twins)|ultrasound|gender reveal|baby shower|(we|i|we.?re|i.?m) (can.?t|cannot) wait to meet|(baby|bub|little one|another one|number [0-9]|no ?[0-9]) (is )?on the way|due date|coming this (january|february|march|april|may|june|july|august|september|october|november|december)',
  ],
  notHuman: [
    'cats?|kitt(y|en|ens|ies)|dogs?|pupp(y|ies)|pups?|pets?|meow|woof|paws|vet|fur ?(baby|babies|kids?|mom|mum|parent)',
    '🐱|🐈|🐶|🐕|🐾|🐩|🐇|🐹|🐰|😹|😺|😸|😻|😼|😽|🙀|😿|😾',
    'rabbits?|bunn(y|ies)|hamsters?|parrots?|budgies?|fish|guppies|🐟|🐠|🐦',
    // vehicles, gadgets and plants people call "my baby"
    'first car|new car|runs like new|honda|toyota|proton|perodua|myvi|bmw|motorbike|🚗|🚙|🏍',
    'iphone|samsung|laptop|macbook|ipad|camera|📱|💻|📷',
    'plants?|succulents?|cactus|orchids?|bonsai|🌵|🌱|🪴',
    'dolls?|barbies?|teddy|plush(ies|y)?|mannequins?|figurines?|🧸|🪆', // a toy in a school pinafore
    'repot(ted|ting)?|monstera|fiddle leaf|🌿',
  ],
  grownUps: [
    'hubby|husband|wifey?|boyfriend|girlfriend|bf|gf|bae|anniversary|date night|dinner date|valentines?',
    'colleagues?|workshop|office|team|staff|department|boss|grab',
    "(girls|boys|ladies)'? (night|trip|day out)|besties?|bff|after [0-9]+ years|first time in [0-9]+ years",
    'middle aged|grown (men|women|adults)|veterans?|corporate|life partner|partner(?! in crime)',
    '(he|she) (always |really |so )?(spoils|spoilt|spoiled|treats|pampers) me', // a partner ("couple" is in zh)
  ],
  commerce: [
    'sale|promo(tion)?s?|discounts?|[0-9]+ ?% off|rm ?[0-9]+|orders?|(?<![0-9] )pm|dm|whatsapp|ready stock|in stock|restock|shop|store|tailor(ing|s)?|cod|postage|delivery|price|wholesale|supplier|sizes? (available|[0-9])',
    'enrol(l?ment|ling)?(?! ceremony)|registration(?! (day|today|done|complete|selesai))|admissions?|intake',
  ],
  // handled as a thing: bought, donated, lost, kept
  purchase: ['found (at|in|on|this|a|an)|vouchers?|left it|bought|buy(ing)?|purchased?|shopping|donat(e|ed|ing|ions?)|lost(?! count|( (his|her|their|a|another))?( (first|1st|front|baby|milk|wobbly|loose|bottom|top))? (tooth|teeth))|missing|left behind|forgot|collection|still (have|kept|keep)'],
  nostalgia: [
    'throwback|tbt|old school|back in the days?|years ago|after [0-9]+ years|memories|nostalgi[ac]|good old days|school days',
    '(school|class|batch|alumni|[0-9]{2,4}) reunion|classmates?|alumni|class of (19[0-9]{2}|20[01][0-9])|batch (of )?(19[0-9]{2}|20[01][0-9]|[3-9][0-9]|0[0-7])|(19[0-9]{2}|20[01][0-9]) batch|ex ?students?',
    "[0-9]0'?s (kids?|school)",
    'ex ?(scouts?|cadets?|prefects?|guides|pengakap)|[0-9]+ years later',
    'since (form|standard|std|year|primary|darjah|tingkatan) ([1-6]|one|two|three|four|five|six)|since (primary|secondary) school', // grown-up friends
  ],
  selfPast: ["^(this is |that'?s )?me,? (age|aged) ([1-9]|1[0-7])(?![0-9])|(album|photo|pic|picture)[^.!?\\n]{0,25}(?<![a-z])me,? (age|aged) ([1-9]|1[0-7])(?![0-9])|(19[4-9][0-9]|200[0-9])s?|(batch|class of) '([3-9][0-9]|[01][0-9])|current me|me in (19[0-9]{2}|20[01][0-9]|the [0-9]0s|(standard|std|form|year|primary|darjah|tahun|tingkatan) [1-6]|kindy|kindergarten|tadika|my (old|school days))|me\\sat ([1-9]|1[0-7])(?! ?([0-9:.]|am|pm|o.?clock|sharp|tonight|today|tomorrow))|when i was|(form|standard|year) [1-6] me|(from|in) the [0-9]0'?s"],
  schoolAdults: [
    "teachers(?!'? day)|my (students|pupils)|the students|lesson plans?|marking",
    'speak(ing)? at|give a talk|pta|meeting|retire(d|ment)|principal|teaching|relief class|(new|as an?) teacher',
    'company|corporate',
    'i (teach|taught|tutor(ed)?)(?=\\s)|tuition (centre|center)|my (year|standard|std|form|grade) [1-6] (class|students|pupils)',
    'annual dinner|(dinner|party|costume) theme|theme(d)? (party|dinner|night)|costume party|fancy dress|grown adults',
    'closed|closure|road ?works|vot(e|ing)|polling',
    'working bee|gotong royong|clean ?up|volunteers?|traffic|congestion|queue|parking|(pick ?up|drop ?off) duty',
  ],
  generic: [
    '^dr\\.? [a-z]+ ?: ?([0-9]+ )?(signs?|ways|things|reasons|when|what|why|how|do|don\'?t|never|always)(?![a-z])|(join|support|contribute to|donate to|drop off at) (our|the) ([a-z]+ ){0,3}(book|donation|clothing|uniform|toy) drive|(book|donation|clothing|uniform|toy) drive (starts|until|ends)|^([0-9]+|two|three|four|five|six|seven|eight|nine|ten) (pupils|students|children|kids) (were |was |slightly |seriously |badly )*(hurt|injured|killed|rescued|hospitali[sz]ed)|webinar|seminar|raising (confident |happy |resilient )?(kids|children)|tips|advice|checklist|guide (to|for)|parenting|things to (prepare|pack|know|buy)|(?<!(know|knows|knew) )how to|hacks?|tutorial',
    'promo(tion)?s?|discounts?|[0-9]+ ?% off|sale|review|unboxing',
    'carnival|free (entry|admission)|ready stock|candidates|good luck to all|(fun|charity) run|briefing|registration(?! (day|today|done|complete|selesai))|register (now|here|today|online)|giveaway|donations',
    '(kids|children|teenagers|teens) (these days|nowadays)|any ?one (can |could |pls |please )?(know|recommend|suggest)|any (recommendations?|suggestions?)',
    "children'?s day|(all|every) (the )?(kids|children)|why do parents|parents (here|these days|nowadays)|^(dear |all |attention |calling all )?parents,? (please|pls)",
    // #tamilmeme, #tamilcomedy (named prefixes: a leading [a-z]* would be tried at every word)
    '(tamil|desi|malay|malaysian|indian|chinese|funny|mom|mum|parent|parenting|relatable)?(memes?|comedy)|skit',
    // news and experts on children in general
    'breaking|police (say|said)|detained|parents should|says (a |the )?(paediatrician|pediatrician|doctor|expert|study|minister)|study (finds|shows)',
    // rules for every pupil, not one child
    'ministry|guidelines|new (school |uniform )?rules',
    // children in general and opinions; notices to a class's parents; looking for help
    // children in general (not counted ones: "with 2 kids under 5"); kids eat free; "12 and below"; "7 ways to…"
    '(?<!([0-9]|two|three|four|five|my|our) )(kids|children|child) (([0-9]{1,2} (and|&|or) )?(under|below|above|over|aged) [0-9]{1,2}|(eat|dine|stay|go|ride|enter|play)s? (for )?free)|per (child|kid|head|pax)|hot take|unpopular opinion',
    'free for (kids|children)|[0-9]{1,2} ((and|&) (below|under|younger|above)|(ways|tips|steps|signs|mistakes|hacks|ideas) (to|for|that|you|every|parents))',
    '(marked|marking|graded|grading|checked|checking) [0-9]{2,3} (essays|papers|scripts|exercise books|books|compositions)',
    '(notice|announcement|attention) ?:',
    'dear parents|parents:|(reminder|notice|attention) (to|for) (all )?parents|parents of (class\\s|kelas\\s)?[0-9a-z]+(\\s[a-z]+)?,?\\s(reminder|notice|please|kindly|tomorrow)',
    'looking for (a |an )?(tuition|tutor|babysitter|nanny|maid|helper|school|kindy)|recommendations?\\?|(rates|slots) (going|available|open)',
    // adverts for children in general: an age range, limited seats, book now; a dress code
    'ages? [0-9]{1,2}\\s(to\\s|until\\s)?[0-9]{1,2}(?![0-9])|limited (seats|slots|places|spots)|book (now|today|your (slot|seat|place)s?)|(whatsapp|dm|pm|call|contact) us|sign up (now|today|here)|dress code',
    '(standard|std|year|form|grade|primary) [1-6]\\s(to\\s|until\\s)?[1-6](?![0-9])',
  ],
  memory: ['i (still )?remember|once (my|our|a) (little|baby|small|tiny)|from (kindy|kindergarten|tadika|nursery|pre ?school|primary( school)?)( [a-z]+)? to|from (the|a|that|my) [^.!?\\n]{0,60}? to (this|now)(?![a-z])|(feels|felt|seems|seemed) like (only )?yesterday|like it was (only )?yesterday|used to be so (small|little|tiny)'],
  mine: ['my|our|with the'],
  hint: [
    '(when|once) (he|she) grows up|grows? up (to be|wants)',
    "someone (was|is|'s) (too |so )?(excited|nervous|ready|happy)",
    '(his|her) (first day|school|class|sports day|report card|teacher|kindy|homework|exams?)',
    'drop(ped|ping)? (him|her|them) off|pick(ed|ing)? (him|her|them) up|drop ?off|pick ?up|already at the|first day|(school|kindy) (today|tomorrow)',
    '👦|👧|🧒|🎒',
  ],
};
