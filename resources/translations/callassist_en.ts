<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClientCard</name>
    <message>
        <source>Address as:</source>
        <translation>Address as:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Local time:</translation>
    </message>
    <message>
        <source>Lifetime value:</source>
        <translation>Lifetime value:</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>Preferences:</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No client open</source>
        <translation>No client open</translation>
    </message>
    <message>
        <source>Press F2 to take the next client from the queue.</source>
        <translation>Press F2 to take the next client from the queue.</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>none noted</translation>
    </message>
    <message>
        <source>same as yours</source>
        <translation>same as yours</translation>
    </message>
    <message>
        <source>%1 for the client = %2 for you</source>
        <translation>%1 for the client = %2 for you</translation>
    </message>
    <message>
        <source>%1, ext. %2</source>
        <translation>%1, ext. %2</translation>
    </message>
    <message>
        <source>Dial (F4)</source>
        <translation>Dial (F4)</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Dial</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>next: %1</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>CallAssist: something went wrong</source>
        <translation>CallAssist: something went wrong</translation>
    </message>
    <message>
        <source>An unexpected error happened: %1</source>
        <translation>An unexpected error happened: %1</translation>
    </message>
    <message>
        <source>Nothing you saved is lost. Details are in %1</source>
        <translation>Nothing you saved is lost. Details are in %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Show or hide this help</source>
        <translation>Show or hide this help</translation>
    </message>
    <message>
        <source>Take the next client from the queue</source>
        <translation>Take the next client from the queue</translation>
    </message>
    <message>
        <source>Search the objection palette</source>
        <translation>Search the objection palette</translation>
    </message>
    <message>
        <source>Dial the client&apos;s first phone</source>
        <translation>Dial the client&apos;s first phone</translation>
    </message>
    <message>
        <source>Refresh the queue and the figures</source>
        <translation>Refresh the queue and the figures</translation>
    </message>
    <message>
        <source>Choose the client&apos;s answer in the script</source>
        <translation>Choose the client&apos;s answer in the script</translation>
    </message>
    <message>
        <source>Previous / next answer to the chosen objection</source>
        <translation>Previous / next answer to the chosen objection</translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation>Attempt: %1</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Conversation: %1</translation>
    </message>
    <message>
        <source>Call again tomorrow</source>
        <translation>Call again tomorrow</translation>
    </message>
    <message>
        <source>Call again in a week</source>
        <translation>Call again in a week</translation>
    </message>
    <message>
        <source>Call again in a month</source>
        <translation>Call again in a month</translation>
    </message>
    <message>
        <source>Call again in 3 months</source>
        <translation>Call again in 3 months</translation>
    </message>
    <message>
        <source>Next / previous field of the wrap-up form</source>
        <translation>Next / previous field of the wrap-up form</translation>
    </message>
    <message>
        <source>Change the value of a list or date</source>
        <translation>Change the value of a list or date</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Save the outcome</translation>
    </message>
    <message>
        <source>Close this help</source>
        <translation>Close this help</translation>
    </message>
    <message>
        <source>Take the next client from the queue (F2)</source>
        <translation>Take the next client from the queue (F2)</translation>
    </message>
    <message>
        <source>Dial the client&apos;s first phone (F4)</source>
        <translation>Dial the client&apos;s first phone (F4)</translation>
    </message>
    <message>
        <source>How the attempt went: Ctrl+1…6</source>
        <translation>How the attempt went: Ctrl+1…6</translation>
    </message>
    <message>
        <source>How the conversation ended: F6…F10</source>
        <translation>How the conversation ended: F6…F10</translation>
    </message>
    <message>
        <source>Quick picks: Ctrl+7 tomorrow, Ctrl+8 week, Ctrl+9 month, Ctrl+0 3 months</source>
        <translation>Quick picks: Ctrl+7 tomorrow, Ctrl+8 week, Ctrl+9 month, Ctrl+0 3 months</translation>
    </message>
    <message>
        <source>Save the outcome (Ctrl+Enter)</source>
        <translation>Save the outcome (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Search the objection palette (F3)</source>
        <translation>Search the objection palette (F3)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Import leads</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with leads</source>
        <translation>Choose a CSV or Excel file with leads</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code</source>
        <translation>The country of phone numbers written without a country code</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Phone region:</source>
        <translation>Phone region:</translation>
    </message>
    <message>
        <source>The first row under the headers says where each column goes; change it if needed.</source>
        <translation>The first row under the headers says where each column goes; change it if needed.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a file with leads</source>
        <translation>Choose a file with leads</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.xlsx *.xls *.xlsb *.ods);;All files (*)</source>
        <translation>Lead files (*.csv *.txt *.xlsx *.xls *.xlsb *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>The import was cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2, merged with known clients or duplicates: %3, rejected: %4.</source>
        <translation>Rows read: %1. Imported: %2, merged with known clients or duplicates: %3, rejected: %4.</translation>
    </message>
    <message>
        <source>%1 of them are marked never or on the do-not-call list: they were left as they are.</source>
        <translation>%1 of them are marked never or on the do-not-call list: they were left as they are.</translation>
    </message>
    <message>
        <source>The rejected rows and the reasons are in %1.</source>
        <translation>The rejected rows and the reasons are in %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Number not in service</source>
        <translation>Number not in service</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Callback agreed</source>
        <translation>Callback agreed</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>The number does not exist</source>
        <translation>The number does not exist</translation>
    </message>
    <message>
        <source>The organisation has closed</source>
        <translation>The organisation has closed</translation>
    </message>
    <message>
        <source>The person is gone</source>
        <translation>The person is gone</translation>
    </message>
    <message>
        <source>Asked not to be called</source>
        <translation>Asked not to be called</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Future</translation>
    </message>
    <message>
        <source>Stage unknown</source>
        <translation>Stage unknown</translation>
    </message>
    <message>
        <source>Gathering information</source>
        <translation>Gathering information</translation>
    </message>
    <message>
        <source>Choosing</source>
        <translation>Choosing</translation>
    </message>
    <message>
        <source>Ready to buy</source>
        <translation>Ready to buy</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>After-sale check-in</source>
        <translation>After-sale check-in</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
</context>
<context>
    <name>LeasesView</name>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Clients an operator holds. Release one to put it back in the queue.</source>
        <translation>Clients an operator holds. Release one to put it back in the queue.</translation>
    </message>
    <message>
        <source>Abandoned, back in the queue</source>
        <translation>Abandoned, back in the queue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Nobody holds a client now.</source>
        <translation>Nobody holds a client now.</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 is back in the queue.</translation>
    </message>
    <message>
        <source>Nobody holds %1 any more: the list is refreshed.</source>
        <translation>Nobody holds %1 any more: the list is refreshed.</translation>
    </message>
</context>
<context>
    <name>NeglectView</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Last call</translation>
    </message>
    <message>
        <source>Neglected clients</source>
        <translation>Neglected clients</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Days untouched</source>
        <translation>Days untouched</translation>
    </message>
    <message>
        <source>Untouched for at least (days):</source>
        <translation>Untouched for at least (days):</translation>
    </message>
    <message>
        <source>Future clients whose date passed without a call: %1</source>
        <translation>Future clients whose date passed without a call: %1</translation>
    </message>
    <message>
        <source>Clients nobody called for %1 days: %2</source>
        <translation>Clients nobody called for %1 days: %2</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <source>Import leads…</source>
        <translation>Import leads…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Scripts…</source>
        <translation>Scripts…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <source>Leases…</source>
        <translation>Leases…</translation>
    </message>
    <message>
        <source>Neglected clients…</source>
        <translation>Neglected clients…</translation>
    </message>
    <message>
        <source>The unsaved wrap-up was restored.</source>
        <translation>The unsaved wrap-up was restored.</translation>
    </message>
    <message>
        <source>Future: %1 · Due today: %2 · Calls today: %3 of %4 · In queue: %5</source>
        <translation>Future: %1 · Due today: %2 · Calls today: %3 of %4 · In queue: %5</translation>
    </message>
    <message>
        <source>Save how this call ended before taking the next client.</source>
        <translation>Save how this call ended before taking the next client.</translation>
    </message>
    <message>
        <source>The queue is empty for now.</source>
        <translation>The queue is empty for now.</translation>
    </message>
    <message>
        <source>Save how this call ended before opening another client.</source>
        <translation>Save how this call ended before opening another client.</translation>
    </message>
    <message>
        <source>No phone app answered: %1 is copied, paste it into your softphone.</source>
        <translation>No phone app answered: %1 is copied, paste it into your softphone.</translation>
    </message>
    <message>
        <source>On the call: %1</source>
        <translation>On the call: %1</translation>
    </message>
    <message>
        <source>Choose how the attempt went (Ctrl+1…6).</source>
        <translation>Choose how the attempt went (Ctrl+1…6).</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1 is kept on this computer.</source>
        <translation>The server cannot be reached: %1 is kept on this computer.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <source>Offline, %1 outcomes waiting</source>
        <translation>Offline, %1 outcomes waiting</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>The two new passwords differ: type the same one twice.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Why in the queue</source>
        <translation>Why in the queue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Client&apos;s time</source>
        <translation>Client&apos;s time</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Next client (F2)</source>
        <translation>Next client (F2)</translation>
    </message>
    <message numerus="yes">
        <source>Queue: more than %n client(s)</source>
        <translation>
            <numerusform>Queue: more than %n client</numerusform>
            <numerusform>Queue: more than %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n client(s)</source>
        <translation>
            <numerusform>Queue: %n client</numerusform>
            <numerusform>Queue: %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message>
        <source>Remind me in 5 minutes</source>
        <translation>Remind me in 5 minutes</translation>
    </message>
    <message>
        <source>Overdue callback: %1 was due at %2.</source>
        <translation>Overdue callback: %1 was due at %2.</translation>
    </message>
    <message>
        <source>Callback soon: %1 at %2.</source>
        <translation>Callback soon: %1 at %2.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Export my callbacks to calendar…</source>
        <translation>Export my callbacks to calendar…</translation>
    </message>
    <message>
        <source>Outside the client&apos;s calling hours or on a day off. Press Ctrl+Enter again to keep this time.</source>
        <translation>Outside the client&apos;s calling hours or on a day off. Press Ctrl+Enter again to keep this time.</translation>
    </message>
    <message>
        <source>Export my callbacks to calendar</source>
        <translation>Export my callbacks to calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved: %1 events in %2.</source>
        <translation>Calendar saved: %1 events in %2.</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Call scripts</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>What works</source>
        <translation>What works</translation>
    </message>
    <message>
        <source>Choose a step or an objection on the left.</source>
        <translation>Choose a step or an objection on the left.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Export to a file…</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <source>Add objection</source>
        <translation>Add objection</translation>
    </message>
    <message>
        <source>Delete objection</source>
        <translation>Delete objection</translation>
    </message>
    <message>
        <source>Line: the operator speaks, the client answers</source>
        <translation>Line: the operator speaks, the client answers</translation>
    </message>
    <message>
        <source>Goal: what the call is for</source>
        <translation>Goal: what the call is for</translation>
    </message>
    <message>
        <source>End: a polite close</source>
        <translation>End: a polite close</translation>
    </message>
    <message>
        <source>Client&apos;s answer</source>
        <translation>Client&apos;s answer</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Add answer</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Remove answer</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Operator&apos;s line:</source>
        <translation>Operator&apos;s line:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <source>How clients put it, one per line</source>
        <translation>How clients put it, one per line</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Rebuttal</source>
        <translation>Rebuttal</translation>
    </message>
    <message>
        <source>One rebuttal per row; an empty key is made up on saving.</source>
        <translation>One rebuttal per row; an empty key is made up on saving.</translation>
    </message>
    <message>
        <source>Objection:</source>
        <translation>Objection:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Triggers:</translation>
    </message>
    <message>
        <source>Rebuttals:</source>
        <translation>Rebuttals:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Last days:</source>
        <translation>Last days:</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Came up</source>
        <translation>Came up</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sale or callback within 90 days</source>
        <translation>Sale or callback within 90 days</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Calls ended here</source>
        <translation>Calls ended here</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>What the client said</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Which answers win clients</source>
        <translation>Which answers win clients</translation>
    </message>
    <message>
        <source>Where calls leave the script</source>
        <translation>Where calls leave the script</translation>
    </message>
    <message>
        <source>No suitable answer: what clients said</source>
        <translation>No suitable answer: what clients said</translation>
    </message>
    <message>
        <source>Version %1 is in use.</source>
        <translation>Version %1 is in use.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>Objection: %1</source>
        <translation>Objection: %1</translation>
    </message>
    <message>
        <source>End of script</source>
        <translation>End of script</translation>
    </message>
    <message>
        <source>Step %1 added: type its line and its answers.</source>
        <translation>Step %1 added: type its line and its answers.</translation>
    </message>
    <message>
        <source>Choose the step to delete in the list first.</source>
        <translation>Choose the step to delete in the list first.</translation>
    </message>
    <message>
        <source>Step %1 cannot be deleted: the script starts with it.</source>
        <translation>Step %1 cannot be deleted: the script starts with it.</translation>
    </message>
    <message>
        <source>Step %1 cannot be deleted: the answer &quot;%2&quot; of step %3 leads to it.</source>
        <translation>Step %1 cannot be deleted: the answer "%2" of step %3 leads to it.</translation>
    </message>
    <message>
        <source>Step %1 deleted.</source>
        <translation>Step %1 deleted.</translation>
    </message>
    <message>
        <source>Objection %1 added: type its title, triggers and rebuttals.</source>
        <translation>Objection %1 added: type its title, triggers and rebuttals.</translation>
    </message>
    <message>
        <source>Choose the objection to delete in the list first.</source>
        <translation>Choose the objection to delete in the list first.</translation>
    </message>
    <message>
        <source>Objection %1 deleted.</source>
        <translation>Objection %1 deleted.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>Import a script</translation>
    </message>
    <message>
        <source>Script files (*.json)</source>
        <translation>Script files (*.json)</translation>
    </message>
    <message>
        <source>Export the script</source>
        <translation>Export the script</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Objections (F3)</source>
        <translation>Objections (F3)</translation>
    </message>
    <message>
        <source>Previous answer (Ctrl+Left)</source>
        <translation>Previous answer (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Next answer (Ctrl+Right)</source>
        <translation>Next answer (Ctrl+Right)</translation>
    </message>
    <message>
        <source>What did the client say? Type a few letters</source>
        <translation>What did the client say? Type a few letters</translation>
    </message>
    <message>
        <source>No suitable answer: save what the client said</source>
        <translation>No suitable answer: save what the client said</translation>
    </message>
    <message>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <source>The script appears when a client is open.</source>
        <translation>The script appears when a client is open.</translation>
    </message>
    <message>
        <source>There is no call script yet.</source>
        <translation>There is no call script yet.</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Goal reached</translation>
    </message>
    <message>
        <source>End of the conversation</source>
        <translation>End of the conversation</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>The script is over: record how the call ended.</source>
        <translation>The script is over: record how the call ended.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answer %1/%2</source>
        <translation>Answer %1/%2</translation>
    </message>
    <message>
        <source>Type what the client said, then press the button again</source>
        <translation>Type what the client said, then press the button again</translation>
    </message>
    <message>
        <source>Saved for the script author: %1</source>
        <translation>Saved for the script author: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Operator name:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>File on this computer</source>
        <translation>File on this computer</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>The operator name, the language and the database change when CallAssist restarts.</source>
        <translation>The operator name, the language and the database change when CallAssist restarts.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Appearance:</translation>
    </message>
    <message>
        <source>{e164} is the number with +, {digits} the same digits without it, e.g. zoiper://{digits}</source>
        <translation>{e164} is the number with +, {digits} the same digits without it, e.g. zoiper://{digits}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Dial link:</source>
        <translation>Dial link:</translation>
    </message>
    <message>
        <source>The team (shared by everyone on this database)</source>
        <translation>The team (shared by everyone on this database)</translation>
    </message>
    <message>
        <source>Calling hours (client&apos;s time):</source>
        <translation>Calling hours (client&apos;s time):</translation>
    </message>
    <message>
        <source>Country of phone numbers written without a country code: RU, UA, KZ…</source>
        <translation>Country of phone numbers written without a country code: RU, UA, KZ…</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>Default phone region:</translation>
    </message>
    <message>
        <source>Daily goal (calls):</source>
        <translation>Daily goal (calls):</translation>
    </message>
    <message>
        <source>Path to the .db file</source>
        <translation>Path to the .db file</translation>
    </message>
    <message>
        <source>user:password@server:5432/callassist</source>
        <translation>user:password@server:5432/callassist</translation>
    </message>
    <message>
        <source>A call to %1 opens: %2</source>
        <translation>A call to %1 opens: %2</translation>
    </message>
    <message>
        <source>The operator needs a name.</source>
        <translation>The operator needs a name.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to CallAssist</source>
        <translation>Sign in to CallAssist</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>This is a team database: tell CallAssist who you are.</source>
        <translation>This is a team database: tell CallAssist who you are.</translation>
    </message>
    <message>
        <source>Type your name as your supervisor added you.</source>
        <translation>Type your name as your supervisor added you.</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>CallAssist is starting: opening the database…</source>
        <translation>CallAssist is starting: opening the database…</translation>
    </message>
</context>
<context>
    <name>StatsDashboard</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Calls per hour</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Top refusal reasons</source>
        <translation>Top refusal reasons</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Dials</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Talk time</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Average call</translation>
    </message>
    <message>
        <source>Average pause</source>
        <translation>Average pause</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 calls to %2</source>
        <translation>Exported %1 calls to %2</translation>
    </message>
</context>
<context>
    <name>TrayAlerts</name>
    <message>
        <source>Open client</source>
        <translation>Open client</translation>
    </message>
    <message>
        <source>Remind me in 5 minutes</source>
        <translation>Remind me in 5 minutes</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>In ten minutes: call back %1 at %2.</source>
        <translation>In ten minutes: call back %1 at %2.</translation>
    </message>
    <message>
        <source>Time to call back %1 (%2).</source>
        <translation>Time to call back %1 (%2).</translation>
    </message>
    <message>
        <source>Overdue callback: %1 was due at %2.</source>
        <translation>Overdue callback: %1 was due at %2.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <source>What exactly did the client say?</source>
        <translation>What exactly did the client say?</translation>
    </message>
    <message>
        <source>Personal callback (only I call)</source>
        <translation>Personal callback (only I call)</translation>
    </message>
    <message>
        <source>I promised something</source>
        <translation>I promised something</translation>
    </message>
    <message>
        <source>e.g. send the offer</source>
        <translation>e.g. send the offer</translation>
    </message>
    <message>
        <source>Note for the next call</source>
        <translation>Note for the next call</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Enter)</source>
        <translation>Save outcome (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In a week</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>In a month</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>In 3 months</translation>
    </message>
    <message>
        <source>Attempt (Ctrl+1…6):</source>
        <translation>Attempt (Ctrl+1…6):</translation>
    </message>
    <message>
        <source>Conversation (F6…F10):</source>
        <translation>Conversation (F6…F10):</translation>
    </message>
    <message>
        <source>Why not today:</source>
        <translation>Why not today:</translation>
    </message>
    <message>
        <source>Client&apos;s words:</source>
        <translation>Client&apos;s words:</translation>
    </message>
    <message>
        <source>Objective reason:</source>
        <translation>Objective reason:</translation>
    </message>
    <message>
        <source>Call again:</source>
        <translation>Call again:</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>Sold:</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Promise:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
</TS>
