<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Kaiwa… (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Kaiwa… (Ctrl+Enter to send, Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call `%1` (`%2`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out (%2 reasoning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 · %3 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of `%1`:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown part type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message needs a positive id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activeChoice %1 is not one of the message&apos;s choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s data is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s data has the SHA-256 %1, not the one it is filed under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another message has the id %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to an attachment that the file does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to message %1, which is not in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is its own ancestor: the parents form a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a Kaiwa export nor a ChatGPT conversations.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;kaiwa.conversations&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kaiwa conversations file (format &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has format version %1, made by a newer Kaiwa; this one reads up to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format version is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image %1: not included in conversations.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Audio %1: not included in conversations.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 %2: not included in conversations.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Content of type &quot;%1&quot; that Kaiwa cannot show]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to node &quot;%1&quot;, which is not in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is its own ancestor: the parents form a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has no &quot;mapping&quot; of messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ChatGPT conversations.json holds an array of conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for your password; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Allow Kaiwa to use the keychain, unlock it if asked, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for “%1” could not be removed from the system keychain (%2). Try again, or delete the entry “%1” of “%3” with your keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not %1 the API key for “%2” (%3). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h1&gt;Welcome to Kaiwa&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kaiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kaiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;A desktop chat client for OpenAI-compatible APIs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa is a chat client for OpenAI-compatible APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat window arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile called “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot consist of spaces only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profiles to “%1”. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid settings file, so Kaiwa did not overwrite it. Fix or remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kaiwa-cli</name>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param must look like KEY=JSON, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of messages (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to send: give a PROMPT, --messages-file or pipe text in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model: pass --model or save a default model in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metadata must look like K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete needs a PROMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to any OpenAI-compatible Chat Completions API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openai, azure-openai, azure-inference, gateway or local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-version query parameter (Azure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id (or Azure deployment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file or URL to attach (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file to attach (wav or mp3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for one JSON answer instead of a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the completion on the server (store: true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata K=V (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after the completion (legacy completions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asc or desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List after this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile auth: bearer, api-key, both or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile token-limit field: max_completion_tokens or max_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile JSON object merged into every request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile extra-parameters header (Azure AI inference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retries needs a number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see: kaiwa-cli profile list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing without an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot; (openai, azure-openai, azure-inference, gateway, local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no --base-url given for this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this provider needs --base-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be bearer, api-key, both or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-field must be max_completion_tokens or max_tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extra-body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 needs a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved profile %1; set its key with: kaiwa-cli profile set-key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key on standard input (e.g. printf %s &quot;$KEY&quot; | kaiwa-cli profile set-key NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key was not saved: no system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the key of %1 in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile command &quot;%1&quot; (list, add, remove, set-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored %1 needs a completion ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored update needs --metadata K=V (the server replaces the whole map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stored command &quot;%1&quot; (list, get, messages, update, delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the exchange in Kaiwa&apos;s conversation history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  models                       list the server&apos;s model ids
  chat [PROMPT]                send a chat completion (streams by default)
  complete PROMPT              legacy /completions
  stored list|get|messages|update|delete   stored completions (store: true)
  profile list|add|remove|set-key NAME     saved provider profiles
  conversations list|search|export|import  Kaiwa&apos;s conversation history

Exit codes: 0 success, 2 usage error, 3 API error, 4 network error, timeout or a
stream that ended early. The API key comes from the OS keychain (--profile) or from
$KAIWA_API_KEY / $OPENAI_API_KEY; it is never accepted on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations search needs a QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown export takes exactly one conversation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2 (at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n conversation(s)</source>
        <translation>
            <numerusform>imported %n conversation</numerusform>
            <numerusform>imported %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conversations command &quot;%1&quot; (list, search, export, import)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
