<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarTab</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Day off (office closed, moved holiday)</source>
        <translation>Day off (office closed, moved holiday)</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Working day (transferred)</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Ctrl+Enter save the day · F8 remove the chosen day</source>
        <translation>Ctrl+Enter save the day · F8 remove the chosen day</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>CataloguesWindow</name>
    <message>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>Refusal reasons</source>
        <translation>Refusal reasons</translation>
    </message>
    <message>
        <source>Retry rules</source>
        <translation>Retry rules</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Calling hours</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Delays</source>
        <translation>Delays</translation>
    </message>
    <message>
        <source>Daily goals</source>
        <translation>Daily goals</translation>
    </message>
</context>
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
        <source>Open promises</source>
        <translation>Open promises</translation>
    </message>
    <message>
        <source>Kept… (Ctrl+F11)</source>
        <translation>Kept… (Ctrl+F11)</translation>
    </message>
    <message>
        <source>Move… (Ctrl+Shift+F11)</source>
        <translation>Move… (Ctrl+Shift+F11)</translation>
    </message>
    <message>
        <source>«%1» by %2</source>
        <translation>«%1» by %2</translation>
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
        <source>Promise moved: «%1»</source>
        <translation>Promise moved: «%1»</translation>
    </message>
    <message>
        <source>Promise kept: «%1»</source>
        <translation>Promise kept: «%1»</translation>
    </message>
    <message>
        <source>%1 for the client = %2 for you</source>
        <translation>%1 for the client = %2 for you</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>next: %1</translation>
    </message>
    <message>
        <source>Edit client (Shift+F12)</source>
        <translation>Edit client (Shift+F12)</translation>
    </message>
    <message>
        <source>%1 is working with this client now: read-only.</source>
        <translation>%1 is working with this client now: read-only.</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <source>Address as (if not by name):</source>
        <translation>Address as (if not by name):</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Buying stage:</source>
        <translation>Buying stage:</translation>
    </message>
    <message>
        <source>Preferences, expectations:</source>
        <translation>Preferences, expectations:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Edit client: %1</source>
        <translation>Edit client: %1</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Unknown time zone</translation>
    </message>
    <message>
        <source>Client&apos;s time now: %1 — inside calling hours</source>
        <translation>Client&apos;s time now: %1 — inside calling hours</translation>
    </message>
    <message>
        <source>Client&apos;s time now: %1 — outside calling hours, the queue holds the client back</source>
        <translation>Client&apos;s time now: %1 — outside calling hours, the queue holds the client back</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>form of address</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>buying stage</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>preferences</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>number F4 dials</source>
        <translation>number F4 dials</translation>
    </message>
    <message>
        <source>phone status</source>
        <translation>phone status</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>added by hand</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <source>Find a client</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <source>Phone in any form, name or company</source>
        <translation>Phone in any form, name or company</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
</context>
<context>
    <name>ClientSearchModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
</context>
<context>
    <name>ClientTools</name>
    <message>
        <source>Save how this call ended before opening another client.</source>
        <translation>Save how this call ended before opening another client.</translation>
    </message>
</context>
<context>
    <name>CountdownLine</name>
    <message>
        <source>Next client in %1 s · Ctrl+F2 pause · Shift+F2 dial now</source>
        <translation>Next client in %1 s · Ctrl+F2 pause · Shift+F2 dial now</translation>
    </message>
    <message>
        <source>Progressive dialling paused · Ctrl+F2 resume · Shift+F2 dial now</source>
        <translation>Progressive dialling paused · Ctrl+F2 resume · Shift+F2 dial now</translation>
    </message>
    <message>
        <source>Taking and dialling the next client…</source>
        <translation>Taking and dialling the next client…</translation>
    </message>
    <message>
        <source>Progressive dialling on · Ctrl+Shift+F2 off</source>
        <translation>Progressive dialling on · Ctrl+Shift+F2 off</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Remember in the system keyring</translation>
    </message>
    <message>
        <source>Without it, the password is asked for at sign-in. It is never written to a file.</source>
        <translation>Without it, the password is asked for at sign-in. It is never written to a file.</translation>
    </message>
</context>
<context>
    <name>DelaysTab</name>
    <message>
        <source>An abandoned client is freed after (minutes):</source>
        <translation>An abandoned client is freed after (minutes):</translation>
    </message>
    <message>
        <source>A personal callback passes to the team when overdue (minutes):</source>
        <translation>A personal callback passes to the team when overdue (minutes):</translation>
    </message>
    <message>
        <source>Post-sale check-in after (days):</source>
        <translation>Post-sale check-in after (days):</translation>
    </message>
    <message>
        <source>Unreachable client called again after (days):</source>
        <translation>Unreachable client called again after (days):</translation>
    </message>
    <message>
        <source>Ctrl+Enter save</source>
        <translation>Ctrl+Enter save</translation>
    </message>
</context>
<context>
    <name>DoNotCallView</name>
    <message>
        <source>Do-not-call list</source>
        <translation>Do-not-call list</translation>
    </message>
    <message>
        <source>Find a number or a reason</source>
        <translation>Find a number or a reason</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Why (kept in the history)</source>
        <translation>Why (kept in the history)</translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation>Add (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the chosen (F8)</source>
        <translation>Remove the chosen (F8)</translation>
    </message>
    <message>
        <source>Import a file of numbers… (F4)</source>
        <translation>Import a file of numbers… (F4)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation>Numbers not to call</translation>
    </message>
    <message>
        <source>Text or CSV (*.txt *.csv);;All files (*)</source>
        <translation>Text or CSV (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Added %1 numbers; %2 were on the list already; %3 lines held no number.</source>
        <translation>Added %1 numbers; %2 were on the list already; %3 lines held no number.</translation>
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
    <name>GoalsTab</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation>Calls a day</translation>
    </message>
    <message>
        <source>Calls a day for the chosen operator:</source>
        <translation>Calls a day for the chosen operator:</translation>
    </message>
    <message>
        <source>Ctrl+Enter save</source>
        <translation>Ctrl+Enter save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
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
        <source>Refresh the queue and the figures</source>
        <translation>Refresh the queue and the figures</translation>
    </message>
    <message>
        <source>Import leads from an Excel or CSV file</source>
        <translation>Import leads from an Excel or CSV file</translation>
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
        <source>Mark the client&apos;s promise kept (with a note)</source>
        <translation>Mark the client&apos;s promise kept (with a note)</translation>
    </message>
    <message>
        <source>Move the client&apos;s promise to a new date (with a reason)</source>
        <translation>Move the client&apos;s promise to a new date (with a reason)</translation>
    </message>
    <message>
        <source>Jump to the wrap-up form (its first empty required field)</source>
        <translation>Jump to the wrap-up form (its first empty required field)</translation>
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
        <source>Mark the selected promise kept (Ctrl+F11)</source>
        <translation>Mark the selected promise kept (Ctrl+F11)</translation>
    </message>
    <message>
        <source>Move the selected promise to a new date (Ctrl+Shift+F11)</source>
        <translation>Move the selected promise to a new date (Ctrl+Shift+F11)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Dial the client&apos;s chosen phone (★)</source>
        <translation>Dial the client&apos;s chosen phone (★)</translation>
    </message>
    <message>
        <source>To the client&apos;s phones: ↑ ↓ choose, Tab to add, mark wrong, choose for F4</source>
        <translation>To the client&apos;s phones: ↑ ↓ choose, Tab to add, mark wrong, choose for F4</translation>
    </message>
    <message>
        <source>Find a client by phone, name or company</source>
        <translation>Find a client by phone, name or company</translation>
    </message>
    <message>
        <source>Edit the client</source>
        <translation>Edit the client</translation>
    </message>
    <message>
        <source>Wrap-up: next buying stage</source>
        <translation>Wrap-up: next buying stage</translation>
    </message>
    <message>
        <source>Dial the chosen phone (F4)</source>
        <translation>Dial the chosen phone (F4)</translation>
    </message>
    <message>
        <source>Edit the client (Shift+F12)</source>
        <translation>Edit the client (Shift+F12)</translation>
    </message>
    <message>
        <source>Buying stage after this call: Alt+0 steps through</source>
        <translation>Buying stage after this call: Alt+0 steps through</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>empty: the whole team; RU, BY, KZ…: clients of that country</source>
        <translation>empty: the whole team; RU, BY, KZ…: clients of that country</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Client&apos;s local time. Ctrl+Enter save · F8 back to the team&apos;s hours</source>
        <translation>Client&apos;s local time. Ctrl+Enter save · F8 back to the team&apos;s hours</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Show what the import would do, without writing anything</source>
        <translation>Show what the import would do, without writing anything</translation>
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
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
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
        <source>Preview: %1 new, %2 merged into known clients, %3 of them left untouched, %4 rejected. Nothing was written.</source>
        <translation>Preview: %1 new, %2 merged into known clients, %3 of them left untouched, %4 rejected. Nothing was written.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Left untouched</source>
        <translation>Left untouched</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2, merged with known clients or duplicates: %3, rejected: %4.</source>
        <translation>Rows read: %1. Imported: %2, merged with known clients or duplicates: %3, rejected: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are marked never or on the do-not-call list: they were left as they are.</source>
        <translation>
            <numerusform>%n of them is marked never or on the do-not-call list: it was left as it is.</numerusform>
            <numerusform>%n of them are marked never or on the do-not-call list: they were left as they are.</numerusform>
        </translation>
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
        <source>After sale</source>
        <translation>After sale</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
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
    <name>ListFiguresPanel</name>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>(no list)</source>
        <translation>(no list)</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Dials</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>Refusals by reason</source>
        <translation>Refusals by reason</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>All lists</translation>
    </message>
    <message>
        <source>Figures by list</source>
        <translation>Figures by list</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>List:</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Lead lists</source>
        <translation>Lead lists</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Offered to</translation>
    </message>
    <message>
        <source>whole team</source>
        <translation>whole team</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>team&apos;s current</source>
        <translation>team&apos;s current</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Future</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Pause / resume (F6)</source>
        <translation>Pause / resume (F6)</translation>
    </message>
    <message>
        <source>Set priority (F7)</source>
        <translation>Set priority (F7)</translation>
    </message>
    <message>
        <source>Offer to the ticked, none: whole team (F8)</source>
        <translation>Offer to the ticked, none: whole team (F8)</translation>
    </message>
    <message>
        <source>Use this script (F9)</source>
        <translation>Use this script (F9)</translation>
    </message>
    <message>
        <source>only the chosen list</source>
        <translation>only the chosen list</translation>
    </message>
    <message>
        <source>Hand clients and callbacks over (F10)</source>
        <translation>Hand clients and callbacks over (F10)</translation>
    </message>
    <message>
        <source>Priority (higher first among equal reasons):</source>
        <translation>Priority (higher first among equal reasons):</translation>
    </message>
    <message>
        <source>Operators of the list:</source>
        <translation>Operators of the list:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>The team&apos;s current script</source>
        <translation>The team&apos;s current script</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>the whole team</translation>
    </message>
    <message>
        <source>Choose a list first.</source>
        <translation>Choose a list first.</translation>
    </message>
    <message>
        <source>Resumed: its clients are back in the queue.</source>
        <translation>Resumed: its clients are back in the queue.</translation>
    </message>
    <message>
        <source>Paused: its clients are offered to nobody.</source>
        <translation>Paused: its clients are offered to nobody.</translation>
    </message>
    <message>
        <source>Priority set.</source>
        <translation>Priority set.</translation>
    </message>
    <message>
        <source>Saved: the list is offered to the ticked operators only.</source>
        <translation>Saved: the list is offered to the ticked operators only.</translation>
    </message>
    <message>
        <source>Saved: the list is offered to the whole team.</source>
        <translation>Saved: the list is offered to the whole team.</translation>
    </message>
    <message>
        <source>Script chosen.</source>
        <translation>Script chosen.</translation>
    </message>
    <message>
        <source>Handed over: %1 clients and %2 callbacks.</source>
        <translation>Handed over: %1 clients and %2 callbacks.</translation>
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
    <message numerus="yes">
        <source>Clients nobody called for %n day(s): %1</source>
        <translation>
            <numerusform>Clients nobody called for %n day: %1</numerusform>
            <numerusform>Clients nobody called for %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation>Add (Ctrl+Enter)</translation>
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
        <source>The server cannot be reached: %1 is kept on this computer.</source>
        <translation>The server cannot be reached: %1 is kept on this computer.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <source>Close this call unsaved (Ctrl+Enter)</source>
        <translation>Close this call unsaved (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Saved: %1. Next contact %2.</source>
        <translation>Saved: %1. Next contact %2.</translation>
    </message>
    <message>
        <source>Save outcome (Ctrl+Enter)</source>
        <translation>Save outcome (Ctrl+Enter)</translation>
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
    <name>PhoneList</name>
    <message>
        <source>%1 (shared with other clients)</source>
        <translation>%1 (shared with other clients)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>New number, e.g. 8 916 123-45-67 ext. 12</source>
        <translation>New number, e.g. 8 916 123-45-67 ext. 12</translation>
    </message>
    <message>
        <source>Dial (F4)</source>
        <translation>Dial (F4)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>F4 dials this</source>
        <translation>F4 dials this</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Not in service</source>
        <translation>Not in service</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>No working number: the client is out of the queue until one is added.</source>
        <translation>No working number: the client is out of the queue until one is added.</translation>
    </message>
    <message>
        <source>%1, ext. %2</source>
        <translation>%1, ext. %2</translation>
    </message>
    <message>
        <source>%1 — wrong number</source>
        <translation>%1 — wrong number</translation>
    </message>
    <message>
        <source>%1 — not in service</source>
        <translation>%1 — not in service</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>F3 new · Ctrl+Enter save · a sold product is made inactive, never deleted</source>
        <translation>F3 new · Ctrl+Enter save · a sold product is made inactive, never deleted</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Move the promise</source>
        <translation>Move the promise</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Promise kept</translation>
    </message>
    <message>
        <source>«%1», due %2</source>
        <translation>«%1», due %2</translation>
    </message>
    <message>
        <source>Why it moves (tell the client first)</source>
        <translation>Why it moves (tell the client first)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>New date:</translation>
    </message>
    <message>
        <source>How it was kept</source>
        <translation>How it was kept</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
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
    <message>
        <source>The queue is empty: there is nobody to call yet.</source>
        <translation>The queue is empty: there is nobody to call yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift+F5&lt;/b&gt; or File → Import leads… reads your clients from an Excel or CSV file.</source>
        <translation>&lt;b&gt;Shift+F5&lt;/b&gt; or File → Import leads… reads your clients from an Excel or CSV file.</translation>
    </message>
    <message>
        <source>A supervisor can also import from a terminal: &lt;code&gt;callassist import FILE&lt;/code&gt;.</source>
        <translation>A supervisor can also import from a terminal: &lt;code&gt;callassist import FILE&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>New clients appear here at once; then &lt;b&gt;F2&lt;/b&gt; takes the first of them.</source>
        <translation>New clients appear here at once; then &lt;b&gt;F2&lt;/b&gt; takes the first of them.</translation>
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
    <name>ReasonsTab</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Call again in (days)</source>
        <translation>Call again in (days)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Used by calls</source>
        <translation>Used by calls</translation>
    </message>
    <message>
        <source>Offered in the wrap-up form</source>
        <translation>Offered in the wrap-up form</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Name in Russian:</translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation>Name in English:</translation>
    </message>
    <message>
        <source>Call again in (days):</source>
        <translation>Call again in (days):</translation>
    </message>
    <message>
        <source>F3 new · Ctrl+Enter save · F8 remove (a reason calls used is retired) · F6/F7 move</source>
        <translation>F3 new · Ctrl+Enter save · F8 remove (a reason calls used is retired) · F6/F7 move</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
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
</context>
<context>
    <name>RetryTab</name>
    <message>
        <source>Attempt result</source>
        <translation>Attempt result</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Retry after</translation>
    </message>
    <message>
        <source>Cap (attempts)</source>
        <translation>Cap (attempts)</translation>
    </message>
    <message>
        <source>At the cap</source>
        <translation>At the cap</translation>
    </message>
    <message>
        <source>e.g. 2h, 1d, 3d</source>
        <translation>e.g. 2h, 1d, 3d</translation>
    </message>
    <message>
        <source>Attempt result:</source>
        <translation>Attempt result:</translation>
    </message>
    <message>
        <source>Retry after (in a row):</source>
        <translation>Retry after (in a row):</translation>
    </message>
    <message>
        <source>Cap: the attempt that makes the client future:</source>
        <translation>Cap: the attempt that makes the client future:</translation>
    </message>
    <message>
        <source>Units: min, h, d. Ctrl+Enter save; the delays are cut or repeated to fit the cap.</source>
        <translation>Units: min, h, d. Ctrl+Enter save; the delays are cut or repeated to fit the cap.</translation>
    </message>
    <message>
        <source>attempt %1: future, call again in %2 days</source>
        <translation>attempt %1: future, call again in %2 days</translation>
    </message>
    <message>
        <source>Saved: new retries follow it at once.</source>
        <translation>Saved: new retries follow it at once.</translation>
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
        <translation>Step %1 cannot be deleted: the answer &quot;%2&quot; of step %3 leads to it.</translation>
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
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>Buying stage:</source>
        <translation>Buying stage:</translation>
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
        <source>user@server:5432/callassist</source>
        <translation>user@server:5432/callassist</translation>
    </message>
    <message>
        <source>A call to %1 opens: %2</source>
        <translation>A call to %1 opens: %2</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Saved: new follow-ups use it at once.</source>
        <translation>Saved: new follow-ups use it at once.</translation>
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
    <name>SoftphoneLink</name>
    <message>
        <source>Hang up the call</source>
        <translation>Hang up the call</translation>
    </message>
    <message>
        <source>Progressive dialling on / off (off is a break)</source>
        <translation>Progressive dialling on / off (off is a break)</translation>
    </message>
    <message>
        <source>Progressive dialling: pause / resume the countdown</source>
        <translation>Progressive dialling: pause / resume the countdown</translation>
    </message>
    <message>
        <source>Progressive dialling: dial the next client now</source>
        <translation>Progressive dialling: dial the next client now</translation>
    </message>
</context>
<context>
    <name>SoftphoneSettingsBox</name>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>None: F4 opens the dial link</source>
        <translation>None: F4 opens the dial link</translation>
    </message>
    <message>
        <source>baresip (dials, follows the call)</source>
        <translation>baresip (dials, follows the call)</translation>
    </message>
    <message>
        <source>Event hook (main.py call-event)</source>
        <translation>Event hook (main.py call-event)</translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation>Connector:</translation>
    </message>
    <message>
        <source>baresip&apos;s ctrl_tcp_listen, e.g. 127.0.0.1:4444</source>
        <translation>baresip&apos;s ctrl_tcp_listen, e.g. 127.0.0.1:4444</translation>
    </message>
    <message>
        <source>baresip control address:</source>
        <translation>baresip control address:</translation>
    </message>
    <message>
        <source>What baresip dials: {e164}, {digits}, {extension}, e.g. sip:{e164}@pbx</source>
        <translation>What baresip dials: {e164}, {digits}, {extension}, e.g. sip:{e164}@pbx</translation>
    </message>
    <message>
        <source>baresip dials:</source>
        <translation>baresip dials:</translation>
    </message>
    <message>
        <source>Hang up unanswered after:</source>
        <translation>Hang up unanswered after:</translation>
    </message>
    <message>
        <source>Progressive dialling pause:</source>
        <translation>Progressive dialling pause:</translation>
    </message>
    <message>
        <source>How a call&apos;s end fills the attempt result, read in order (docs/softphone.md): cause → result</source>
        <translation>How a call&apos;s end fills the attempt result, read in order (docs/softphone.md): cause → result</translation>
    </message>
    <message>
        <source>Call fate map (JSON):</source>
        <translation>Call fate map (JSON):</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Reach the softphone without dialling anyone</source>
        <translation>Reach the softphone without dialling anyone</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No softphone: F4 opens the dial link.</source>
        <translation>No softphone: F4 opens the dial link.</translation>
    </message>
    <message>
        <source>Softphones reach this app with main.py call-event (%1).</source>
        <translation>Softphones reach this app with main.py call-event (%1).</translation>
    </message>
    <message>
        <source>baresip answers at %1.</source>
        <translation>baresip answers at %1.</translation>
    </message>
</context>
<context>
    <name>SoftphoneState</name>
    <message>
        <source>Phone: idle</source>
        <translation>Phone: idle</translation>
    </message>
    <message>
        <source>Phone: dialling…</source>
        <translation>Phone: dialling…</translation>
    </message>
    <message>
        <source>Phone: ringing</source>
        <translation>Phone: ringing</translation>
    </message>
    <message>
        <source>Phone: talking %1</source>
        <translation>Phone: talking %1</translation>
    </message>
    <message>
        <source>talked %1</source>
        <translation>talked %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>not in service</source>
        <translation>not in service</translation>
    </message>
    <message>
        <source>Phone: ended, %1</source>
        <translation>Phone: ended, %1</translation>
    </message>
    <message>
        <source>Phone: ended</source>
        <translation>Phone: ended</translation>
    </message>
</context>
<context>
    <name>StagePicker</name>
    <message>
        <source>Alt+0 steps through the stages</source>
        <translation>Alt+0 steps through the stages</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
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
    <name>StartupFailure</name>
    <message>
        <source>CallAssist could not start</source>
        <translation>CallAssist could not start</translation>
    </message>
    <message>
        <source>Details are in the log: %1</source>
        <translation>Details are in the log: %1</translation>
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
        <source>No calls in this period yet: the charts appear after the first call.</source>
        <translation>No calls in this period yet: the charts appear after the first call.</translation>
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
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>Exported %n call to %1</numerusform>
            <numerusform>Exported %n calls to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured by phone</source>
        <translation>Measured by phone</translation>
    </message>
</context>
<context>
    <name>SupervisorScreens</name>
    <message>
        <source>Catalogues…</source>
        <translation>Catalogues…</translation>
    </message>
    <message>
        <source>Lead lists…</source>
        <translation>Lead lists…</translation>
    </message>
    <message>
        <source>Do-not-call list…</source>
        <translation>Do-not-call list…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Users…</translation>
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
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Can sign in</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>No password</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Password (8+ characters):</source>
        <translation>Password (8+ characters):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Add (Ctrl+Enter)</source>
        <translation>Add (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Deactivate / allow (F8)</source>
        <translation>Deactivate / allow (F8)</translation>
    </message>
    <message>
        <source>Reset password (F6)</source>
        <translation>Reset password (F6)</translation>
    </message>
    <message>
        <source>Change role (F7)</source>
        <translation>Change role (F7)</translation>
    </message>
    <message>
        <source>In team mode a user signs in with their own database login; it changes with the user.</source>
        <translation>In team mode a user signs in with their own database login; it changes with the user.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>Role changed.</translation>
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
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
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
    <message>
        <source>Open promise «%1» by %2: Ctrl+F11 kept, Ctrl+Shift+F11 moved, or it returns on its date.</source>
        <translation>Open promise «%1» by %2: Ctrl+F11 kept, Ctrl+Shift+F11 moved, or it returns on its date.</translation>
    </message>
    <message>
        <source>Your date is kept; «%1» would suggest %2.</source>
        <translation>Your date is kept; «%1» would suggest %2.</translation>
    </message>
    <message>
        <source>Date proposed for «%1»: %2. Change it freely.</source>
        <translation>Date proposed for «%1»: %2. Change it freely.</translation>
    </message>
    <message>
        <source>Outside the client&apos;s calling hours: moved to %1.</source>
        <translation>Outside the client&apos;s calling hours: moved to %1.</translation>
    </message>
    <message>
        <source>%1 for the client = %2 for you</source>
        <translation>%1 for the client = %2 for you</translation>
    </message>
    <message>
        <source>Buying stage (Alt+0):</source>
        <translation>Buying stage (Alt+0):</translation>
    </message>
</context>
</TS>
