<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CalendarTab</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Day off (office closed, moved holiday)</source>
        <translation>Выходной (офис закрыт, перенос праздника)</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Рабочий день (перенесённый)</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Ctrl+Enter save the day · F8 remove the chosen day</source>
        <translation>Ctrl+Enter — сохранить день · F8 — удалить выбранный</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>CataloguesWindow</name>
    <message>
        <source>Catalogues</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Refusal reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <source>Retry rules</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Часы звонков</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Delays</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Daily goals</source>
        <translation>Цели на день</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Address as:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Местное время:</translation>
    </message>
    <message>
        <source>Lifetime value:</source>
        <translation>Ценность клиента:</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>Предпочтения:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Открытые обещания</translation>
    </message>
    <message>
        <source>Kept… (Ctrl+F11)</source>
        <translation>Выполнено… (Ctrl+F11)</translation>
    </message>
    <message>
        <source>Move… (Ctrl+Shift+F11)</source>
        <translation>Перенести… (Ctrl+Shift+F11)</translation>
    </message>
    <message>
        <source>«%1» by %2</source>
        <translation>«%1» к %2</translation>
    </message>
    <message>
        <source>No client open</source>
        <translation>Клиент не открыт</translation>
    </message>
    <message>
        <source>Press F2 to take the next client from the queue.</source>
        <translation>Нажмите F2, чтобы взять следующего клиента из очереди.</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>не указаны</translation>
    </message>
    <message>
        <source>same as yours</source>
        <translation>как у вас</translation>
    </message>
    <message>
        <source>Promise moved: «%1»</source>
        <translation>Обещание перенесено: «%1»</translation>
    </message>
    <message>
        <source>Promise kept: «%1»</source>
        <translation>Обещание выполнено: «%1»</translation>
    </message>
    <message>
        <source>%1 for the client = %2 for you</source>
        <translation>%1 у клиента = %2 у вас</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>следующий: %1</translation>
    </message>
    <message>
        <source>Edit client (Shift+F12)</source>
        <translation>Изменить (Shift+F12)</translation>
    </message>
    <message>
        <source>%1 is working with this client now: read-only.</source>
        <translation>С клиентом сейчас работает %1: только просмотр.</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Edit client</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Address as (if not by name):</source>
        <translation>Обращение (если не по имени):</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Buying stage:</source>
        <translation>Стадия покупки:</translation>
    </message>
    <message>
        <source>Preferences, expectations:</source>
        <translation>Предпочтения, ожидания:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Edit client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Неизвестный часовой пояс</translation>
    </message>
    <message>
        <source>Client&apos;s time now: %1 — inside calling hours</source>
        <translation>У клиента сейчас %1 — время для звонков</translation>
    </message>
    <message>
        <source>Client&apos;s time now: %1 — outside calling hours, the queue holds the client back</source>
        <translation>У клиента сейчас %1 — не время для звонков, очередь его пока не предложит</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>стадия покупки</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>предпочтения</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>number F4 dials</source>
        <translation>номер для F4</translation>
    </message>
    <message>
        <source>phone status</source>
        <translation>состояние номера</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>добавлен вручную</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <source>Find a client</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Phone in any form, name or company</source>
        <translation>Телефон в любом виде, имя или компания</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Открыть (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Начните вводить</translation>
    </message>
</context>
<context>
    <name>ClientSearchModel</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Занят</translation>
    </message>
</context>
<context>
    <name>ClientTools</name>
    <message>
        <source>Save how this call ended before opening another client.</source>
        <translation>Сохраните итог этого звонка, прежде чем открыть другого клиента.</translation>
    </message>
</context>
<context>
    <name>CountdownLine</name>
    <message>
        <source>Next client in %1 s · Ctrl+F2 pause · Shift+F2 dial now</source>
        <translation>Следующий клиент через %1 с · Ctrl+F2 пауза · Shift+F2 набрать сейчас</translation>
    </message>
    <message>
        <source>Progressive dialling paused · Ctrl+F2 resume · Shift+F2 dial now</source>
        <translation>Автонабор на паузе · Ctrl+F2 продолжить · Shift+F2 набрать сейчас</translation>
    </message>
    <message>
        <source>Taking and dialling the next client…</source>
        <translation>Берём и набираем следующего клиента…</translation>
    </message>
    <message>
        <source>Progressive dialling on · Ctrl+Shift+F2 off</source>
        <translation>Автонабор включён · Ctrl+Shift+F2 выключить</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Запомнить в хранилище паролей системы</translation>
    </message>
    <message>
        <source>Without it, the password is asked for at sign-in. It is never written to a file.</source>
        <translation>Без этого пароль спрашивается при входе. В файл он не записывается никогда.</translation>
    </message>
</context>
<context>
    <name>DelaysTab</name>
    <message>
        <source>An abandoned client is freed after (minutes):</source>
        <translation>Брошенный клиент освобождается через (минут):</translation>
    </message>
    <message>
        <source>A personal callback passes to the team when overdue (minutes):</source>
        <translation>Личный перезвон переходит команде после просрочки (минут):</translation>
    </message>
    <message>
        <source>Post-sale check-in after (days):</source>
        <translation>Звонок после продажи через (дней):</translation>
    </message>
    <message>
        <source>Unreachable client called again after (days):</source>
        <translation>Недозвон — снова звонить через (дней):</translation>
    </message>
    <message>
        <source>Ctrl+Enter save</source>
        <translation>Ctrl+Enter — сохранить</translation>
    </message>
</context>
<context>
    <name>DoNotCallView</name>
    <message>
        <source>Do-not-call list</source>
        <translation>Список «не звонить»</translation>
    </message>
    <message>
        <source>Find a number or a reason</source>
        <translation>Найти номер или причину</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>убран</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Why (kept in the history)</source>
        <translation>Почему (сохраняется в истории)</translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation>Добавить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the chosen (F8)</source>
        <translation>Убрать выбранный (F8)</translation>
    </message>
    <message>
        <source>Import a file of numbers… (F4)</source>
        <translation>Загрузить файл номеров… (F4)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation>Номера, по которым не звонить</translation>
    </message>
    <message>
        <source>Text or CSV (*.txt *.csv);;All files (*)</source>
        <translation>Текст или CSV (*.txt *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Added %1 numbers; %2 were on the list already; %3 lines held no number.</source>
        <translation>Добавлено номеров: %1; уже были в списке: %2; строк без номера: %3.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>CallAssist: something went wrong</source>
        <translation>CallAssist: что-то пошло не так</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Nothing you saved is lost. Details are in %1</source>
        <translation>Всё сохранённое цело. Подробности — в %1</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation>Звонков в день</translation>
    </message>
    <message>
        <source>Calls a day for the chosen operator:</source>
        <translation>Звонков в день для выбранного оператора:</translation>
    </message>
    <message>
        <source>Ctrl+Enter save</source>
        <translation>Ctrl+Enter — сохранить</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Show or hide this help</source>
        <translation>Показать или скрыть эту справку</translation>
    </message>
    <message>
        <source>Take the next client from the queue</source>
        <translation>Взять следующего клиента из очереди</translation>
    </message>
    <message>
        <source>Search the objection palette</source>
        <translation>Поиск по возражениям</translation>
    </message>
    <message>
        <source>Refresh the queue and the figures</source>
        <translation>Обновить очередь и показатели</translation>
    </message>
    <message>
        <source>Import leads from an Excel or CSV file</source>
        <translation>Импорт клиентов из файла Excel или CSV</translation>
    </message>
    <message>
        <source>Choose the client&apos;s answer in the script</source>
        <translation>Выбрать ответ клиента в сценарии</translation>
    </message>
    <message>
        <source>Previous / next answer to the chosen objection</source>
        <translation>Предыдущий / следующий ответ на выбранное возражение</translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation>Попытка: %1</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Разговор: %1</translation>
    </message>
    <message>
        <source>Call again tomorrow</source>
        <translation>Перезвонить завтра</translation>
    </message>
    <message>
        <source>Call again in a week</source>
        <translation>Перезвонить через неделю</translation>
    </message>
    <message>
        <source>Call again in a month</source>
        <translation>Перезвонить через месяц</translation>
    </message>
    <message>
        <source>Call again in 3 months</source>
        <translation>Перезвонить через 3 месяца</translation>
    </message>
    <message>
        <source>Mark the client&apos;s promise kept (with a note)</source>
        <translation>Отметить обещание клиенту выполненным (с заметкой)</translation>
    </message>
    <message>
        <source>Move the client&apos;s promise to a new date (with a reason)</source>
        <translation>Перенести обещание клиенту на новую дату (с причиной)</translation>
    </message>
    <message>
        <source>Jump to the wrap-up form (its first empty required field)</source>
        <translation>Перейти к итогу звонка (к первому незаполненному полю)</translation>
    </message>
    <message>
        <source>Next / previous field of the wrap-up form</source>
        <translation>Следующее / предыдущее поле итога звонка</translation>
    </message>
    <message>
        <source>Change the value of a list or date</source>
        <translation>Сменить значение списка или даты</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Сохранить итог</translation>
    </message>
    <message>
        <source>Close this help</source>
        <translation>Закрыть справку</translation>
    </message>
    <message>
        <source>Take the next client from the queue (F2)</source>
        <translation>Взять следующего клиента из очереди (F2)</translation>
    </message>
    <message>
        <source>How the attempt went: Ctrl+1…6</source>
        <translation>Результат попытки: Ctrl+1…6</translation>
    </message>
    <message>
        <source>How the conversation ended: F6…F10</source>
        <translation>Чем закончился разговор: F6…F10</translation>
    </message>
    <message>
        <source>Quick picks: Ctrl+7 tomorrow, Ctrl+8 week, Ctrl+9 month, Ctrl+0 3 months</source>
        <translation>Быстрый выбор: Ctrl+7 завтра, Ctrl+8 неделя, Ctrl+9 месяц, Ctrl+0 3 месяца</translation>
    </message>
    <message>
        <source>Save the outcome (Ctrl+Enter)</source>
        <translation>Сохранить итог (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Search the objection palette (F3)</source>
        <translation>Поиск по возражениям (F3)</translation>
    </message>
    <message>
        <source>Mark the selected promise kept (Ctrl+F11)</source>
        <translation>Отметить выбранное обещание выполненным (Ctrl+F11)</translation>
    </message>
    <message>
        <source>Move the selected promise to a new date (Ctrl+Shift+F11)</source>
        <translation>Перенести выбранное обещание на новую дату (Ctrl+Shift+F11)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>Dial the client&apos;s chosen phone (★)</source>
        <translation>Набрать выбранный номер клиента (★)</translation>
    </message>
    <message>
        <source>To the client&apos;s phones: ↑ ↓ choose, Tab to add, mark wrong, choose for F4</source>
        <translation>К телефонам клиента: ↑ ↓ выбор, Tab — добавить, отметить ошибку, выбрать для F4</translation>
    </message>
    <message>
        <source>Find a client by phone, name or company</source>
        <translation>Найти клиента по телефону, имени или компании</translation>
    </message>
    <message>
        <source>Edit the client</source>
        <translation>Изменить карточку клиента</translation>
    </message>
    <message>
        <source>Wrap-up: next buying stage</source>
        <translation>Итог: следующая стадия покупки</translation>
    </message>
    <message>
        <source>Dial the chosen phone (F4)</source>
        <translation>Набрать выбранный номер (F4)</translation>
    </message>
    <message>
        <source>Edit the client (Shift+F12)</source>
        <translation>Изменить карточку клиента (Shift+F12)</translation>
    </message>
    <message>
        <source>Buying stage after this call: Alt+0 steps through</source>
        <translation>Стадия покупки после звонка: Alt+0 — следующая</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>empty: the whole team; RU, BY, KZ…: clients of that country</source>
        <translation>пусто — вся команда; RU, BY, KZ… — клиенты этой страны</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Client&apos;s local time. Ctrl+Enter save · F8 back to the team&apos;s hours</source>
        <translation>Местное время клиента. Ctrl+Enter — сохранить · F8 — вернуть часы команды</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with leads</source>
        <translation>Выберите файл CSV или Excel с клиентами</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code</source>
        <translation>Страна номеров, записанных без кода страны</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Phone region:</source>
        <translation>Регион телефонов:</translation>
    </message>
    <message>
        <source>The first row under the headers says where each column goes; change it if needed.</source>
        <translation>Первая строка под заголовками показывает, куда пойдёт каждый столбец; при необходимости измените.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Show what the import would do, without writing anything</source>
        <translation>Показать, что сделает импорт, ничего не записывая</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a file with leads</source>
        <translation>Выберите файл с клиентами</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.xlsx *.xls *.xlsb *.ods);;All files (*)</source>
        <translation>Файлы с клиентами (*.csv *.txt *.xlsx *.xls *.xlsb *.ods);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверяю файл…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Импорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Preview: %1 new, %2 merged into known clients, %3 of them left untouched, %4 rejected. Nothing was written.</source>
        <translation>Предпросмотр: новых — %1, объединено с известными клиентами — %2, из них не изменено — %3, отклонено — %4. Ничего не записано.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединённые</translation>
    </message>
    <message>
        <source>Left untouched</source>
        <translation>Не изменены</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2, merged with known clients or duplicates: %3, rejected: %4.</source>
        <translation>Прочитано строк: %1. Импортировано: %2, объединено с известными клиентами или дубликатами: %3, отклонено: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are marked never or on the do-not-call list: they were left as they are.</source>
        <translation>
            <numerusform>Из них %n отмечен «никогда» или в списке «не звонить»: оставлен как есть.</numerusform>
            <numerusform>Из них %n отмечены «никогда» или в списке «не звонить»: оставлены как есть.</numerusform>
            <numerusform>Из них %n отмечены «никогда» или в списке «не звонить»: оставлены как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows and the reasons are in %1.</source>
        <translation>Отклонённые строки и причины — в %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Connected</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Не тот номер</translation>
    </message>
    <message>
        <source>Number not in service</source>
        <translation>Номер не обслуживается</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Callback agreed</source>
        <translation>Договорились перезвонить</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Заинтересован</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>The number does not exist</source>
        <translation>Номер не существует</translation>
    </message>
    <message>
        <source>The organisation has closed</source>
        <translation>Организация закрылась</translation>
    </message>
    <message>
        <source>The person is gone</source>
        <translation>Человек выбыл</translation>
    </message>
    <message>
        <source>Asked not to be called</source>
        <translation>Просил не звонить</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Будущий</translation>
    </message>
    <message>
        <source>Stage unknown</source>
        <translation>Этап неизвестен</translation>
    </message>
    <message>
        <source>Gathering information</source>
        <translation>Собирает информацию</translation>
    </message>
    <message>
        <source>Choosing</source>
        <translation>Выбирает</translation>
    </message>
    <message>
        <source>Ready to buy</source>
        <translation>Готов купить</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>After sale</source>
        <translation>После продажи</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Недозвон</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
</context>
<context>
    <name>LeasesView</name>
    <message>
        <source>Leases</source>
        <translation>Закреплённые клиенты</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освободить</translation>
    </message>
    <message>
        <source>Clients an operator holds. Release one to put it back in the queue.</source>
        <translation>Клиенты, закреплённые за операторами. Освободите клиента, чтобы вернуть его в очередь.</translation>
    </message>
    <message>
        <source>Abandoned, back in the queue</source>
        <translation>Брошен, снова в очереди</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Закреплён</translation>
    </message>
    <message>
        <source>Nobody holds a client now.</source>
        <translation>Сейчас ни один клиент не закреплён.</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 снова в очереди.</translation>
    </message>
    <message>
        <source>Nobody holds %1 any more: the list is refreshed.</source>
        <translation>%1 уже ни за кем не закреплён: список обновлён.</translation>
    </message>
</context>
<context>
    <name>ListFiguresPanel</name>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>(no list)</source>
        <translation>(без списка)</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Дозвоны</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Refusals by reason</source>
        <translation>Отказы по причинам</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Все списки</translation>
    </message>
    <message>
        <source>Figures by list</source>
        <translation>Показатели по спискам</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Список:</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Lead lists</source>
        <translation>Списки лидов</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>whole team</source>
        <translation>вся команда</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>team&apos;s current</source>
        <translation>общий</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Будущие</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Pause / resume (F6)</source>
        <translation>Пауза / продолжить (F6)</translation>
    </message>
    <message>
        <source>Set priority (F7)</source>
        <translation>Задать приоритет (F7)</translation>
    </message>
    <message>
        <source>Offer to the ticked, none: whole team (F8)</source>
        <translation>Отмеченным; никого — всей команде (F8)</translation>
    </message>
    <message>
        <source>Use this script (F9)</source>
        <translation>Этот скрипт (F9)</translation>
    </message>
    <message>
        <source>only the chosen list</source>
        <translation>только выбранный список</translation>
    </message>
    <message>
        <source>Hand clients and callbacks over (F10)</source>
        <translation>Передать клиентов и перезвоны (F10)</translation>
    </message>
    <message>
        <source>Priority (higher first among equal reasons):</source>
        <translation>Приоритет (выше — раньше при равной причине):</translation>
    </message>
    <message>
        <source>Operators of the list:</source>
        <translation>Операторы списка:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>The team&apos;s current script</source>
        <translation>Общий скрипт команды</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>всей команде</translation>
    </message>
    <message>
        <source>Choose a list first.</source>
        <translation>Сначала выберите список.</translation>
    </message>
    <message>
        <source>Resumed: its clients are back in the queue.</source>
        <translation>Продолжено: клиенты списка снова в очереди.</translation>
    </message>
    <message>
        <source>Paused: its clients are offered to nobody.</source>
        <translation>На паузе: клиенты списка никому не предлагаются.</translation>
    </message>
    <message>
        <source>Priority set.</source>
        <translation>Приоритет задан.</translation>
    </message>
    <message>
        <source>Saved: the list is offered to the ticked operators only.</source>
        <translation>Сохранено: список получают только отмеченные операторы.</translation>
    </message>
    <message>
        <source>Saved: the list is offered to the whole team.</source>
        <translation>Сохранено: список получает вся команда.</translation>
    </message>
    <message>
        <source>Script chosen.</source>
        <translation>Скрипт выбран.</translation>
    </message>
    <message>
        <source>Handed over: %1 clients and %2 callbacks.</source>
        <translation>Передано клиентов: %1, перезвонов: %2.</translation>
    </message>
</context>
<context>
    <name>NeglectView</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Следующий контакт</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Последний звонок</translation>
    </message>
    <message>
        <source>Neglected clients</source>
        <translation>Забытые клиенты</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Days untouched</source>
        <translation>Дней без звонка</translation>
    </message>
    <message>
        <source>Untouched for at least (days):</source>
        <translation>Без звонка не меньше (дней):</translation>
    </message>
    <message>
        <source>Future clients whose date passed without a call: %1</source>
        <translation>Клиенты «на будущее», чья дата прошла без звонка: %1</translation>
    </message>
    <message numerus="yes">
        <source>Clients nobody called for %n day(s): %1</source>
        <translation>
            <numerusform>Клиенты без звонка %n день и дольше: %1</numerusform>
            <numerusform>Клиенты без звонка %n дня и дольше: %1</numerusform>
            <numerusform>Клиенты без звонка %n дней и дольше: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation>Добавить (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>OperatorWindow</name>
    <message>
        <source>CallAssist — %1</source>
        <translation>CallAssist — %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>Импорт клиентов…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Scripts…</source>
        <translation>Скрипты…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Статистика…</translation>
    </message>
    <message>
        <source>Leases…</source>
        <translation>Закреплённые клиенты…</translation>
    </message>
    <message>
        <source>Neglected clients…</source>
        <translation>Забытые клиенты…</translation>
    </message>
    <message>
        <source>The unsaved wrap-up was restored.</source>
        <translation>Несохранённый итог звонка восстановлен.</translation>
    </message>
    <message>
        <source>Future: %1 · Due today: %2 · Calls today: %3 of %4 · In queue: %5</source>
        <translation>Будущие: %1 · На сегодня: %2 · Звонков сегодня: %3 из %4 · В очереди: %5</translation>
    </message>
    <message>
        <source>Save how this call ended before taking the next client.</source>
        <translation>Сохраните итог этого звонка, прежде чем брать следующего клиента.</translation>
    </message>
    <message>
        <source>The queue is empty for now.</source>
        <translation>Очередь пока пуста.</translation>
    </message>
    <message>
        <source>Save how this call ended before opening another client.</source>
        <translation>Сохраните итог этого звонка, прежде чем открывать другого клиента.</translation>
    </message>
    <message>
        <source>No phone app answered: %1 is copied, paste it into your softphone.</source>
        <translation>Телефонная программа не ответила: номер %1 скопирован, вставьте его в софтфон.</translation>
    </message>
    <message>
        <source>On the call: %1</source>
        <translation>Разговор: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1 is kept on this computer.</source>
        <translation>Сервер недоступен: %1 сохранено на этом компьютере.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Close this call unsaved (Ctrl+Enter)</source>
        <translation>Закрыть звонок без сохранения (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Saved: %1. Next contact %2.</source>
        <translation>Сохранено: %1. Следующий контакт %2.</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Enter)</source>
        <translation>Сохранить итог (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Offline, %1 outcomes waiting</source>
        <translation>Нет связи, итогов в ожидании: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>Новые пароли не совпадают: введите один и тот же дважды.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Сменить пароль…</translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message>
        <source>%1 (shared with other clients)</source>
        <translation>%1 (общий с другими клиентами)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>New number, e.g. 8 916 123-45-67 ext. 12</source>
        <translation>Новый номер, напр. 8 916 123-45-67 доб. 12</translation>
    </message>
    <message>
        <source>Dial (F4)</source>
        <translation>Набрать (F4)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>F4 dials this</source>
        <translation>F4 — этот</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Не тот номер</translation>
    </message>
    <message>
        <source>Not in service</source>
        <translation>Не существует</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>No working number: the client is out of the queue until one is added.</source>
        <translation>Нет рабочего номера: клиент выведен из очереди, пока не добавят новый.</translation>
    </message>
    <message>
        <source>%1, ext. %2</source>
        <translation>%1, доб. %2</translation>
    </message>
    <message>
        <source>%1 — wrong number</source>
        <translation>%1 — не тот номер</translation>
    </message>
    <message>
        <source>%1 — not in service</source>
        <translation>%1 — не существует</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продавался</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>В продаже</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>F3 new · Ctrl+Enter save · a sold product is made inactive, never deleted</source>
        <translation>F3 — новый · Ctrl+Enter — сохранить · проданный продукт не удаляется, а снимается с продажи</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Move the promise</source>
        <translation>Перенос обещания</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Обещание выполнено</translation>
    </message>
    <message>
        <source>«%1», due %2</source>
        <translation>«%1», срок %2</translation>
    </message>
    <message>
        <source>Why it moves (tell the client first)</source>
        <translation>Почему переносится (сначала скажите клиенту)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Новая дата:</translation>
    </message>
    <message>
        <source>How it was kept</source>
        <translation>Как выполнено</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Client&apos;s time</source>
        <translation>У клиента</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Next client (F2)</source>
        <translation>Следующий клиент (F2)</translation>
    </message>
    <message>
        <source>The queue is empty: there is nobody to call yet.</source>
        <translation>Очередь пуста: звонить пока некому.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift+F5&lt;/b&gt; or File → Import leads… reads your clients from an Excel or CSV file.</source>
        <translation>&lt;b&gt;Shift+F5&lt;/b&gt; или Файл → Импорт клиентов… загрузит клиентов из файла Excel или CSV.</translation>
    </message>
    <message>
        <source>A supervisor can also import from a terminal: &lt;code&gt;callassist import FILE&lt;/code&gt;.</source>
        <translation>Руководитель может загрузить их и из терминала: &lt;code&gt;callassist import ФАЙЛ&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>New clients appear here at once; then &lt;b&gt;F2&lt;/b&gt; takes the first of them.</source>
        <translation>Новые клиенты сразу появятся здесь; затем &lt;b&gt;F2&lt;/b&gt; возьмёт первого из них.</translation>
    </message>
    <message numerus="yes">
        <source>Queue: more than %n client(s)</source>
        <translation>
            <numerusform>Очередь: больше %n клиента</numerusform>
            <numerusform>Очередь: больше %n клиентов</numerusform>
            <numerusform>Очередь: больше %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n client(s)</source>
        <translation>
            <numerusform>Очередь: %n клиент</numerusform>
            <numerusform>Очередь: %n клиента</numerusform>
            <numerusform>Очередь: %n клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <source>Order</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <source>Call again in (days)</source>
        <translation>Перезвонить через (дней)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Used by calls</source>
        <translation>Есть в звонках</translation>
    </message>
    <message>
        <source>Offered in the wrap-up form</source>
        <translation>Предлагать в форме итога звонка</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Название по-русски:</translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation>Название по-английски:</translation>
    </message>
    <message>
        <source>Call again in (days):</source>
        <translation>Перезвонить через (дней):</translation>
    </message>
    <message>
        <source>F3 new · Ctrl+Enter save · F8 remove (a reason calls used is retired) · F6/F7 move</source>
        <translation>F3 — новая · Ctrl+Enter — сохранить · F8 — удалить (использованная уходит в архив) · F6/F7 — выше/ниже</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Remind me in 5 minutes</source>
        <translation>Напомнить через 5 минут</translation>
    </message>
    <message>
        <source>Overdue callback: %1 was due at %2.</source>
        <translation>Просроченный перезвон: %1, нужно было в %2.</translation>
    </message>
    <message>
        <source>Callback soon: %1 at %2.</source>
        <translation>Скоро перезвон: %1 в %2.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Export my callbacks to calendar…</source>
        <translation>Выгрузить мои перезвоны в календарь…</translation>
    </message>
    <message>
        <source>Outside the client&apos;s calling hours or on a day off. Press Ctrl+Enter again to keep this time.</source>
        <translation>Это вне часов звонков клиента или в выходной. Нажмите Ctrl+Enter ещё раз, чтобы оставить это время.</translation>
    </message>
    <message>
        <source>Export my callbacks to calendar</source>
        <translation>Выгрузить мои перезвоны в календарь</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
</context>
<context>
    <name>RetryTab</name>
    <message>
        <source>Attempt result</source>
        <translation>Итог попытки</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Повтор через</translation>
    </message>
    <message>
        <source>Cap (attempts)</source>
        <translation>Предел (попыток)</translation>
    </message>
    <message>
        <source>At the cap</source>
        <translation>На пределе</translation>
    </message>
    <message>
        <source>e.g. 2h, 1d, 3d</source>
        <translation>например, 2 ч, 1 д, 3 д</translation>
    </message>
    <message>
        <source>Attempt result:</source>
        <translation>Итог попытки:</translation>
    </message>
    <message>
        <source>Retry after (in a row):</source>
        <translation>Повтор через (подряд):</translation>
    </message>
    <message>
        <source>Cap: the attempt that makes the client future:</source>
        <translation>Предел — попытка, на которой клиент становится «будущим»:</translation>
    </message>
    <message>
        <source>Units: min, h, d. Ctrl+Enter save; the delays are cut or repeated to fit the cap.</source>
        <translation>Единицы: мин, ч, д. Ctrl+Enter — сохранить; задержки урезаются или повторяются под предел.</translation>
    </message>
    <message>
        <source>attempt %1: future, call again in %2 days</source>
        <translation>попытка %1: «будущий», звонить через %2 дн.</translation>
    </message>
    <message>
        <source>Saved: new retries follow it at once.</source>
        <translation>Сохранено: новые повторы сразу идут по нему.</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Call scripts</source>
        <translation>Скрипты звонков</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>Что работает</translation>
    </message>
    <message>
        <source>Choose a step or an objection on the left.</source>
        <translation>Выберите шаг или возражение слева.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импорт из файла…</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Экспорт в файл…</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Add objection</source>
        <translation>Добавить возражение</translation>
    </message>
    <message>
        <source>Delete objection</source>
        <translation>Удалить возражение</translation>
    </message>
    <message>
        <source>Line: the operator speaks, the client answers</source>
        <translation>Реплика: говорит оператор, отвечает клиент</translation>
    </message>
    <message>
        <source>Goal: what the call is for</source>
        <translation>Цель: зачем этот звонок</translation>
    </message>
    <message>
        <source>End: a polite close</source>
        <translation>Конец: вежливое завершение</translation>
    </message>
    <message>
        <source>Client&apos;s answer</source>
        <translation>Ответ клиента</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Добавить ответ</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Убрать ответ</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Operator&apos;s line:</source>
        <translation>Реплика оператора:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Ответы:</translation>
    </message>
    <message>
        <source>How clients put it, one per line</source>
        <translation>Как говорят клиенты, по одному на строку</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Rebuttal</source>
        <translation>Ответ на возражение</translation>
    </message>
    <message>
        <source>One rebuttal per row; an empty key is made up on saving.</source>
        <translation>Один ответ на строку; пустой ключ будет придуман при сохранении.</translation>
    </message>
    <message>
        <source>Objection:</source>
        <translation>Возражение:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Ключевые фразы:</translation>
    </message>
    <message>
        <source>Rebuttals:</source>
        <translation>Ответы на возражение:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Last days:</source>
        <translation>За последние дни:</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Возражение</translation>
    </message>
    <message>
        <source>Came up</source>
        <translation>Встречалось</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Sale or callback within 90 days</source>
        <translation>Продажа или перезвон в течение 90 дней</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использован</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Calls ended here</source>
        <translation>Звонков закончилось здесь</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>Что сказал клиент</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <source>Which answers win clients</source>
        <translation>Какие ответы приводят клиентов</translation>
    </message>
    <message>
        <source>Where calls leave the script</source>
        <translation>Где звонки уходят из скрипта</translation>
    </message>
    <message>
        <source>No suitable answer: what clients said</source>
        <translation>Нет подходящего ответа: что говорили клиенты</translation>
    </message>
    <message>
        <source>Version %1 is in use.</source>
        <translation>Используется версия %1.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Шаг: %1</translation>
    </message>
    <message>
        <source>Objection: %1</source>
        <translation>Возражение: %1</translation>
    </message>
    <message>
        <source>End of script</source>
        <translation>Конец скрипта</translation>
    </message>
    <message>
        <source>Step %1 added: type its line and its answers.</source>
        <translation>Шаг %1 добавлен: введите реплику и ответы клиента.</translation>
    </message>
    <message>
        <source>Choose the step to delete in the list first.</source>
        <translation>Сначала выберите в списке шаг, который нужно удалить.</translation>
    </message>
    <message>
        <source>Step %1 cannot be deleted: the script starts with it.</source>
        <translation>Шаг %1 нельзя удалить: с него начинается скрипт.</translation>
    </message>
    <message>
        <source>Step %1 cannot be deleted: the answer &quot;%2&quot; of step %3 leads to it.</source>
        <translation>Шаг %1 нельзя удалить: к нему ведёт ответ «%2» шага %3.</translation>
    </message>
    <message>
        <source>Step %1 deleted.</source>
        <translation>Шаг %1 удалён.</translation>
    </message>
    <message>
        <source>Objection %1 added: type its title, triggers and rebuttals.</source>
        <translation>Возражение %1 добавлено: введите название, формулировки клиентов и ответы.</translation>
    </message>
    <message>
        <source>Choose the objection to delete in the list first.</source>
        <translation>Сначала выберите в списке возражение, которое нужно удалить.</translation>
    </message>
    <message>
        <source>Objection %1 deleted.</source>
        <translation>Возражение %1 удалено.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Сохранено как версия %1.</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>Импорт скрипта</translation>
    </message>
    <message>
        <source>Script files (*.json)</source>
        <translation>Файлы скриптов (*.json)</translation>
    </message>
    <message>
        <source>Export the script</source>
        <translation>Экспорт скрипта</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Любая стадия</translation>
    </message>
    <message>
        <source>Buying stage:</source>
        <translation>Стадия покупки:</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Objections (F3)</source>
        <translation>Возражения (F3)</translation>
    </message>
    <message>
        <source>Previous answer (Ctrl+Left)</source>
        <translation>Предыдущий ответ (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next answer (Ctrl+Right)</source>
        <translation>Следующий ответ (Ctrl+→)</translation>
    </message>
    <message>
        <source>What did the client say? Type a few letters</source>
        <translation>Что сказал клиент? Наберите пару букв</translation>
    </message>
    <message>
        <source>No suitable answer: save what the client said</source>
        <translation>Нет подходящего ответа: сохранить слова клиента</translation>
    </message>
    <message>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <source>The script appears when a client is open.</source>
        <translation>Сценарий появится, когда вы откроете клиента.</translation>
    </message>
    <message>
        <source>There is no call script yet.</source>
        <translation>Сценария звонка пока нет.</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <source>End of the conversation</source>
        <translation>Конец разговора</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>The script is over: record how the call ended.</source>
        <translation>Сценарий закончен: запишите итог звонка.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answer %1/%2</source>
        <translation>Ответ %1/%2</translation>
    </message>
    <message>
        <source>Type what the client said, then press the button again</source>
        <translation>Введите слова клиента и нажмите кнопку ещё раз</translation>
    </message>
    <message>
        <source>Saved for the script author: %1</source>
        <translation>Сохранено для автора сценария: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Имя оператора:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>Файл на этом компьютере</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>The operator name, the language and the database change when CallAssist restarts.</source>
        <translation>Имя оператора, язык и база данных сменятся после перезапуска CallAssist.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Оформление:</translation>
    </message>
    <message>
        <source>{e164} is the number with +, {digits} the same digits without it, e.g. zoiper://{digits}</source>
        <translation>{e164} — номер с +, {digits} — те же цифры без него, например zoiper://{digits}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Dial link:</source>
        <translation>Ссылка набора:</translation>
    </message>
    <message>
        <source>The team (shared by everyone on this database)</source>
        <translation>Команда (общие для всех в этой базе)</translation>
    </message>
    <message>
        <source>Calling hours (client&apos;s time):</source>
        <translation>Часы звонков (время клиента):</translation>
    </message>
    <message>
        <source>Country of phone numbers written without a country code: RU, UA, KZ…</source>
        <translation>Страна номеров, записанных без кода страны: RU, UA, KZ…</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>Регион телефонов:</translation>
    </message>
    <message>
        <source>Daily goal (calls):</source>
        <translation>Цель на день (звонков):</translation>
    </message>
    <message>
        <source>Path to the .db file</source>
        <translation>Путь к файлу .db</translation>
    </message>
    <message>
        <source>user@server:5432/callassist</source>
        <translation>пользователь@сервер:5432/callassist</translation>
    </message>
    <message>
        <source>A call to %1 opens: %2</source>
        <translation>Звонок на %1 откроет: %2</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Saved: new follow-ups use it at once.</source>
        <translation>Сохранено: новые дела планируются по этому сразу.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CallAssist</source>
        <translation>Вход в CallAssist</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>This is a team database: tell CallAssist who you are.</source>
        <translation>Это общая база команды: укажите, кто вы.</translation>
    </message>
    <message>
        <source>Type your name as your supervisor added you.</source>
        <translation>Введите имя так, как вас добавил руководитель.</translation>
    </message>
</context>
<context>
    <name>SoftphoneLink</name>
    <message>
        <source>Hang up the call</source>
        <translation>Положить трубку</translation>
    </message>
    <message>
        <source>Progressive dialling on / off (off is a break)</source>
        <translation>Автонабор вкл./выкл. (выкл. — перерыв)</translation>
    </message>
    <message>
        <source>Progressive dialling: pause / resume the countdown</source>
        <translation>Автонабор: пауза / продолжить отсчёт</translation>
    </message>
    <message>
        <source>Progressive dialling: dial the next client now</source>
        <translation>Автонабор: набрать следующего клиента сейчас</translation>
    </message>
</context>
<context>
    <name>SoftphoneSettingsBox</name>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>None: F4 opens the dial link</source>
        <translation>Нет: F4 открывает ссылку набора</translation>
    </message>
    <message>
        <source>baresip (dials, follows the call)</source>
        <translation>baresip (набирает и следит за звонком)</translation>
    </message>
    <message>
        <source>Event hook (main.py call-event)</source>
        <translation>События от софтфона (main.py call-event)</translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation>Подключение:</translation>
    </message>
    <message>
        <source>baresip&apos;s ctrl_tcp_listen, e.g. 127.0.0.1:4444</source>
        <translation>ctrl_tcp_listen у baresip, например 127.0.0.1:4444</translation>
    </message>
    <message>
        <source>baresip control address:</source>
        <translation>Адрес управления baresip:</translation>
    </message>
    <message>
        <source>What baresip dials: {e164}, {digits}, {extension}, e.g. sip:{e164}@pbx</source>
        <translation>Что набирает baresip: {e164}, {digits}, {extension}, например sip:{e164}@pbx</translation>
    </message>
    <message>
        <source>baresip dials:</source>
        <translation>baresip набирает:</translation>
    </message>
    <message>
        <source>Hang up unanswered after:</source>
        <translation>Сбросить без ответа через:</translation>
    </message>
    <message>
        <source>Progressive dialling pause:</source>
        <translation>Пауза автонабора:</translation>
    </message>
    <message>
        <source>How a call&apos;s end fills the attempt result, read in order (docs/softphone.md): cause → result</source>
        <translation>Как конец звонка заполняет результат попытки, по порядку (docs/softphone.md): причина → результат</translation>
    </message>
    <message>
        <source>Call fate map (JSON):</source>
        <translation>Таблица исходов звонка (JSON):</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Reach the softphone without dialling anyone</source>
        <translation>Связаться с софтфоном, никому не звоня</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>No softphone: F4 opens the dial link.</source>
        <translation>Софтфона нет: F4 открывает ссылку набора.</translation>
    </message>
    <message>
        <source>Softphones reach this app with main.py call-event (%1).</source>
        <translation>Софтфоны сообщают о звонках командой main.py call-event (%1).</translation>
    </message>
    <message>
        <source>baresip answers at %1.</source>
        <translation>baresip отвечает по адресу %1.</translation>
    </message>
</context>
<context>
    <name>SoftphoneState</name>
    <message>
        <source>Phone: idle</source>
        <translation>Телефон: свободен</translation>
    </message>
    <message>
        <source>Phone: dialling…</source>
        <translation>Телефон: набор…</translation>
    </message>
    <message>
        <source>Phone: ringing</source>
        <translation>Телефон: вызов</translation>
    </message>
    <message>
        <source>Phone: talking %1</source>
        <translation>Телефон: разговор %1</translation>
    </message>
    <message>
        <source>talked %1</source>
        <translation>разговор %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <source>not in service</source>
        <translation>номер не обслуживается</translation>
    </message>
    <message>
        <source>Phone: ended, %1</source>
        <translation>Телефон: завершён, %1</translation>
    </message>
    <message>
        <source>Phone: ended</source>
        <translation>Телефон: завершён</translation>
    </message>
</context>
<context>
    <name>StagePicker</name>
    <message>
        <source>Alt+0 steps through the stages</source>
        <translation>Alt+0 — следующая стадия</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>CallAssist is starting: opening the database…</source>
        <translation>CallAssist запускается: открываем базу данных…</translation>
    </message>
</context>
<context>
    <name>StartupFailure</name>
    <message>
        <source>CallAssist could not start</source>
        <translation>CallAssist не удалось запустить</translation>
    </message>
    <message>
        <source>Details are in the log: %1</source>
        <translation>Подробности — в журнале: %1</translation>
    </message>
</context>
<context>
    <name>StatsDashboard</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Звонки по часам</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Top refusal reasons</source>
        <translation>Частые причины отказа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Дозвоны</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Ср. звонок</translation>
    </message>
    <message>
        <source>Average pause</source>
        <translation>Ср. пауза</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Перезвоны</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Больше не звонить</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Не дозвонились</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>No calls in this period yet: the charts appear after the first call.</source>
        <translation>За этот период звонков ещё нет: графики появятся после первого звонка.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>Выгружен %n звонок в %1</numerusform>
            <numerusform>Выгружено %n звонка в %1</numerusform>
            <numerusform>Выгружено %n звонков в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured by phone</source>
        <translation>Измерено телефоном</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>Catalogues…</source>
        <translation>Справочники…</translation>
    </message>
    <message>
        <source>Lead lists…</source>
        <translation>Списки лидов…</translation>
    </message>
    <message>
        <source>Do-not-call list…</source>
        <translation>Список «не звонить»…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Пользователи…</translation>
    </message>
</context>
<context>
    <name>TrayAlerts</name>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <source>Remind me in 5 minutes</source>
        <translation>Напомнить через 5 минут</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>In ten minutes: call back %1 at %2.</source>
        <translation>Через десять минут: перезвонить %1 в %2.</translation>
    </message>
    <message>
        <source>Time to call back %1 (%2).</source>
        <translation>Пора перезвонить %1 (%2).</translation>
    </message>
    <message>
        <source>Overdue callback: %1 was due at %2.</source>
        <translation>Просроченный перезвон: %1, нужно было в %2.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Может войти</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Нет пароля</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Password (8+ characters):</source>
        <translation>Пароль (от 8 символов):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation>Добавить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Deactivate / allow (F8)</source>
        <translation>Отключить / включить (F8)</translation>
    </message>
    <message>
        <source>Reset password (F6)</source>
        <translation>Сменить пароль (F6)</translation>
    </message>
    <message>
        <source>Change role (F7)</source>
        <translation>Сменить роль (F7)</translation>
    </message>
    <message>
        <source>In team mode a user signs in with their own database login; it changes with the user.</source>
        <translation>В командном режиме пользователь входит своим логином базы данных; он меняется вместе с пользователем.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Добавлен.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>Роль изменена.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>What exactly did the client say?</source>
        <translation>Что именно сказал клиент?</translation>
    </message>
    <message>
        <source>Personal callback (only I call)</source>
        <translation>Личный перезвон (звоню только я)</translation>
    </message>
    <message>
        <source>I promised something</source>
        <translation>Я дал обещание</translation>
    </message>
    <message>
        <source>e.g. send the offer</source>
        <translation>напр., отправить КП</translation>
    </message>
    <message>
        <source>Note for the next call</source>
        <translation>Заметка к следующему звонку</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Enter)</source>
        <translation>Сохранить итог (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Через неделю</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Через месяц</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>Через 3 месяца</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Attempt (Ctrl+1…6):</source>
        <translation>Попытка (Ctrl+1…6):</translation>
    </message>
    <message>
        <source>Conversation (F6…F10):</source>
        <translation>Разговор (F6…F10):</translation>
    </message>
    <message>
        <source>Why not today:</source>
        <translation>Почему не сегодня:</translation>
    </message>
    <message>
        <source>Client&apos;s words:</source>
        <translation>Слова клиента:</translation>
    </message>
    <message>
        <source>Objective reason:</source>
        <translation>Объективная причина:</translation>
    </message>
    <message>
        <source>Call again:</source>
        <translation>Позвонить снова:</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>Продано:</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Обещание:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Open promise «%1» by %2: Ctrl+F11 kept, Ctrl+Shift+F11 moved, or it returns on its date.</source>
        <translation>Обещание «%1» к %2: Ctrl+F11 — выполнено, Ctrl+Shift+F11 — перенести; иначе вернётся в свой срок.</translation>
    </message>
    <message>
        <source>Your date is kept; «%1» would suggest %2.</source>
        <translation>Ваша дата сохранена; для «%1» предлагается %2.</translation>
    </message>
    <message>
        <source>Date proposed for «%1»: %2. Change it freely.</source>
        <translation>Дата по причине «%1»: %2. Её можно изменить.</translation>
    </message>
    <message>
        <source>Outside the client&apos;s calling hours: moved to %1.</source>
        <translation>Вне часов звонков клиента: перенесено на %1.</translation>
    </message>
    <message>
        <source>%1 for the client = %2 for you</source>
        <translation>%1 у клиента = %2 у вас</translation>
    </message>
    <message>
        <source>Buying stage (Alt+0):</source>
        <translation>Стадия (Alt+0):</translation>
    </message>
</context>
</TS>
