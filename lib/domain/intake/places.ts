/**
 * Place names the country guess looks for besides the countries' own names: the capitals and major
 * cities (and regions named after them) of the CARICC member states and of their neighbours that
 * the release covers, in English and Russian spelling (and the Kazakh, Kyrgyz or Uzbek spelling where
 * it differs in letters), and the adjectives of the member states' names, which Russian and English
 * reports use more often than the names («казахстанские полицейские», "Kyrgyz border guards").
 *
 * Chosen for: cities with more than about 200,000 people or a border crossing the releases mention,
 * and the regional centres the January 2024 issue names (Zhetisu, Taldykorgan, Kokshetau, Kostanay,
 * Karaganda, Saran). Words that are also common words in another sense are left out (e.g. "Mary" in
 * Turkmenistan and «Мары», whose stem is that of «Мария»; «Баку», whose stem is «бак»).
 *
 * An entry with a capital letter matches only a word written with a capital letter (so «Ош» does
 * not match «ош» in some other sense); an entry in lower case (the Russian adjectives) matches any word.
 */
export const PLACES: Readonly<Record<string, readonly string[]>> = {
  KZ: [
    'Astana', 'Астана', 'Almaty', 'Алматы', 'Shymkent', 'Шымкент', 'Karaganda', 'Караганда', 'Qaraghandy',
    'Aktobe', 'Актобе', 'Taraz', 'Тараз', 'Pavlodar', 'Павлодар', 'Oskemen', 'Ust-Kamenogorsk', 'Усть-Каменогорск',
    'Semey', 'Семей', 'Atyrau', 'Атырау', 'Kostanay', 'Костанай', 'Kyzylorda', 'Кызылорда', 'Aktau', 'Актау',
    'Uralsk', 'Уральск', 'Petropavl', 'Петропавловск', 'Turkistan', 'Туркестан', 'Kokshetau', 'Кокшетау',
    'Taldykorgan', 'Талдыкорган', 'Zhetisu', 'Жетысу', 'Saran', 'Сарань', 'Ekibastuz', 'Экибастуз', 'Zhezkazgan', 'Жезказган',
    'Kazakh', 'Kazakhstani', 'казахстанский', 'қазақстан',
  ],
  KG: [
    'Bishkek', 'Бишкек', 'Osh', 'Ош', 'Jalal-Abad', 'Джалал-Абад', 'Жалал-Абад', 'Karakol', 'Каракол', 'Tokmok', 'Токмок',
    'Naryn', 'Нарын', 'Talas', 'Талас', 'Batken', 'Баткен', 'Issyk-Kul', 'Иссык-Куль', 'Ысык-Көл', 'Chui', 'Чуйская',
    'Kyrgyz', 'кыргызский', 'киргизский', 'кыргызстанский',
  ],
  TJ: [
    'Dushanbe', 'Душанбе', 'Khujand', 'Худжанд', 'Ҳуҷанд', 'Kulob', 'Kulyab', 'Куляб', 'Bokhtar', 'Бохтар', 'Khorog', 'Хорог',
    'Istaravshan', 'Истаравшан', 'Sughd', 'Согд', 'Khatlon', 'Хатлон', 'Badakhshan', 'Бадахшан',
    'Tajik', 'таджикский', 'тоҷикистон',
  ],
  TM: [
    'Ashgabat', 'Ашхабад', 'Aşgabat', 'Turkmenabat', 'Туркменабад', 'Türkmenabat', 'Dashoguz', 'Дашогуз', 'Daşoguz',
    'Balkanabat', 'Балканабад', 'Turkmenbashi', 'Туркменбаши', 'Türkmenbaşy', 'Turkmen', 'туркменский',
  ],
  UZ: [
    'Tashkent', 'Ташкент', 'Toshkent', 'Samarkand', 'Самарканд', 'Samarqand', 'Bukhara', 'Бухара', 'Buxoro', 'Namangan', 'Наманган',
    'Andijan', 'Андижан', 'Andijon', 'Fergana', 'Фергана', "Farg'ona", 'Nukus', 'Нукус', 'Karshi', 'Карши', 'Qarshi',
    'Termez', 'Термез', 'Termiz', 'Navoi', 'Навои', 'Navoiy', 'Urgench', 'Ургенч', 'Jizzakh', 'Джизак', 'Surxondaryo', 'Сурхандарья',
    'Karakalpakstan', 'Каракалпакстан', "Qoraqalpog'iston", 'Uzbek', 'узбекский', "o'zbekiston",
  ],
  AZ: ['Baku', 'Bakı', 'Ganja', 'Гянджа', 'Gəncə', 'Sumgait', 'Сумгаит', 'Azerbaijani', 'азербайджанский'],
  RU: [
    'Moscow', 'Москва', 'Saint Petersburg', 'Санкт-Петербург', 'Novosibirsk', 'Новосибирск', 'Yekaterinburg', 'Екатеринбург',
    'Omsk', 'Омск', 'Chelyabinsk', 'Челябинск', 'Orenburg', 'Оренбург', 'Astrakhan', 'Астрахань', 'Barnaul', 'Барнаул',
    'Krasnoyarsk', 'Красноярск', 'Samara', 'Самара', 'Kazan', 'Казань', 'Volgograd', 'Волгоград', 'Tyumen', 'Тюмень',
    'российский', 'Russian',
  ],
  AF: ['Kabul', 'Кабул', 'Mazar-i-Sharif', 'Мазари-Шариф', 'Kandahar', 'Кандагар', 'Herat', 'Герат', 'Kunduz', 'Кундуз', 'Afghan', 'афганский'],
  CN: ['Beijing', 'Пекин', 'Urumqi', 'Урумчи', 'Xinjiang', 'Синьцзян', 'Kashgar', 'Кашгар', 'Shanghai', 'Шанхай', 'Chinese', 'китайский'],
  IR: ['Tehran', 'Тегеран', 'Mashhad', 'Мешхед', 'Iranian', 'иранский'],
  PK: ['Islamabad', 'Исламабад', 'Karachi', 'Карачи', 'Peshawar', 'Пешавар', 'Pakistani', 'пакистанский'],
  BY: ['Minsk', 'Минск', 'Gomel', 'Гомель', 'Brest', 'Брест', 'Belarusian', 'белорусский'],
  MN: ['Ulaanbaatar', 'Улан-Батор'],
  TR: ['Istanbul', 'Стамбул', 'Ankara', 'Анкара'],
  GE: ['Tbilisi', 'Тбилиси'],
  AM: ['Yerevan', 'Ереван'],
  UA: ['Kyiv', 'Киев'],
};
