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
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
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
    <name>OperatorWindow</name>
    <message>
        <source>CallAssist — %1</source>
        <translation>CallAssist — %1</translation>
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
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
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
        <source>Queue: %n client(s)</source>
        <translation>
            <numerusform>Очередь: %n клиент</numerusform>
            <numerusform>Очередь: %n клиента</numerusform>
            <numerusform>Очередь: %n клиентов</numerusform>
        </translation>
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
        <source>Type what the client said, then press the button again</source>
        <translation>Введите слова клиента и нажмите кнопку ещё раз</translation>
    </message>
    <message>
        <source>Saved for the script author: %1</source>
        <translation>Сохранено для автора сценария: %1</translation>
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
