import type { Lexicon } from './types';

/** Ages 0–17, not the start of a range ("umur 4-6 tahun"). */
const N = '(1[0-7]|[0-9])(?! ?([0-9]|hingga|sehingga|ke\\s[0-9]))';
const NW = '(satu|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh|sebelas)';
const NOT_YEARS = '(?! (ribu|puluh|lepas|lalu|yang lalu|kemudian|perkahwinan|kahwin|bersama|berturut))';
const LEVEL = `([1-6]|satu|dua|tiga|empat|lima|enam)${NOT_YEARS}`;
/** Tingkatan 6 pupils are 18 and over. */
const FORM = `([1-5]|satu|dua|tiga|empat|lima)${NOT_YEARS}`;
/** A required space plus one name word after a school acronym. */
const NAME = "(\\s[a-z][a-z.']*)";
/** "anak X" that is not a child: animals, pets, companies, steps, streams, youth, keys, natives… */
const ANAK_NOT =
  '(anak )?(bulu|kucing|anjing|ayam|itik|ikan|burung|kambing|lembu|kuda|monyet|harimau|gajah|syarikat|tangga|sungai|muda|mudi|' +
  'kunci|panah|mata|rambut|bulan|pokok|benih|kapal|watan|jati|tempatan|negeri|bangsa|buah|seni|patung|emas|jantan|kampung|guam|' +
  'murid|kesayangan|malaysia|perantau)(?![a-z])';
/** Young adults Malaysians also call "adik"/"budak": drivers, riders, cashiers, new colleagues, students. */
const SERVICE =
  '(grab|foodpanda|rider|driver|delivery|cashier|juruwang|pelayan|waiter|kedai|mamak|guard|pengawal|petrol|ofis|office|pejabat|kilang|u|uni|universiti|kolej|ipta?s?|kampus)';
/** Birth-order names parents use for their children (Along, Angah, Achik, Uda, Usu…). */
const BO = 'along|angah|achik|acik|alang|anjang|uda|uteh|ateh|usu';
/** …but only where they read as a child: next to another birth-order name or a Malay family/school word. */
const BO_NEXT = `(dah|sudah|nak|baru|pun|ni|dan|&|dengan|dgn|umur|masuk|dapat|lulus|menang|pergi|pi|ke|kelas|darjah|tahun|tadika|sekolah|hari pertama|first day|comel|tidur|main|demam|pandai|balik|penat|happy|excited|seronok|gembira|nangis|menangis|sakit|bangun|siap|${BO}|adik|kakak|abang)`;

export const ms: Lexicon = {
  child: [
    // not "anak kucing", nor "jaga mcm anak sendiri" (a car, a pet looked after like a child)
    `(?<!(mcm|macam|seperti|bagai) )anak(?! ${ANAK_NOT})(ku|kau|nya|anda|mu|2| anak(ku|nya)?)?`,
    'cahaya mata',
    'bayi',
    'cucu(nda|ku)?',
    'cicit',
    'anok( ambe| aku| kawe| kito)?', // Terengganu/Kelantan: a child
    '(adik )?sepupu (kecik|kecil)|adik sepupu', // a little cousin
    `adik(?! (ipar|junior|manis|beradik|adik sekalian|${SERVICE}))(ku|nya|2| adik)?`,
    '(putera|puteri)(nya|ku| (saya|kami|sulung|bongsu|kesayangan))',
    '(hero|wira|jaguh|juara|princess|puteri|graduan) (kecil|cilik|mama|mummy|mommy|mami|mak|ibu|abah|ayah|papa|umi|abi|baba)',
  ],
  childSoft: [
    'budok (kecik|kecek)', // Terengganu/Kelantan: a small child
    'boboi', // a little boy's pet name
    'hafiz(ah)? (kecil|cilik)',
    '(?<!(zaman|masa|menu|pakaian|baju|fesyen|hospital|klinik|macam|seperti|tiket|harga|jiwa|hak|penderaan) )kanak kanak(?! (di )?(bawah|berumur bawah|percuma|rm))',
    `(?<!(macam|perangai|sikap|cara) (budak )?)budak(?!(2| budak)? ${SERVICE})(?! [6-9]0an)(2| budak)?( sekolah)?`,
    // a mother's "3 beradik" are her children (not "kami 5 beradik", the poster and her siblings)
    '(?<!(kami|kita) )([2-9]|dua|tiga|empat|lima|enam) beradik',
    'anak buah',
    // endearments also used for pets and cars
    'si (kecil|kecik|kenit|bongsu|sulung|comot|montel|tembam|gebu)|anak kesayangan|buah hati|permata hati',
    `(?<!(pak|mak|tok|cik|abang|abg|kak|kakak|ah|wak) )(${BO})(?= ${BO_NEXT}(?![a-z]))`,
    `(?<=(si|anak|untuk|utk|hbd|birthday|sayang|peluk|cium|rindu|${BO}) )(${BO})`,
  ],
  milestone: [
    'pengapit (kecil|kecik)', // a little page boy at a wedding
    'gigi susu|(hilang|tercabut|tanggal|tertanggal|goyang|patah) gigi (depan|susu|pertama)|pari pari gigi|tumbuh gigi',
    '(berkhatan|bersunat)|majlis (khatan|berkhatan|sunat|cukur jambul|akikah|aqiqah)|cukur jambul|akikah|aqiqah',
    '(latih|latihan|belajar) (toilet|tandas|potty)|(mula|baru|dah) (pandai )?(bertatih|meniarap|merangkak)',
    'khatam (iqra|muqaddam)|(pandai|dah|boleh) (baca|baco|mengaji) iqra', // the children's Quran primers
    '(nak|akan|bakal|dah nak|sudah nak) (jadi|menjadi) (kakak|abang|along)|(dapat|nak dapat|bakal dapat) adik( baru)?', // a child about to become a big sibling
  ],
  age: [
    `(umur|berumur|usia|berusia)( (nak|dah|baru|sudah|genap|masuk))? (${N}|${NW})( (tahun|thn|th|bulan|bln|hari|minggu))?`,
    `(hari jadi|hari lahir|harijadi|besday|birthday|bday|ulang tahun) (yang )?ke ?(${N}|${NW})`,
    `(yang |yg )?ke ?${N} (tahun|thn)`,
    // after a name: "Irfan (6 tahun)", "Hafiz (11)", "என் மகள் (9)" (a bare number only after a child word or a name: ../assess.ts)
    `\\(${N}( ?(tahun|thn|bulan|bln))?\\)`,
    `(${N}|${NW}) (tahun|thn) (hari ini|harini|hari ni|today)`,
    // right after a child word: "adik aku 10 tahun", "anak sy 7 thn" (not "10 tahun tak balik", "5 tahun kerja")
    `(?<!(perangai|sikap|cara|suami|husband) (macam|mcm|seperti) )(anak|adik|budak)( (aku|saya|sy|kami|ku))? (${N}|${NW}) (tahun|thn)${NOT_YEARS}(?! (tak|x|tidak|kerja|bekerja|dulu))`, // not 'perangai macam budak 5 tahun'
    // "baru 17 tahun 😅", "dah 6 tahun": an age at the end of a clause, not "dah 10 tahun tak balik"
    `(baru|dah|sudah|genap|nak masuk) (${N}|${NW}) (tahun|thn|bulan|bln)(?= ?($|[^a-z0-9\\s]|(hari|dah|tapi|tp|je|jer|pun|lah|la|ni|ini|setengah)(?![a-z])))`,
  ],
  level: [
    '(ahli )?(st\\.? john( ambulans)?|kadet (polis|remaja|bomba)|pengakap|puteri islam|pbsm|tkrs) sekolah', // a pupil in a school's uniformed body
    `darjah ${LEVEL}`,
    `(?<![0-9] )(tahun|thn) ${LEVEL}`,
    `tingkatan ${FORM}`,
    'tadika',
    'tabika',
    'taska',
    'pra ?sekolah|sekolah rendah',
    'kafa',
    // an offer of a boarding school is made to a pupil entering Form 1 or Form 4
    '(tawaran|offer|dapat|masuk|lapor diri)( ke| masuk)? (sbp|mrsm|asrama penuh|sekolah berasrama( penuh)?)|ke asrama (sbp|mrsm|sekolah)',
    'murid(2| murid)?',
    'pelajar (sekolah|darjah|tahun|tingkatan|tadika)',
    'upsr',
    'pt3',
    'uasa',
    // sitting the SPM: a Form 5 pupil, 17
    '(ambil|duduki?|jawab|habis|abis|tamat|sit(ting)?|taking|finish(ed)?|done with) (exam |kertas |paper )?spm',
  ],
  event: [
    'gambar kelas|hari bergambar', // the class photo
    '(hari|minggu) pertama (di |ke )?(sekolah|persekolahan|tadika|tabika|taska|prasekolah|darjah|tahun|tingkatan|kafa)',
    'masuk (sekolah|tadika|tabika|darjah|tingkatan)',
    '(pi|pergi) sekolah',
    'hantar (anak |budak |adik )?(ke )?sekolah',
    '(van|bas|pagar) sekolah',
    'hari sukan(?! negara)|sukaneka|kejohanan olahraga|merentas desa',
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
    `sekolah (kebangsaan|jenis kebangsaan|menengah kebangsaan|menengah|agama|seri|sri)${NAME}{0,2}`,
  ],
  schoolNameCased: [
    "\\b(SK|SMK|SRK|SMKA|SMJK|SJKC|SJKT|SJK ?\\([CT]\\)|SRJK ?\\([CT]\\)|SRA|SBP|SMK ?\\([PL]\\))\\s[A-Z][A-Za-z.']*(\\s[A-Z(][A-Za-z.')]*){0,2}",
  ],
  uniform: [
    '(ber)?(baju( kurung)?|uniform|pakaian seragam|seragam|pakaian) (sekolah|sekoloh)', // sekoloh: Kelantan, Terengganu
    'tudung( (labuh|bawal|putih|sarung|awning))? sekolah',
    'kasut sekolah',
    'stokin sekolah',
    '(baju )?batik sekolah',
    'baju biru putih',
    // the colours of the uniform, in either order: "baju putih seluar hijau", "kain biru, baju kurung putih"
    '(ber)?baju (kurung )?putih,? (dan |dengan |dgn |& |\\+ )?(seluar|kain) (panjang )?(biru|hijau)',
    '(seluar|kain) (panjang )?(biru|hijau)( tua| gelap)?,? (dan |dengan |dgn |& |\\+ )?(ber)?baju (kurung )?putih',
    '((ber)?baju|(ber)?uniform|pakaian|seragam)( (kuning|biru|hijau|merah|putih|ungu|oren|hitam|coklat)( tua| muda)?)? (pengakap|pbsm|kadet( polis| bomba| remaja sekolah)?|puteri islam|tkrs|bsmm|st john|pandu puteri|koko|kokurikulum|unit beruniform|pengawas)', // not the sports house shirt (sports attire)
    // uniformed bodies parade and march in uniform; prefects are installed in theirs
    '(perbarisan|kawad( kaki)?|istiadat) (kadet|pengakap|pandu puteri|pbsm|puteri islam|tkrs|bsmm|st john|unit beruniform|pengawas)|(pe|per)lantikan pengawas',
  ],
  uniformSoft: [
    'seluar (panjang )?(biru|hijau)( tua)?',
    'kain (biru|hijau)',
    'seragam',
    '(ber)?blazer',
    '(baju )?celoreng', // a cadet's camouflage (an army's is cancelled as an adult's)
    'tudung( labuh| bawal| sarung)? putih',
    'baju kurung (biru|hijau)( muda| tua| cair)?',
    'kasut (putih|kanvas|bata)|stokin putih',
    'baju (kurung )?putih',
    'putih biru|biru putih',
    'tali leher|lencana sekolah',
  ],
  uniformBody: ['skaf( pengakap)?|kadet remaja|unit beruniform'],
  negated: ['bukan(?! main)|(tak|tidak) (payah|perlu|usah)( pakai)?|tanpa|jangan( pakai)?|selain'],
  required: ['(wajib|mesti|perlu|hendaklah|dikehendaki|diwajibkan) (memakai|pakai|berpakaian|mengenakan)|diwajibkan'],
  negatedAfter: ['(tak|tidak|x) (payah|perlu|usah|dibenarkan|wajib)|tidak diperlukan|bukan hari ni'],
  preschool: ['tadika|tabika|taska|pra ?sekolah|prasekolah'],
  altText: ['(mungkin imej|imej mungkin mengandungi|mungkin gambar|mungkin berupa gambar)((?!menyatakan|berbunyi|bertulis|tertulis)[^.\\n]){0,50}?(?<!(kereta sorong|katil|botol|baju|kerusi|mainan|pakaian|susu|lampin) )(kanak kanak|bayi|budak|anak anak|balita)'], // not a stroller
  school: ['sekolah|sekoloh', 'pengawas|pengakap|kadet', 'tahfiz|maahad', 'cuti (sekolah )?(dah )?(habis|tamat)', 'ketua (kelas|darjah)|perhimpunan'],
  worn: ['(me)?pakai|memakai|berpakaian|sarung|muat|padan|senteng|singkat|ketat|sendat|(tak|x|belum) (tukar|salin)'],
  wornBefore: ['dgn|dengan|lengkap|dalam'],
  adult: [
    'konvo(kesyen)?|graduan(?! kecil)|ijazah|sarjana|universiti|kolej(?! (tunku|islam|tahfiz|yayasan|melayu))|matrik(ulasi)?|asasi (sains|undang|kejuruteraan|perakaunan|tesl|pengurusan)|program asasi',
    'kami (cikgu|guru)( ?2| guru| cikgu)?|cikgu ?(2|cikgu)? pun (nak )?(join|sertai|pakai|ikut)', // the teachers themselves in the uniform
    'uitm|ukm|upm|usm|utm|uum|ump|unimas|ums|iium|uia|upsi|unisza|umt',
    '(dah|sudah|umur) (1[89]|[2-9][0-9])( tahun)? (lebih|lebey|lbh|ke atas)|pengantin|bersanding|(isteri|suami) orang|(ber)?(kahwin|nikah|tunang)|perkahwinan|pernikahan|besarkan kami|(dah|telah|berjaya|yang|terima kasih) (mem)?besarkan [0-9]+ orang anak|walimah|menantu|isterinya|suaminya',
    'hari pertama (kerja|bekerja)|(dapat|mula|dah|sudah|baru|start)( start| mula)? kerja(?! (sekolah|rumah))|kerja pertama(?=\\s)|(anak|adik|along|angah|abang|kakak)[a-z\\s]{0,14}\\skerja (kat|di|dekat)(?=\\s)|gaji pertama|(dah|sudah|mula|baru) bekerja|berkeluarga|berkhidmat',
    '(dah|sudah|kini|sekarang) (jadi|menjadi|bergelar) (doktor|jururawat|cikgu|guru|jurutera|peguam|pilot|akauntan|polis|tentera|askar|pegawai)',
    '(?<!(macam|seperti|mcm|bagai) )(tentera|askar)|plkn|ditempatkan|latihan industri|praktikal|intern|sambung (belajar|study|master)|(belajar|study|studi|pengajian) (di |ke )?luar negara|teman (wanita|lelaki)|bakal (isteri|suami)',
    '(?<![0-9])(1[89]|[2-9][0-9]) ?(tahun|thn)|(umur|berumur|usia|berusia) (1[89]|[2-9][0-9])', // 18 and over
    '(hari jadi|hari lahir|harijadi|besday|birthday|bday|ulang tahun)[^.!?\\n]{0,30}(yang |yg )?ke ?(1[89]|[2-9][0-9])(?![0-9])',
    'hamil|mengandung|kandungan|lenggang perut|bakal (baby|bayi|cahaya mata)',
  ],
  notHuman: [
    'kucing|anjing|oyen|bulus?|arnab|hamster|burung',
    'kereta(?! (mainan|sorong))|proton|perodua|myvi|axia|bezza|x50|x70|honda|toyota|hilux',
    'telefon|laptop|kamera|kaktus|orkid',
  ],
  grownUps: ['harimau malaya|skuad negara|pasukan negara|suami|isteri|bini|abang sayang|sayang abang|(baby|sayang|bae) (i|u|you)(?= )|belanja (i|aku|sy|saya|makan)|(?<!(mama|mummy|mak|ibu|umi|papa|abah|ayah|tok|atuk|nenek|opah|rasa|pun) )makin tua', 'pejabat|ofis|kerja(?! (sekolah|rumah))|rakan sekerja|bos', '(selepas|lepas) [0-9]+ tahun|[0-9]+ tahun tak jumpa'],
  commerce: [
    'jual(an)?|dijual|menjual|tempah(an)?|borong|stok|harga|diskaun|murah(?! (senyum|rezeki|hati))|kedai|jahitan|hubungi|wasap|saiz|promosi|penghantaran',
    'pendaftaran(?! (darjah|tahun|tingkatan|murid))|daftar(?! (darjah|tahun|tingkatan|anak))|pakej',
  ],
  purchase: ['(mem|di)?beli|tertinggal|lupa|(di)?label|bungkus|packing'],
  nostalgia: [
    'zaman (sekolah|kanak kanak|budak|dulu|kecil|muda|persekolahan)|masa (sekolah|kecil|kanak kanak|budak budak)|(waktu|masa) dulu|dulu dulu',
    'sekolah lama|(kawan|rakan|geng) sekolah|kawan lama|bekas (pelajar|murid|pengakap|pengawas|kadet)|batch [0-9]0an',
    'kenangan|rindu zaman|(selepas|lepas) [0-9]+ tahun|(budak )?[6-9]0an',
    'tema reunion|(geng|kami|kita) [3-9]0 ?an (pakai|berbaju|dengan|dalam)', // adults back in their school clothes
  ],
  selfPast: ['(gambar|foto|ni|ini) (sy|saya|aku) (masa |time |waktu )?(umur|berumur) ([0-9]|1[0-7]) (tahun|thn)|gambar (lama )?(sy|saya|aku) (masa|waktu|zaman|darjah|tahun|tingkatan|sekolah|kecil|dulu)|masa (sy|saya|aku) (kecil|sekolah|darjah|tahun|tingkatan|budak|muda|umur|[0-9])|(zaman|masa|waktu) (sy|saya|aku) (sekolah|kecil|darjah|tingkatan)'],
  schoolAdults: [
    'cikgu ?(2|cikgu)|guru guru|para guru|warga pendidik|rph|(kami|kita) geng cikgu|geng cikgu (kami|sedondon)|selamat hari guru|(semua|para) cikgu (pakai|berbaju|memakai)|cikgu terharu|sebagai (cikgu|guru|penceramah|pemandu)|bersara|pesara|pencen|pemandu (bas|van)|pengetua|penceramah',
    '(murid|pelajar)2? (sy|saya|aku)(?![a-z])',
    'pibg|mesyuarat|ceramah|gotong royong|sukarelawan|anak murid|mengajar|kelas ganti|(cikgu|guru) baru',
    'syarikat|korporat|jabatan',
    '(sy|saya|aku) (ajar|mengajar)|pusat tuisyen|kelas tuisyen (cikgu|guru|teacher)|(anugerah|tokoh|sambutan hari) guru|guru (cemerlang|inovatif)|berbakti|persaraan|makan malam tahunan',
    'ditutup|lencongan|mengundi|jem|sesak(?! nafas)|trafik',
  ],
  generic: [
    'promosi|diskaun|potongan harga|jualan|ulasan|review',
    '[0-9]{1,2} ((cara|tips?|petua|langkah|tanda|sebab|idea) (untuk|utk|nak|mudah|bagaimana|kenapa|elak|mengelak)|tahun (ke )?(bawah|atas))|(semak|tanda|periksa|menanda|check) [0-9]{2,3} (buku|karangan|kertas|esei|skrip)|makan percuma',
    '(makluman|notis|pemberitahuan|hebahan|peringatan) ?:',
    'tular( pagi ni| semalam| hari ni)? ?:|tazkirah|didik(lah)? anak|ibu bapa,? (tolong|hendaklah|perlu)|isu (buli|ponteng)', // advice to parents in general
    'kpm|kementerian|pekeliling|adik ?(2|adik) semua|all the best (semua|all|to all|everyone|kepada|kpd|untuk|utk)|tips|petua|panduan|taklimat|ibu bapa (diminta|dijemput|dipelawa|sila|dinasihatkan|digalakkan)',
    'ready stock|stok (sedia )?ada|masuk percuma|larian|karnival|pendaftaran (dibuka|sekarang|online|murid baru dibuka|terbuka)|daftar (sekarang|segera|di)|peraduan|derma|sumbangan|asnaf',
    'calon|semoga berjaya (semua|kepada)|zaman sekarang|(ada )?sesiapa (tahu|ada|boleh|nak)|(hari|sambutan hari|selamat hari) kanak ?kanak',
    'sekolah sekarang (ni |ini )?(dah|makin|semakin|lain)|budak (budak |2 )?sekarang|kesian (budak ?2|budak budak|murid ?2|murid murid|pelajar|cikgu)(?! (ni|tu|ini|itu|sy|saya|aku|kami|kita)(?![a-z]))',
    '(salam|assalamualaikum|kepada|perhatian|makluman)( semua| para| kpd)? ibu ?bapa|(diperlukan|perlukan|mencari|cari) (pembantu|pengasuh|babysitter|maid)|^(info |iklan )?jawatan kosong|gaji nego', // a job advert, as its heading
    'resepi|resipi|menu (seminggu|mingguan|harian)|kedai mana|mana (nak )?(beli|cari|murah)',
    'tempat terhad|tempah (sekarang|segera)|(hubungi|whatsapp|wasap|pm) kami|kod pakaian|(darjah|tahun|tingkatan) [1-6]\\s(hingga\\s|sehingga\\s)?[1-6](?![0-9])',
  ],
  memory: ['(dulu|dahulu) ((mak|ibu|ayah|abah|kami|sy|saya) )?dukung|(dulu|dahulu) (mak|ibu|ayah|abah|kami|sy|saya) hantar|(macam|rasa|seperti) (baru )?semalam|(rasa|macam) baru (je|jer|sahaja|saja) (semalam|kelmarin)'],
  mine: ['sy|saya|aku|kami|mama|mak|ibu|umi|ummi|abah|ayah|papa|atuk|tok|nenek|opah|(anak|cucu|adik)2?(ku|ku2)'],
  hint: [
    '(bila )?(dah )?besar (nanti )?(nak|mahu|teringin) jadi',
    '(dah|sudah) sampai|sampai awal|semangat (betul|sangat|sgt) nak|nak jumpa kawan|hari pertama|sekolah (hari ini|hari ni|harini|esok)',
    'hantar (dia|dorang|diorang)|ambil (dia|dorang|diorang)',
  ],
};
