import type { Lexicon } from './types';

/** Ages 0–17, not the start of a range ("umur 4-6 tahun"). */
const N = '(1[0-7]|[0-9])(?! ?([0-9]|hingga|sehingga|ke\\s[0-9]))';
const NW = '(satu|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh|sebelas)';
const LEVEL = '([1-6]|satu|dua|tiga|empat|lima|enam)(?! (ribu|puluh|lepas|lalu|yang lalu|kemudian|perkahwinan|kahwin|bersama|berturut))';
/** A required space plus one name word after a school acronym. */
const NAME = "(\\s[a-z][a-z.']*)";
/** "anak X" that is not a child: animals, pets, companies, steps, streams, youth, keys, natives… */
const ANAK_NOT =
  '(anak )?(bulu|kucing|anjing|ayam|itik|ikan|burung|kambing|lembu|kuda|monyet|harimau|gajah|syarikat|tangga|sungai|muda|mudi|' +
  'kunci|panah|mata|rambut|bulan|pokok|benih|kapal|watan|jati|tempatan|negeri|bangsa|buah|seni|patung|emas|jantan|kampung|guam)(?![a-z])';
/** Young adults Malaysians also call "adik"/"budak": drivers, riders, cashiers, new colleagues, students. */
const SERVICE =
  '(grab|foodpanda|rider|driver|delivery|cashier|juruwang|pelayan|waiter|kedai|mamak|guard|pengawal|petrol|ofis|office|pejabat|kilang|u|uni|universiti|kolej|ipta?s?|kampus)';
/** Birth-order names parents use for their children (Along, Angah, Achik, Uda, Usu…). */
const BO = 'along|angah|achik|acik|alang|anjang|uda|uteh|ateh|usu';
/** …but only where they read as a child: next to another birth-order name or a Malay family/school word. */
const BO_NEXT = `(dah|sudah|nak|baru|pun|ni|dan|&|dengan|dgn|umur|masuk|darjah|tahun|tadika|sekolah|hari pertama|first day|comel|tidur|main|demam|pandai|${BO}|adik|kakak|abang)`;

export const ms: Lexicon = {
  child: [
    `anak(?! ${ANAK_NOT})(ku|kau|nya|anda|mu|2| anak)?`,
    'si kecil',
    'cahaya mata',
    'bayi',
    'cucu(nda|ku)?',
    'cicit',
    `adik(?! (ipar|junior|manis|beradik|adik sekalian|${SERVICE}))(ku|nya|2| adik)?`,
    '(putera|puteri)(nya|ku| (saya|kami|sulung|bongsu|kesayangan))',
    '(hero|wira|jaguh|juara|princess|puteri|graduan) (kecil|cilik|mama|mummy|mommy|mami|mak|ibu|abah|ayah|papa|umi|abi|baba)',
  ],
  childSoft: [
    '(?<!(zaman|masa|menu|pakaian|baju|fesyen|hospital|klinik|macam|seperti|tiket|harga|jiwa) )kanak kanak(?! (di )?(bawah|berumur bawah|percuma|rm))',
    `(?<!(macam|perangai|sikap|cara) )budak(?! ${SERVICE})(2| budak)?`,
    'anak buah',
    `(?<!(pak|mak|tok|cik|abang|abg|kak|kakak|ah|wak) )(${BO})(?= ${BO_NEXT}(?![a-z]))`,
    `(?<=(si|anak|untuk|utk|hbd|birthday|sayang|peluk|cium|rindu|${BO}) )(${BO})`,
  ],
  age: [
    `(umur|berumur|usia|berusia)( (nak|dah|baru|sudah|genap|masuk))? (${N}|${NW})( (tahun|thn|th|bulan|bln|hari|minggu))?`,
    `(hari jadi|hari lahir|harijadi|besday|birthday|bday|ulang tahun) (yang )?ke ?(${N}|${NW})`,
    `(yang |yg )?ke ?${N} (tahun|thn)`,
    `(${N}|${NW}) (tahun|thn) (hari ini|harini|hari ni|today)`,
  ],
  level: [
    `darjah ${LEVEL}`,
    `(?<![0-9] )(tahun|thn) ${LEVEL}`,
    `tingkatan ${LEVEL}`,
    'tadika',
    'tabika',
    'taska',
    'pra ?sekolah',
    'kafa',
    'murid(2| murid)?',
    'pelajar (sekolah|darjah|tahun|tingkatan|tadika)',
    'upsr',
    'pt3',
    'uasa',
  ],
  event: [
    '(hari|minggu) pertama (di |ke )?(sekolah|persekolahan|tadika|tabika|taska|prasekolah|darjah|tahun|tingkatan|kafa)',
    'masuk (sekolah|tadika|tabika|darjah|tingkatan)',
    '(pi|pergi) sekolah',
    'hantar (anak |budak |adik )?(ke )?sekolah',
    '(van|bas|pagar) sekolah',
    'hari sukan|sukaneka|kejohanan olahraga|merentas desa',
    '(hari|majlis) anugerah|anugerah cemerlang|hari (penyampaian|pemberian) hadiah',
    'hari terbuka|(ambil|hari) (kad laporan|buku rekod|rekod prestasi|keputusan peperiksaan|rapot|report card)',
    'hari kantin',
    'hari kokurikulum',
    'lawatan sambil belajar',
    'persembahan (sekolah|kelas)',
    'perkhemahan (pengakap|unit beruniform|sekolah)',
    'bergambar kelas',
  ],
  schoolName: [
    `(sjk|srjk) ?\\(? ?[ct] ?\\)?${NAME}{0,2}`,
    `smjk${NAME}{0,2}`,
    `smk( ?\\(p\\)| ?\\(l\\))?${NAME}{1,2}`,
    `(smka|srk|sra|mrsm|sbp)${NAME}{1,2}`,
    // lower-case "sk" is also chat slang: only before a typical first word of a school name
    `sk\\s(taman|tmn|seri|sri|bukit|bandar|kampung|kg|jalan|sungai|sg|batu|pulau|tanjung|kuala|teluk|padang|pekan|parit|desa|kota|convent|st|la salle|methodist|ladang|felda)${NAME}{0,2}`,
    `sekolah (kebangsaan|jenis kebangsaan|menengah kebangsaan|menengah|rendah|agama|seri|sri)${NAME}{0,2}`,
  ],
  schoolNameCased: [
    "\\b(SK|SMK|SRK|SMKA|SMJK|SJKC|SJKT|SJK ?\\([CT]\\)|SRJK ?\\([CT]\\)|SRA|SBP|SMK ?\\([PL]\\))\\s[A-Z][A-Za-z.']*(\\s[A-Z(][A-Za-z.')]*){0,2}",
  ],
  uniform: [
    '(baju|uniform|pakaian seragam|seragam|pakaian) sekolah',
    'tudung( (labuh|bawal|putih|sarung|awning))? sekolah',
    'kasut sekolah',
    'stokin sekolah',
    'baju kurung sekolah',
    'baju biru putih',
    'baju putih seluar (biru|hijau)',
    'seluar (biru|hijau) baju putih',
    '(baju|uniform|pakaian|seragam) (pengakap|pbsm|kadet( polis| bomba| remaja sekolah)?|puteri islam|tkrs|bsmm|st john|pandu puteri|koko|kokurikulum|unit beruniform|rumah sukan|pengawas)',
  ],
  uniformSoft: ['seluar (panjang )?(biru|hijau)( tua)?', 'kain (biru|hijau)', 'seragam', 'tudung putih', 'kasut (putih|kanvas)', 'baju (kurung )?putih'],
  altText: ['(mungkin imej|imej mungkin mengandungi|mungkin gambar|mungkin berupa gambar)[^.\\n]{0,50}?(kanak kanak|bayi|budak|anak anak|balita)'],
  school: ['sekolah', 'pengawas|pengakap|kadet', 'cuti (sekolah )?(dah )?(habis|tamat)'],
  worn: ['(me)?pakai|berpakaian|sarung'],
  wornBefore: ['dgn|dengan|lengkap|dalam'],
  adult: [
    'konvo(kesyen)?|graduan(?! kecil)|ijazah|sarjana|universiti|kolej|matrik(ulasi)?|asasi',
    'uitm|ukm|upm|usm|utm|uum|ump|unimas|ums|iium|uia|upsi|unisza|umt',
    '(ber)?(kahwin|nikah|tunang)|perkahwinan|pernikahan|walimah|menantu|isterinya|suaminya',
    '(dapat|mula|dah) kerja|kerja pertama|gaji|bekerja',
    '(umur|berumur|usia|berusia) (1[89]|[2-9][0-9])|(1[89]|[2-9][0-9]) tahun (hari ni|hari ini|harini)',
    'hamil|mengandung|kandungan',
  ],
  notHuman: ['kucing|anjing|oyen|bulus?', 'kereta|proton|perodua|myvi|axia|bezza|x50|x70'],
  grownUps: ['suami|isteri|bini|abang sayang|sayang abang', 'pejabat|ofis|kerja(?! (sekolah|rumah))|rakan sekerja'],
  commerce: [
    'jual(an)?|dijual|menjual|tempah(an)?|borong|stok|harga|diskaun|murah|kedai|jahit(an)?|hubungi|wasap|saiz|promosi|penghantaran',
    'pendaftaran|daftar|pakej',
  ],
  purchase: ['(mem|di)?beli'],
  nostalgia: [
    'zaman (sekolah|kanak kanak|budak|dulu|kecil|muda|persekolahan)|masa (sekolah|kecil|kanak kanak|budak budak)|(waktu|masa) dulu|dulu dulu',
    'sekolah lama|(kawan|rakan|geng) sekolah|kawan lama|bekas (pelajar|murid)',
    'kenangan|rindu zaman',
  ],
  selfPast: ['masa (sy|saya|aku)'],
  schoolAdults: [
    'cikgu ?(2|cikgu)|guru guru|para guru|warga pendidik|rph|selamat hari guru|sebagai (cikgu|guru|penceramah)|bersara|pesara|pengetua|penceramah',
    'pibg|mesyuarat|ibu bapa (diminta|dijemput|dipelawa)',
    'ditutup|lencongan|kerja ?(2|kerja)|mengundi',
    'petua|panduan|ceramah|taklimat',
  ],
};
