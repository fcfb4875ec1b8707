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
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
    <name>OperatorWindow</name>
    <message>
        <source>CallAssist — %1</source>
        <translation>CallAssist — %1</translation>
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
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
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
        <source>Queue: %n client(s)</source>
        <translation>
            <numerusform>Queue: %n client</numerusform>
            <numerusform>Queue: %n clients</numerusform>
        </translation>
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
        <source>Type what the client said, then press the button again</source>
        <translation>Type what the client said, then press the button again</translation>
    </message>
    <message>
        <source>Saved for the script author: %1</source>
        <translation>Saved for the script author: %1</translation>
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
