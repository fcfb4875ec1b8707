"""Cities and regions of Russia, Ukraine, Belarus and Kazakhstan, with the IANA time zone their clocks show.

Names are written as people type them in a client list (Russian, Ukrainian or Latin spelling); ``zones.py``
normalises both sides (case, ё/е, hyphens, "г.", "область", ...) before comparing. Region names are kept
in the adjective form ("Новосибирская") because the word "область"/"край" is stripped.
Countries with a single zone are listed too, so "Беларусь" alone is enough. Each zone lists its names in one
string separated by semicolons, so the table stays a table.
"""

from __future__ import annotations

ZONE_PLACES: dict[str, str] = {
    "Europe/Kaliningrad": "Калининград; Kaliningrad; Калининградская; Советск; Черняховск",
    "Europe/Moscow": (
        "Москва; Moscow; Moskva; Московская; Moscow Oblast; Санкт-Петербург; Петербург; Питер; СПб; Saint "
        "Petersburg; St Petersburg; Sankt-Peterburg; Ленинградская; Белгородская; Белгород; Брянская; Брянск; "
        "Владимирская; Владимир; Воронежская; Воронеж; Voronezh; Ивановская; Иваново; Калужская; Калуга; "
        "Костромская; Кострома; Курская; Курск; Липецкая; Липецк; Орловская; Орел; Рязанская; Рязань; "
        "Смоленская; Смоленск; Тамбовская; Тамбов; Тверская; Тверь; Тульская; Тула; Ярославская; Ярославль; "
        "Архангельская; Архангельск; Вологодская; Вологда; Череповец; Мурманская; Мурманск; Murmansk; "
        "Новгородская; Великий Новгород; Псковская; Псков; Карелия; Петрозаводск; Коми; Сыктывкар; Ненецкий; "
        "Нарьян-Мар; Нижегородская; Нижний Новгород; Nizhny Novgorod; Пензенская; Пенза; Мордовия; Саранск; "
        "Марий Эл; Йошкар-Ола; Чувашия; Чувашская; Чебоксары; Татарстан; Tatarstan; Казань; Kazan; Набережные "
        "Челны; Ростовская; Ростов-на-Дону; Ростов; Rostov-on-Don; Таганрог; Шахты; Краснодарский; Краснодар; "
        "Krasnodar; Сочи; Sochi; Новороссийск; Адыгея; Майкоп; Калмыкия; Элиста; Дагестан; Махачкала; "
        "Ингушетия; Магас; Кабардино-Балкария; Кабардино-Балкарская; Нальчик; Карачаево-Черкесия; "
        "Карачаево-Черкесская; Черкесск; Северная Осетия; Владикавказ; Чечня; Чеченская; Грозный; "
        "Ставропольский; Ставрополь"
    ),
    "Europe/Kirov": "Кировская; Киров; Kirov",
    "Europe/Volgograd": "Волгоградская; Волгоград; Volgograd; Волжский",
    "Europe/Simferopol": "Крым; Симферополь; Севастополь; Ялта; Керчь",
    "Europe/Samara": "Самарская; Самара; Samara; Тольятти; Удмуртия; Удмуртская; Ижевск; Izhevsk",
    "Europe/Ulyanovsk": "Ульяновская; Ульяновск; Ulyanovsk",
    "Europe/Saratov": "Саратовская; Саратов; Saratov; Энгельс; Балаково",
    "Europe/Astrakhan": "Астраханская; Астрахань; Astrakhan",
    "Asia/Yekaterinburg": (
        "Свердловская; Екатеринбург; Yekaterinburg; Ekaterinburg; Нижний Тагил; Челябинская; Челябинск; "
        "Chelyabinsk; Магнитогорск; Курганская; Курган; Тюменская; Тюмень; Tyumen; Ханты-Мансийский; ХМАО; "
        "Югра; Ханты-Мансийск; Сургут; Нижневартовск; Ямало-Ненецкий; ЯНАО; Салехард; Новый Уренгой; "
        "Пермский; Пермь; Perm; Башкортостан; Башкирия; Bashkortostan; Уфа; Ufa; Стерлитамак; Оренбургская; "
        "Оренбург; Orenburg; Орск"
    ),
    "Asia/Omsk": "Омская; Омск; Omsk",
    "Asia/Novosibirsk": "Новосибирская; Новосибирск; Novosibirsk; Бердск",
    "Asia/Tomsk": "Томская; Томск; Tomsk",
    "Asia/Barnaul": "Алтайский; Барнаул; Barnaul; Бийск; Алтай; Горно-Алтайск",
    "Asia/Novokuznetsk": "Кемеровская; Кузбасс; Кемерово; Kemerovo; Новокузнецк; Novokuznetsk",
    "Asia/Krasnoyarsk": "Красноярский; Красноярск; Krasnoyarsk; Норильск; Хакасия; Абакан; Тыва; Тува; Кызыл",
    "Asia/Irkutsk": "Иркутская; Иркутск; Irkutsk; Братск; Бурятия; Улан-Удэ; Ulan-Ude",
    "Asia/Chita": "Забайкальский; Чита; Chita",
    "Asia/Yakutsk": "Амурская; Благовещенск; Саха; Якутия; Якутск; Yakutsk",
    "Asia/Vladivostok": (
        "Приморский; Владивосток; Vladivostok; Находка; Уссурийск; Хабаровский; Хабаровск; Khabarovsk; "
        "Комсомольск-на-Амуре; Еврейская; Биробиджан"
    ),
    "Asia/Magadan": "Магаданская; Магадан; Magadan",
    "Asia/Sakhalin": "Сахалинская; Сахалин; Южно-Сахалинск; Yuzhno-Sakhalinsk",
    "Asia/Kamchatka": "Камчатский; Камчатка; Петропавловск-Камчатский; Petropavlovsk-Kamchatsky",
    "Asia/Anadyr": "Чукотский; Чукотка; Анадырь; Anadyr",
    "Europe/Kyiv": (
        "Украина; Україна; Ukraine; Киев; Київ; Kyiv; Kiev; Харьков; Харків; Kharkiv; Kharkov; Одесса; Одеса; "
        "Odesa; Odessa; Днепр; Дніпро; Днепропетровск; Dnipro; Львов; Львів; Lviv; Запорожье; Запоріжжя; "
        "Zaporizhzhia; Кривой Рог; Кривий Ріг; Николаев; Миколаїв; Винница; Вінниця; Vinnytsia; Полтава; "
        "Poltava; Чернигов; Чернігів; Черкассы; Черкаси; Житомир; Сумы; Суми; Хмельницкий; Хмельницький; "
        "Ровно; Рівне; Ивано-Франковск; Івано-Франківськ; Тернополь; Тернопіль; Луцк; Луцьк; Ужгород; "
        "Черновцы; Чернівці; Кропивницкий; Кропивницький; Херсон"
    ),
    "Europe/Minsk": (
        "Беларусь; Белоруссия; Belarus; Минск; Мінск; Minsk; Минская; Гомель; Homel; Gomel; Гомельская; "
        "Могилев; Магілёў; Mogilev; Mahilyow; Могилевская; Витебск; Віцебск; Vitebsk; Витебская; Гродно; "
        "Гродна; Grodno; Hrodna; Гродненская; Брест; Brest; Брестская; Бобруйск; Барановичи; Борисов; Пинск; "
        "Орша; Мозырь; Солигорск; Новополоцк; Полоцк; Лида; Молодечно"
    ),
    # Kazakhstan has kept one zone (UTC+5) since 1 March 2024; the regional IANA names stay for history.
    "Asia/Almaty": (
        "Казахстан; Kazakhstan; Алматы; Алма-Ата; Almaty; Астана; Нур-Султан; Astana; Шымкент; Shymkent; "
        "Караганда; Karaganda; Тараз; Павлодар; Pavlodar; Усть-Каменогорск; Оскемен; Семей; Петропавловск; "
        "Темиртау; Туркестан; Кокшетау; Талдыкорган; Экибастуз"
    ),
    "Asia/Aqtobe": "Актобе; Aktobe",
    "Asia/Atyrau": "Атырау; Atyrau",
    "Asia/Aqtau": "Актау; Aktau",
    "Asia/Oral": "Уральск; Орал; Oral; Uralsk",
    "Asia/Qostanay": "Костанай; Kostanay",
    "Asia/Qyzylorda": "Кызылорда; Kyzylorda",
}
