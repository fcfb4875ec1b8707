"""Texts of the wrap-up: every error the core can raise about how a call ended, and about the call's lease."""

from callassist.messages import register

register(
    {
        "wrapup.attempt_required": {
            "en": "Choose how the attempt went.",
            "ru": "Выберите, чем закончилась попытка.",
        },
        "wrapup.ended_before_start": {
            "en": "The call cannot end before it started.",
            "ru": "Звонок не может закончиться раньше, чем начался.",
        },
        "wrapup.conversation_needs_connection": {
            "en": "A conversation result needs a connected call.",
            "ru": "Итог разговора бывает только у состоявшегося разговора.",
        },
        "wrapup.never_needs_conversation": {
            "en": "Without a conversation the only objective reason for «Never» is a number that does not exist.",
            "ru": "Без разговора «Никогда» возможно только по одной причине: номер не существует.",
        },
        "wrapup.conversation_required": {
            "en": "Choose how the conversation ended.",
            "ru": "Выберите итог разговора.",
        },
        "wrapup.reason_required": {
            "en": "Choose why the client did not buy today.",
            "ru": "Выберите, почему клиент не купил сегодня.",
        },
        "wrapup.reason_unknown": {
            "en": "The reason «{reason}» is not in the catalogue; choose another.",
            "ru": "Причины «{reason}» нет в справочнике; выберите другую.",
        },
        "wrapup.reason_text_required": {
            "en": "Write in a few words what the client said.",
            "ru": "Запишите в двух словах, что сказал клиент.",
        },
        "wrapup.next_contact_required": {
            "en": "Choose a concrete date to call again.",
            "ru": "Выберите конкретную дату следующего звонка.",
        },
        "wrapup.callback_time_required": {
            "en": "Choose the date and time the client agreed to.",
            "ru": "Укажите дату и время, о которых договорились с клиентом.",
        },
        "wrapup.next_contact_past": {
            "en": "The next contact must be in the future.",
            "ru": "Следующий контакт должен быть в будущем.",
        },
        "wrapup.next_contact_too_far": {
            "en": "The next contact is more than {years} years away; choose a nearer date.",
            "ru": "До следующего контакта больше {years} лет; выберите дату поближе.",
        },
        "wrapup.never_reason_required": {
            "en": "«Never» needs an objective reason: the number does not exist, the organisation has closed, the "
            "person is gone, or the client asked not to be called. Any other refusal is «Refused» with a date.",
            "ru": "«Никогда» — только по объективной причине: номера нет, организация закрыта, человека больше нет "
            "или клиент просил не звонить. Любой другой отказ — «Отказ» с датой следующего звонка.",
        },
        "wrapup.sale_product_required": {
            "en": "A sale records what was sold: choose a product.",
            "ru": "В продаже нужно указать, что продано: выберите товар.",
        },
        "wrapup.sale_quantity_invalid": {
            "en": "The quantity sold must be above zero.",
            "ru": "Количество должно быть больше нуля.",
        },
        "wrapup.sale_amount_invalid": {
            "en": "The amount of the sale must be above zero.",
            "ru": "Сумма продажи должна быть больше нуля.",
        },
        "wrapup.product_unknown": {
            "en": "A product in the sale is not in the catalogue.",
            "ru": "Товара из продажи нет в справочнике.",
        },
        "wrapup.promise_text_required": {
            "en": "Say what was promised.",
            "ru": "Напишите, что пообещали.",
        },
        "wrapup.promise_due_required": {
            "en": "Choose by when the promise is due.",
            "ru": "Укажите срок обещания.",
        },
        "wrapup.promise_due_past": {
            "en": "A promise needs a due date in the future.",
            "ru": "Срок обещания должен быть в будущем.",
        },
        "wrapup.client_gone": {
            "en": "This client no longer exists in the database.",
            "ru": "Этого клиента больше нет в базе.",
        },
        "wrapup.lease_lost": {
            "en": "{holder} is working with this client now: the outcome is not saved.",
            "ru": "С этим клиентом сейчас работает {holder}: итог не сохранён.",
        },
        "wrapup.lease_expired": {
            "en": "This call was left open too long and the client went to {holder}: the outcome is not saved.",
            "ru": "Звонок был открыт слишком долго, и клиент перешёл к оператору {holder}: итог не сохранён.",
        },
        "wrapup.lease_taken": {
            "en": "{name} was taken by another operator while this call was open: this outcome cannot be saved. "
            "Press {key} to close the call.",
            "ru": "Пока звонок был открыт, клиента {name} взял другой оператор: этот итог сохранить нельзя. "
            "Нажмите {key}, чтобы закрыть звонок.",
        },
        "wrapup.finish_first": {
            "en": "Save how the call with {name} ended before opening another client.",
            "ru": "Сначала сохраните итог звонка с клиентом {name}, потом открывайте другого.",
        },
        "wrapup.client_taken": {
            "en": "Another operator is working with this client right now.",
            "ru": "С этим клиентом сейчас работает другой оператор.",
        },
        "wrapup.no_call_open": {
            "en": "No call is open.",
            "ru": "Нет открытого звонка.",
        },
        "wrapup.server_refused": {
            "en": "The server refused the outcome kept offline for {name}: {detail}",
            "ru": "Сервер не принял итог звонка с клиентом {name}, сохранённый без связи: {detail}",
        },
        "promise.note_required": {
            "en": "Say how the promise was kept.",
            "ru": "Напишите, как выполнено обещание.",
        },
        "promise.move_reason_required": {
            "en": "Say why the promise moves (and tell the client first).",
            "ru": "Напишите, почему срок переносится (и сначала сообщите клиенту).",
        },
        "promise.move_date_past": {
            "en": "The new date of the promise must be in the future.",
            "ru": "Новый срок обещания должен быть в будущем.",
        },
        "promise.not_found": {
            "en": "This promise no longer exists.",
            "ru": "Этого обещания больше нет.",
        },
        "promise.not_a_promise": {
            "en": "Only a promise is kept or moved; this is another kind of follow-up.",
            "ru": "Выполнить или перенести можно только обещание.",
        },
        "promise.closed": {
            "en": "This promise is already closed.",
            "ru": "Это обещание уже закрыто.",
        },
    }
)
