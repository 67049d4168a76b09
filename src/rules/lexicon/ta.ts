import type { Lexicon } from './types';

/** Tamil script. Substrings of the stem (suffixes change the last letter: மகன் → மகனுக்கு), with explicit exclusions. */
export const ta: Lexicon = {
  child: [
    'மகன', // மகன், மகனுக்கு, மகனின், மருமகன் (son, nephew)
    'மகள(?!ிர)', // மகள், மகளுக்கு, மருமகள் (daughter, niece); not மகளிர் (women)
    'குழந்தை(?! ?(மாதிரி|போல))', // child, baby; not "like a child"
    'பிள்ளை(?!யார)', // children; not பிள்ளையார் (Ganesha)
    'பாப்பா',
    'பேரன|பேத்தி', // grandson, granddaughter
    'சிறுவ[னர]|சிறுமி', // boy, children, girl
    'மழலை(?!யர)', // infant; not மழலையர் (kindergarten)
  ],
  childSoft: ['செல்ல(ம|க்|ப்)', 'குட்டி(?! ?(நாய|பூனை|யானை))'],
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
    '(ஆரம்ப|தொடக்க)ப் ?பள்ளி',
  ],
  event: [
    'பள்ளி(யின்|க்கு)? ?முதல் ?நாள்|முதல் ?நாள் ?பள்ளி',
    'விளையாட்டு(ப்)? ?(தினம|போட்டி|நாள)',
    'பரிசளிப்பு ?விழா|பள்ளி ?ஆண்டு ?விழா',
    'பள்ளி ?வாசல',
  ],
  schoolName: ['([\\u0B80-\\u0BFF]+\\s){0,2}தமிழ்ப் ?பள்ளி'],
  uniform: ['நீல(ம்|க்)? ?(வெள்ளை|கால்சட்டை)'],
  uniformSoft: [
    '(?<!(காவல்|போலீஸ்|ராணுவ|இராணுவ|வேலை|பணி|செவிலியர்|நர்ஸ்|பாலர் பள்ளி(ச்)?|மழலையர் பள்ளி(ச்)?) ?)சீருடை',
    'வெள்ளை(ச்)? ?சட்டை',
  ],
  school: ['பள்ளி|சாரணியர|விடுமுறை ?முடி'],
  worn: ['அணிந்|போட்டு'],
  wornAfter: ['ய?ில்'], // சீருடையில் (in uniform)
  adult: ['பட்டமளிப்பு|கல்லூரி|பல்கலைக்கழக|வேலைக்கு', 'திருமண|கல்யாண', '(?<![0-9])(1[89]|[2-9][0-9]) ?வய', 'கர்ப்ப'],
  notHuman: ['நாய|பூனை', 'கார்(?![\\u0B80-\\u0BFF])'],
  grownUps: ['கணவ|மனைவி|அலுவலக'],
  commerce: ['விற்பனை|தள்ளுபடி|விலை|ஆர்டர்', 'சேர்க்கை|அழைக்கவும்'],
  purchase: ['வாங்க'],
  nostalgia: ['நினைவுகள்|பழைய ?நினைவு|அந்த ?காலம்|பள்ளி ?நாட்கள்|பழைய ?மாணவ'],
  schoolAdults: [
    'ஆசிரியர்கள்|பாடத்திட்ட|பாடக்குறிப்பு|மாணவர்கள்',
    'குறிப்புகள்|பெற்றோர்களே|பெற்றோர் ?ஆசிரியர்|கூட்டம்',
    'மூடப்படும்|வாக்கு|ஓய்வு|தலைமையாசிரியர்',
  ],
};

/** Romanised Tamil ("Tanglish"), as Malaysian Tamil parents often type it. */
export const taLatn: Lexicon = {
  child: [
    'magan(e|ukku|in|ukkaaga)?|mahan',
    'magal(e|ukku|in|ukkaaga)?',
    '(ku|ko)(zh|l)?an(th|dh|d|t)ai(gal)?(?! (maadhiri|madhiri|mathiri|maathiri|pola))',
    'pillaigal|pulla(ingal?|ingga|igal)',
    'paiyan',
    'en (ponnu|payyan)',
    'paapa',
    'pethi|peran',
  ],
  childSoft: [
    'kutt(y|i|ies)(?! (story|yaanai|naai|poonai))',
    'chell(am|akutty|a kutty)',
    'kanna',
    '(?<!(anna|akka) )thambi(?! (grab|rider|driver))(?!( ku| kku)? (kalyanam|marriage|wedding))',
  ],
  age: ['(1[0-7]|[0-9]) ?vaya(su|thu|dhu)'],
  uniformSoft: ['seerudai'],
  school: ['palli'],
  wornAfter: ['la'],
  adult: ['kalyaa?nam'],
  notHuman: ['naai|poonai'],
};
