import type { Lexicon } from './types';

/** Tamil script. Substrings of the stem (suffixes change the last letter: மகன் → மகனுக்கு), with explicit exclusions. */
export const ta: Lexicon = {
  child: [
    'மகன', // மகன், மகனுக்கு, மகனின், மருமகன் (son, nephew)
    'மகள(?!ிர)', // மகள், மகளுக்கு, மருமகள் (daughter, niece); not மகளிர் (women)
    'குழந்தை(?!(கள்)? ?(மாதிரி|போல|உணவு|மெனு))', // child, baby; not "like a child", nor a kids' meal
    '(?<!செல்லப் ?)பிள்ளை(?!யார)', // children; not பிள்ளையார் (Ganesha), nor செல்லப் பிள்ளை (a pet, or soft)
    'பேரன|பேத்தி', // grandson, granddaughter
    'சிறுவ[னர]|சிறுமி', // boy, children, girl
    'மழலை(?!யர)', // infant; not மழலையர் (kindergarten)
    '(என்|எங்க|எங்கள்) ?(பையன|பொண்ண)', // my boy, my girl
  ],
  childSoft: [
    'செல்ல(ம|க்|ப்)',
    'குட்டி(?! ?(நாய|பூனை|யானை))',
    'பையன(?! ?(மாதிரி|போல))|பொண்ண|பசங்க', // boy, girl, kids; not "like a little boy"
    'தம்பி|தங்கச்சி|தங்கை|சின்னவ(ன்|ள்)', // younger brother, younger sister, the little one
    'பாப்பா|குட்டீஸ்', // baby (also a wife's pet name), the kids
  ],
  milestone: ['பல்(லை|லு)? ?(இழந்|விழுந்|ஆடு|போச்சு)|பால் ?பல்|காது ?குத்து|மஞ்சள் ?நீராட்டு'],
  age: [
    '(?<![0-9]|[0-9] )(1[0-7]|[0-9]) ?வய(து|தில|தாக|சு)',
    '(?<![0-9])(1[0-7]|[0-9]) ?(வது|ஆவது) ?பிறந்த ?நாள',
    'வயது (1[0-7]|[0-9])(?![0-9])',
    '(ஒரு|இரண்டு|மூன்று|நான்கு|ஐந்து|ஆறு|ஏழு|எட்டு|ஒன்பது|பத்து) ?வய(து|சு)',
  ],
  level: [
    '(முதலாம்|இரண்டாம்|மூன்றாம்|நான்காம்|ஐந்தாம்|ஆறாம்|[1-6] ?ஆம்) ?ஆண்டு(?! ?(நினைவு|திருமண|விழா))', // not anniversaries
    'ஆண்டு [1-6](?![0-9])',
    'படிவம் [1-5](?![0-9])',
    '(பாலர்|மழலையர்) ?பள்ளி',
    '(ஒன்றாம்|இரண்டாம்|மூன்றாம்|நான்காம்|ஐந்தாம்|ஆறாம்|[1-6] ?ஆம்) ?வகுப்பு', // Nth standard
    '(ஆரம்ப|தொடக்க)ப் ?பள்ளி',
  ],
  event: [
    'பள்ளி(யின்|க்கு)? ?முதல் ?நாள்|முதல் ?நாள் ?பள்ளி',
    'விளையாட்டு(ப்)? ?(தினம|போட்டி|நாள)',
    'பரிசளிப்பு ?விழா|பள்ளி ?ஆண்டு ?விழா',
    'பள்ளி ?(வாசல|பேருந்து|வேன்)',
    'பள்ளிக்கு(ப்)? ?(போனா|சென்றா|கிளம்பினா|போறா)', // he/she went to school
    'பள்ளி ?கலை ?நிகழ்ச்சி', // a school's cultural show
  ],
  schoolName: ['([\\u0B80-\\u0BFF]{1,30}\\s){0,2}தமிழ்ப் ?பள்ளி'], // words of at most 30 letters: tried at every letter, so bounded
  uniform: [
    '(?<!(பாலர்|மழலையர்) ?)பள்ளி(ச்|க்)? ?(சீருடை|காலணி)', // school uniform or shoes, not a kindergarten's
    '(நீல|பச்சை)(க்)? ?(கால்சட்டை|பாவாடை|பினா(ஃ)?போர)', // blue/green trousers, skirt or pinafore
    '(பள்ளி|ஸ்கூல்) ?யூனி(ஃ)?பார்ம', // "school uniform" transliterated
  ],
  uniformSoft: [
    'நீல(ம்|க்)? ?வெள்ளை', // blue and white
    '(?<!(காவல்|போலீஸ்|ராணுவ|இராணுவ|வேலை|பணி|செவிலியர்|நர்ஸ்|பாலர் பள்ளி(ச்)?|மழலையர் பள்ளி(ச்)?) ?([\\u0B80-\\u0BFF]+\\s)?)சீருடை',
    'வெள்ளை(ச்)? ?சட்டை',
    'பினா(ஃ)?போர|யூனி(ஃ)?பார்ம', // pinafore, uniform (transliterated)
    'சட்டை,? ?(டை|tie)(?![\\u0B80-\\u0BFF])', // shirt and tie
  ],
  // Facebook's Tamil alt text: "இது இவற்றின் படமாக இருக்கலாம்: 1 நபர், குழந்தை"
  altText: [
    'இருக்கலாம்[^.\\n]{0,50}?(குழந்தை|சிறுவ|சிறுமி)',
    // "இது 2 நபர்கள் மற்றும் குழந்தை இன் படமாக இருக்கலாம்": the concept first, not inside quoted text ("… என்று சொல்லும் உரை")
    '(குழந்தை|சிறுவ|சிறுமி)((?!என்று|உரை)[^.\\n]){0,40}?படமாக ?இருக்கலாம்',
  ],
  autoAlt: ['இருக்கலாம்'],
  altDescribed: ['இருக்கலாம்'],
  altPerson: ['நபர்|பேர்|மக்கள்|குழந்தை|சிறுவ|சிறுமி|ஆண்|பெண்'], // "இது 5 பேர் …": 5 people
  school: ['பள்ளி|மாணவ|ஸ்கூல்|சாரணியர|சாரணர்|விடுமுறை ?முடி|ஒன்றுகூடல்'], // school, scouts, the holidays are over, assembly
  worn: ['அணிந்|போட்டு|பொருந்து'],
  wornAfter: ['ய?ில்'], // சீருடையில் (in uniform)
  uniformBody: ['சாரண'], // scouts
  adult: [
    'இப்போ(து)? ?(டாக்டர்|மருத்துவர்|பொறியாளர்|ஆசிரியர்|வழக்கறிஞர்)',
    'இராணுவ|காவல்துறை|போலீஸ்|பட்டமளிப்பு|கல்லூரி|பல்கலைக்கழக|வேலைக்கு|வேலை ?கிடை|வேலையில் ?முதல் ?நாள்|சம்பள',
    'திருமண(?! ?நாள)(?!த்தில்)|கல்யாண(?!த்தில்|த்துக்கு)|காதலி|காதலன்',
    'பட்டம் ?பெற்ற|பட்டதாரி|பதவி ?உயர்வு|(manager|மேனேஜர்|மேலாளர்) ?ஆ', // graduated, promoted, became a manager
    '(?<![0-9])(1[89]|[2-9][0-9]) ?(வய|(வது|ஆவது) ?பிறந்த)', // 18 and over, an 18th+ birthday
    'கர்ப்ப|வளைகாப்பு|சீமந்த|(வர|பிறக்க)ப் ?போ(கு|கிற)', // pregnant, a baby shower, (a baby) is coming
  ],
  notHuman: ['(?<!வி)நாய(?!க)|பூனை|முயல(?!்?(கி|வ))|கிளி(?!னி|க்)', 'கார்(?![\\u0B80-\\u0BFF])|பைக்', 'செடி'],
  grownUps: ['கணவ|மனைவி|அலுவலக|முதலாளி', 'வருட(ம்|ங்கள்)?(ுக்குப்)? ?(கழித்து|பிறகு)'], // grown siblings "after 10 years"
  commerce: ['விற்பனை|தள்ளுபடி|விலை(?!மதிப்ப)|ஆர்டர்', 'சேர்க்கை|அழைக்கவும்'],
  purchase: ['வாங்க|தொலை|காணோ|kaanom|kaanum'], // bought, lost, missing
  nostalgia: ['வருடம் ?கழித்து|பழைய ?நினைவு|அந்த ?காலம்|பழைய ?மாணவ'],
  selfPast: ['(நான்|naan)[^.!?\\n]{0,20}படிக்கும் ?போது|(நான்|naan|என்) ?சின்ன ?வயசுல'], // when I was studying, when I was small
  schoolAdults: [
    'ஆசிரியர்கள்|பாடத்திட்ட|பாடக்குறிப்பு|மாணவர்கள்',
    'பெற்றோர் ?ஆசிரியர்|கூட்டம்|புதிய ?ஆசிரியர்|ஆசிரியராக|பாடம் ?எடுத்த|கற்பித்த|அலுவலக',
    'மூடப்படும்|வாக்கு|ஓய்வு|தலைமையாசிரியர்|நெரிசல்|போக்குவரத்து',
    'டியூஷன் ?மைய', // a tuition centre
  ],
  generic: [
    'இந்த ?(க்)?கால(த்து|த்தில்|த்துப்)? ?(பிள்ளை|குழந்தை|பசங்க)|[0-9]{1,2} ?(வழிகள்|குறிப்புகள்)|^[0-9]{1,2} ?(எளிய|சுலப) ?(வழிகள்|குறிப்புகள்)|[0-9]{2,3} ?கட்டுரை|பெற்றோர் ?கவனத்திற்கு',
    '[0-9]{1,2}\\s[0-9]{1,2} ?வயது(க்குட்பட்ட|க்கு|டைய|ுள்ள)? ?(பிள்ளைக|குழந்தைக|சிறுவர|மாணவர)|வயதுக்கு ?(உட்பட்ட|கீழ்ப்பட்ட|கீழ்|மேற்பட்ட)|(குழந்தைகளுக்கு|பிள்ளைகளுக்கு) ?இலவச',
    'இலவச ?அனுமதி|கையிருப்பில்|டிப்ஸ்|குறிப்புகள்|பெற்றோர்களே|நன்கொடை',
    'தள்ளுபடி|விற்பனை',
    // registration open, places limited; a range of years ("1-6 ஆம் ஆண்டு", "படிவம் 1-5")
    'பதிவு ?(திறந்|தொடங்க)|இடங்கள் ?குறைவு|[1-6]\\s[1-6] ?ஆம் ?ஆண்டு|படிவம் [1-5]\\s[1-5](?![0-9])',
  ],
  required: ['அணி(ய|ந்து ?வர) ?வேண்டும்|கட்டாயம்|kattayam|(aniya|anindhu ?vara) ?vendum'],
  negatedAfter: [
    'வேண்டாம்|தேவையில்லை',
    '^\\s?இல்லை?(?![\\u0B80-\\u0BFF]|\\s?\\?)', // baju sekolah இல்ல: not in uniform today (the whole word, not a question)
    '^\\s?(பதிலா|பதிலாக)(?![^.]{0,25}சீருடை)', // சீருடைக்கு பதிலா: instead of the uniform (not 'instead of the old uniform, a new uniform')
    // Tanglish, right after the uniform: "school uniform la illa, ellam kurta" (not in uniform);
    // not "uniform la illa semma cute-a?" (a tag question), not "uniform venam nu azhuthaan" (reported, then worn)
    '^\\s?(-?(la|le|il|ila)\\s)?(yaarum\\s|yarum\\s)?(illa|illai)(?!\\s?(nu|nnu|na|nna|semma|sema|romba|cute|azhaga|super)(?![a-z]))',
  ],
  memory: ['நேற்று ?(போல|மாதிரி)'],
  mine: ['என்(?=\\s)|எங்க(ள்)?(?=\\s)|நம்ம'],
  own: ['மகன|மகள|பேரன|பேத்தி'], // son, daughter, grandson, granddaughter (any case ending)
  hint: ['யாருக்கோ|பெரியவனான|பெரியவளான|முதல் ?நாள்|(இன்று|நாளை) ?பள்ளி'],
};

/** Romanised Tamil ("Tanglish"), as Malaysian Tamil parents often type it. */
export const taLatn: Lexicon = {
  child: [
    'magan(e|ukku|in|ukkaaga)?|mahan',
    'magal(e|ukku|in|ukkaaga)?',
    '(ku|ko)(zh|l)?an(th|dh|d|t)ai(gal)?(?! (maadhiri|madhiri|mathiri|maathiri|pola))',
    'pillaigal|pulla(ingal?|ingga|igal)',
    'paiyan(?! (maadhiri|madhiri|mathiri|maathiri|pola))', // not "like little boys"
    'en( (rendu|moonu|naalu|[2-9]))? pasanga(?! (office|college|kooda velai))', // my (two) kids
    '(en|enga|namma|our|my) (ponnu|payyan)',
    'pethi|peran',
  ],
  childSoft: [
    'kutt(y|i|ies)(?! (story|yaanai|naai|poonai|akka|anna|anne|aunty|uncle|maama|chithi|athai|paati|thatha))', // not Kutty akka, a grown-up's nickname
    'chell(am|akutty|a kutty)',
    'kanna',
    // not a waiter or a rider called "thambi" ("Thambi, oru teh tarik")
    '(?<!(anna|akka) )thambi(?! (grab|rider|driver))(?!( ku| kku)? (kalyanam|marriage|wedding))(?!,? ((oru|rendu|satu|dua|one|two)\\s)?(teh|kopi|milo|tea|coffee|roti|bill|thanni)(?![a-z]))',
    'paapa', // also a wife's pet name
    'thangach(ch)?i|thangai',
    '(rendu|moonu|naalu|[2-9]) pasanga', // two or three kids (also grown lads)
  ],
  // a child's rites: a girl's coming-of-age, a baby's first head-shave and ear piercing at the temple
  milestone: ['manjal neerattu|mottai (adi|adich|poda)[a-z]*|kaa(d|t)hu kuthu'],
  age: ['(1[0-7]|[0-9]) ?vaya(su|thu|dhu)'],
  uniform: ['(neela|pachai) (short|shorts|pants|kaal ?sattai|pavadai|skirt)'], // blue or green shorts or skirt
  uniformSoft: ['seerudai', 'vellai sattai'],
  school: ['palli'],
  event: ['school (vittu|mudinju) (vanth|vandh)[a-z]*'], // back from school
  worn: ['pottu(tu|kittu|kuthu|kitu|ttu)?|anindhu'], // wearing it
  wornAfter: ['la'],
  adult: ['kalyaa?nam|valaikaa?ppu|seemantham|vaya(su|thu|dhu) (1[89]|[2-9][0-9])(?![0-9])|(1[89]|[2-9][0-9]) vaya(su|thu|dhu)'],
  notHuman: ['naai|poonai'],
  grownUps: ['mamak stall|un (biryani|samayal|kadai|service|saapadu)'], // "Thambi, un biryani super": a cook
  mine: ['en|enga|engal|namma'],
};
