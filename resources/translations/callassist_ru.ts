<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <source>Phones</source>
        <translation>Телефоны</translation>
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
        <source>%1 for the client = %2 for you</source>
        <translation>%1 у клиента = %2 у вас</translation>
    </message>
    <message>
        <source>%1, ext. %2</source>
        <translation>%1, доб. %2</translation>
    </message>
    <message>
        <source>Dial (F4)</source>
        <translation>Позвонить (F4)</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>следующий: %1</translation>
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
        <source>Dial the client&apos;s first phone</source>
        <translation>Позвонить на первый номер клиента</translation>
    </message>
    <message>
        <source>Refresh the queue and the figures</source>
        <translation>Обновить очередь и показатели</translation>
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
        <source>Dial the client&apos;s first phone (F4)</source>
        <translation>Позвонить на первый номер клиента (F4)</translation>
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
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
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
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Импорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2, merged with known clients or duplicates: %3, rejected: %4.</source>
        <translation>Прочитано строк: %1. Импортировано: %2, объединено с известными клиентами или дубликатами: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>%1 of them are marked never or on the do-not-call list: they were left as they are.</source>
        <translation>Из них с отметкой «больше не звонить» или в списке запрета звонков: %1 — они оставлены как есть.</translation>
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
        <source>Call again</source>
        <translation>Повторный звонок</translation>
    </message>
    <message>
        <source>After-sale check-in</source>
        <translation>Звонок после продажи</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повтор</translation>
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
    <message>
        <source>Clients nobody called for %1 days: %2</source>
        <translation>Клиенты, которым никто не звонил %1 дн.: %2</translation>
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
        <source>Choose how the attempt went (Ctrl+1…6).</source>
        <translation>Укажите результат попытки (Ctrl+1…6).</translation>
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
    <name>QueueModel</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Why in the queue</source>
        <translation>Почему в очереди</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Client&apos;s time</source>
        <translation>Время клиента</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Next client (F2)</source>
        <translation>Следующий клиент (F2)</translation>
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
    <message>
        <source>Calendar saved: %1 events in %2.</source>
        <translation>Календарь сохранён: событий — %1, файл %2.</translation>
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
        <source>user:password@server:5432/callassist</source>
        <translation>пользователь:пароль@сервер:5432/callassist</translation>
    </message>
    <message>
        <source>A call to %1 opens: %2</source>
        <translation>Звонок на %1 откроет: %2</translation>
    </message>
    <message>
        <source>The operator needs a name.</source>
        <translation>Укажите имя оператора.</translation>
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
    <name>StartingWindow</name>
    <message>
        <source>CallAssist is starting: opening the database…</source>
        <translation>CallAssist запускается: открываем базу данных…</translation>
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
    <message>
        <source>Exported %1 calls to %2</source>
        <translation>Экспортировано звонков: %1, файл %2</translation>
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
</context>
</TS>
