<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Commands:
  models                       list the server&apos;s model ids
  chat [PROMPT]                send a chat completion (streams by default)
  complete PROMPT              legacy /completions
  stored list|get|messages|update|delete   stored completions (store: true)
  profile list|add|remove|set-key NAME     saved provider profiles

Exit codes: 0 success, 2 usage error, 3 API error, 4 network error, timeout or a
stream that ended early. The API key comes from the OS keychain (--profile) or from
$KAIWA_API_KEY / $OPENAI_API_KEY; it is never accepted on the command line.</source>
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
</context>
</TS>
