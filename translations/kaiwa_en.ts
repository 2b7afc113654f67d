<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer finished: the model calls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <comment>an error kind, then a status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error label, then the message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a message, then the server&apos;s error code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [request %2]</source>
        <comment>a message, then the request id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request as malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key was refused; check it in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key may not use this model or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found; check the profile&apos;s base URL and the model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave up waiting for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request conflicts with the server&apos;s state; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is too large for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests; wait and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed with an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway in between got no valid answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service is unavailable or overloaded; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway in between timed out waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error occurred during streaming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile&apos;s key from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key needed for most local servers. A key you enter is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored yet. It will be stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the system keychain, never in Kaiwa&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in memory only and are forgotten when Kaiwa quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key the service gave you; it is kept in the system keychain, not in a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>no data from the server for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n s)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1 (try again in %n s)</numerusform>
            <numerusform>%1 (try again in %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n min)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1 (try again in %n min)</numerusform>
            <numerusform>%1 (try again in %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server redirected the request to %1; Kaiwa does not follow redirects, so the API key was not sent there. If that address is right, make it the profile&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The conversation history could not be opened, so this session is not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled from %1 × %2 to %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data URL is not base64-encoded image data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data URL&apos;s base64 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) address of an image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (faster, cheaper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace or Delete removes the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioConverter</name>
    <message>
        <source>%1 could not be converted: decoding took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio sent to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not audio: it looks like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be converted: this system has no audio decoder. Attach a WAV or MP3 file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample rate changes in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: converted to WAV it would be over %2 MB (about %3 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be converted: it contains no sound the decoder could read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound file Kaiwa can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be decoded as audio (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioLevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayerWidget</name>
    <message>
        <source>Save Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save audio as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audio cannot be played here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where playback is; move it to jump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one, or check that the system&apos;s sound settings can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or Kaiwa may not be allowed to use it (see the system&apos;s privacy or sound settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recorded until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone was disconnected. What was recorded until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatAccumulator</name>
    <message>
        <source>the stream ended in the middle of an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON in the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent choice index %1, outside 0…%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server sent tool call index %1; Kaiwa accepts at most %n calls</source>
        <translation>
            <numerusform>the server sent tool call index %1; Kaiwa accepts at most %n call</numerusform>
            <numerusform>the server sent tool call index %1; Kaiwa accepts at most %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server sent more than %n tool calls</source>
        <translation>
            <numerusform>the server sent more than %n tool call</numerusform>
            <numerusform>the server sent more than %n tool calls</numerusform>
        </translation>
    </message>
    <message>
        <source>the stream ended before any answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended before choice %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the stream ended after %1 of %n choices</source>
        <translation>
            <numerusform>the stream ended after %1 of %n choice</numerusform>
            <numerusform>the stream ended after %1 of %n choices</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message numerus="yes">
        <source>metadata has %1 pairs; at most %n are allowed</source>
        <translation>
            <numerusform>metadata has %1 pairs; at most %n is allowed</numerusform>
            <numerusform>metadata has %1 pairs; at most %n are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata key &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>metadata key &quot;%1&quot; is longer than %n character</numerusform>
            <numerusform>metadata key &quot;%1&quot; is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata value of &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>metadata value of &quot;%1&quot; is longer than %n character</numerusform>
            <numerusform>metadata value of &quot;%1&quot; is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>messages must contain at least one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>safety_identifier is longer than %n characters</source>
        <translation>
            <numerusform>safety_identifier is longer than %n character</numerusform>
            <numerusform>safety_identifier is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>stream_options is only allowed with stream: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top_logprobs requires logprobs: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio output parameters need &quot;audio&quot; in modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio modality needs audio: {voice, format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.voice must be a voice name or {&quot;id&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of text parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best_of cannot be used with stream: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best_of must not be less than n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type must be one of text, image_url, input_audio, file, refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type must be function or custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.role must be one of developer, system, user, assistant, tool, function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be none, auto, required or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.mode must be auto or required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be none, auto or {&quot;name&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type must be text, json_object or json_schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>an answer is still arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that message cannot be edited now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that answer cannot be regenerated now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last answer can be continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last answer&apos;s calls can be answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider profile is chosen for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the server&apos;s answer is larger than 256 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of the stream is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message numerus="yes">
        <source>Compare %n choice(s)</source>
        <translation>
            <numerusform>Compare %n choice</numerusform>
            <numerusform>Compare %n choices</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the conversation follows this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n character</numerusform>
            <numerusform>%1 · %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with choice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPool</name>
    <message>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach images, audio or a PDF (or paste or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a voice message from the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, audio and PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the image (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to send; drop or paste images, audio and PDF files here to attach them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &amp;hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its models (GET /models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a tiny chat request to the default model and show the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying hello to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. %1 answered:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Connected. The server offers %n model.</numerusform>
            <numerusform>Connected. The server offers %n models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key and the auth style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server may have no /models route (Azure deployments); set a default model and try Say hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the refused certificate for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only if you know this is your server&apos;s certificate (compare the fingerprint).</source>
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
    <name>ConversationImport::Detail</name>
    <message>
        <source>A log probability can&apos;t be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a byte (0 to 255).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Could not save the conversation; it is kept in memory. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new branch, the original stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider profile first: File ▸ Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not play the audio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from %1 to WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationRequest</name>
    <message>
        <source>unknown content part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s)</source>
        <translation>
            <numerusform>Deleted %n conversation</numerusform>
            <numerusform>Deleted %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations, pinned first, then the newest; Enter opens one, F2 renames it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Kaiwa cannot write in the folder %1 that holds its conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make that folder writable for your user (or set XDG_DATA_HOME to a writable folder) and start Kaiwa again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa was closed while this answer was arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Kaiwa; if this persists, check the earlier error about the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa found no folder for its conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set HOME (or XDG_DATA_HOME) to a writable folder and start Kaiwa again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa cannot create the folder %1 for its conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer version of Kaiwa (schema %2; this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Kaiwa to open it; this version did not change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa could not copy %1 to %2 before upgrading it (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or make the folder writable, then start Kaiwa again; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa could not switch its conversation database %1 to WAL mode (it stays in %2 mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file to a local disk (network file systems do not support WAL) and start Kaiwa again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may have been removed with its last conversation; attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or repair the file you imported, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has an attachment whose bytes do not match its hash %3; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has a message (number %3) whose parent %4 is not an earlier message of the same conversation; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted in another window; reload the conversation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no message %1.</source>
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
    <message>
        <source>Select Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Code Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image Link (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Spoken Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Formatted Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Token Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first; the context menu or the actions under a message copy, edit or retry it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key; it is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address of your local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment name from the Azure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; pick one after testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure resource name, the first part of its endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model new conversations start with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>the profile has no valid base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored completion id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure OpenAI needs a deployment name: set a model or the profile&apos;s default model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Kaiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa chats with OpenAI-compatible services: OpenAI, Azure, gateways such as OpenRouter, or a model running on your own computer with Ollama, llama.cpp or LM Studio.

Let&apos;s set up your first connection. It takes a minute; your API key is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Kaiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its models, or say hello to the model. You can also skip this and press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 image, which Kaiwa cannot read: convert it to PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but cannot be decoded: the file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels, too large to decode: reduce it to at most %4 pixels on the long side first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be re-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still %2 MB after scaling down, over the %3 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the image as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t show this image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Copied as curl. Set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording: %n request(s). Keys are hidden.</source>
        <translation>
            <numerusform>Recording: %n request. Keys are hidden.</numerusform>
            <numerusform>Recording: %n requests. Keys are hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n request(s) kept until this window closes.</source>
        <translation>
            <numerusform>Paused: %n request kept until this window closes.</numerusform>
            <numerusform>Paused: %n requests kept until this window closes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording. Turn on Record, then send a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Inspector — Kaiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the requests Kaiwa sends (off while this is not pressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recorded requests to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the recorded requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent while recording, newest last; select one to see its details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonAnswer</name>
    <message>
        <source>The answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at character %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string or a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server&apos;s answer is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object (another JSON value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonResultDialog</name>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer as indented JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema “%1” (strict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the answer matches the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer breaks the %1 in %n place(s).</source>
        <translation>
            <numerusform>The answer breaks the %1 in %n place.</numerusform>
            <numerusform>The answer breaks the %1 in %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request named schema “%1” but sent no schema body: parsed only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested as a JSON object (no schema to check against): parsed only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested as JSON; the answer parses as JSON (nothing to check against).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Violations (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not valid JSON, so it can&apos;t be shown as a tree or checked against a schema. If the answer was cut off mid-stream, the error is at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>The schema nests $ref or anyOf too deeply here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema&apos;s $ref &quot;%1&quot; does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Matches none of the %n alternatives (anyOf); the closest fails with: %1</source>
        <translation>
            <numerusform>Does not match the %n alternative (anyOf): %1</numerusform>
            <numerusform>Matches none of the %n alternatives (anyOf); the closest fails with: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing required property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Must have at least %n item(s)</source>
        <translation>
            <numerusform>Must have at least %n item</numerusform>
            <numerusform>Must have at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must have at most %n item(s)</source>
        <translation>
            <numerusform>Must have at most %n item</numerusform>
            <numerusform>Must have at most %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s) long</source>
        <translation>
            <numerusform>Must be at least %n character long</numerusform>
            <numerusform>Must be at least %n characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s) long</source>
        <translation>
            <numerusform>Must be at most %n character long</numerusform>
            <numerusform>Must be at most %n characters long</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema&apos;s pattern %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must match the pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported in strict mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;additionalProperties&quot; to false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; must be listed in &quot;required&quot; (allow null to make it optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;required&quot; lists &quot;%1&quot;, which is not a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root must be an object schema (&quot;type&quot;: &quot;object&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s JSON as a tree of keys and values; arrow keys expand and collapse</source>
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
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not save the API key for “%1” (%2). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the API key for “%1” (%2). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the API key for “%1” (%2). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogprobShading</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Kaiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tored Completions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions Play&amp;ground…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Inspector…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownImages</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaParts</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; Kaiwa sends at most %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data URL does not hold an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which the API does not accept: use PNG, JPEG, WebP or GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an audio file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported by the API: convert to wav or mp3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message&apos;s Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for another answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the interrupted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt (%2 cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completion (%2 reasoning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answer as a JSON tree, checked against the request&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the choices side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answer formatted instead of its token probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the answer&apos;s tokens by probability (the less likely, the stronger); hover a token to see the alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageChrome</name>
    <message>
        <source>Tool call (arguments are not valid JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
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
    <name>MessageMedia</name>
    <message>
        <source>image link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the spoken answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play audio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTextSelector</name>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Store completions (store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let OpenAI keep each completion for later retrieval, evals and distillation (store: true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as metadata: up to %1 pairs to filter stored completions by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 pairs are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key/value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>the server&apos;s /models answer has no model list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minute(s) ago</source>
        <translation>
            <numerusform>Updated %n minute ago</numerusform>
            <numerusform>Updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago</source>
        <translation>
            <numerusform>Updated %n hour ago</numerusform>
            <numerusform>Updated %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to ask (any name the server accepts) — Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the list of models from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered by %1</source>
        <translation>
            <numerusform>%n model offered by %1</numerusform>
            <numerusform>%n models offered by %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Models not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates trusted for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored in the keychain; type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, added to the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One SHA-256 fingerprint per line (the server&apos;s certificate or its CA); empty: no pinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors, by SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy, the system&apos;s proxy settings, or an HTTP or SOCKS5 proxy given here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server&apos;s host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name for the proxy, if it asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password, kept in the system keychain; empty keeps the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM certificate the client shows to servers that ask for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only servers whose certificate has one of these SHA-256 fingerprints are accepted; one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors; select one to revoke it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomness: 0 is focused and repeatable, 2 is very varied (0–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens making up this probability (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most tokens the answer may use (reasoning included); the name is the one the profile sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive values favour new topics (−2 to 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive values discourage repeating the same words (−2 to 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best-effort repeatable answers for the same seed and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many answers to generate (1–128); every one is billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 4 sequences where the model stops (not included in the answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long reasoning models think before answering; support varies by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the log probability of each output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also return this many likely alternatives per token (0–20); needs logprobs: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that follows a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions the model may call, as JSON: name, description, parameters (a JSON Schema) and strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which function it calls; needs tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the model may call several tools at once; needs tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool_choice was unset: “%1” is no longer among the tools.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and account this conversation talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions sent before the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as developer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the prompt as a developer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning models (o1 and newer) take instructions in a developer message instead of a system message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset the model, the prompt and every parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sent, set elsewhere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundParams</name>
    <message>
        <source>Logit bias must be a JSON object of token ids and biases, e.g. {&quot;50256&quot;: -100}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit bias: &quot;%1&quot; is not a token id (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit bias: the bias of token %1 must be a number from -100 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ec&amp;ho the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer repeats the prompt before the completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Best of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate this many completions on the server and return the best (not streamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices (n):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many completions to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logprobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the log probability of each token and this many likely alternatives (0–5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tokens to generate (servers default to 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp&amp;erature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;op p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nucleus sampling: only the tokens in this probability mass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence penalt&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-2 to 2: positive values favour new topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-2 to 2: positive values reduce repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same seed and parameters: the same answer, if the server can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation stops before this text. Write a newline as \n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;git bias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object of token ids and biases from -100 (never) to 100 (always).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit bias problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundResult</name>
    <message>
        <source>Choice %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt and completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Completions Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions Playground — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base model, e.g. gpt-3.5-turbo-instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the prompt (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and keep what arrived (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs: select one to restore its prompt, parameters and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promp&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for the model to continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert mode: text after the completion (suffix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that follows the inserted completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the completion so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer legacy completions (POST /completions): %1. Base models on llama.cpp, vLLM and similar servers do; chat-only services do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server and account the prompt is sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text the model continues; Ctrl+Enter runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that follows the inserted completion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <source>Where do you want to chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the service or local server Kaiwa should talk to. You can add more later under Provider profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the service or local server to connect to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one from a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this profile before duplicating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its API key from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed, but its key is still in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. %2 The key is kept only until Kaiwa quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved, but its key could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the proxy password from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved provider profiles; the selected one is edited on the right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra body JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token limit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AI inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway (OpenRouter, OfoxAI, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_completion_tokens (OpenAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_tokens (most other servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Azure does with body fields it does not know: drop them, pass them to the model, or reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini; Azure OpenAI: the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token limit field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work and TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and TLS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proxy %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pinned fingerprint(s)</source>
        <translation>
            <numerusform>%n pinned fingerprint</numerusform>
            <numerusform>%n pinned fingerprints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trusted certificate(s)</source>
        <translation>
            <numerusform>%n trusted certificate</numerusform>
            <numerusform>%n trusted certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of server, which decides the URL form and the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the API key is sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s api-version query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers added to every request, one &quot;Name: value&quot; per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object whose fields are added to every request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model new conversations with this profile start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which request field carries the answer length limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot; (letters, digits and -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra body must be a JSON object: { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the part in braces, e.g. {resource}, with your own value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileNetwork</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client key “%1” is encrypted with a passphrase, which Kaiwa does not support; export it without one (openssl pkey -in KEY -out PLAIN.pem) and keep that file private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate of the server matches the fingerprints pinned in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may not accept the profile&apos;s client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may require a client certificate (mutual TLS): set one in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1:%2 refused the user name and password of the profile (HTTP 407)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1:%2 asks for a user name and password; set them in the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePresets</name>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key at platform.openai.com under API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure OpenAI resource name. The key is under Keys and Endpoint in the Azure portal; the default model is your deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AI inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure AI services resource name (for a serverless endpoint, paste its full URL instead). The key is on the endpoint&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys. Models are named provider/model; routing preferences go into the extra body as a &quot;provider&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OfoxAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key in the OfoxAI console. Models are named provider/model, e.g. openai/gpt-4o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Ollama and pull a model first (ollama pull llama3.2). No key needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start llama-server with a model (-m model.gguf). No key unless you started it with --api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local server in LM Studio&apos;s Developer tab and load a model. No key needed.</source>
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
    <name>RecorderWidget</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the recording to the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped at the %1 limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteImageLoader</name>
    <message>
        <source>not an image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t read the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream events with their times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: timing and usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes sent; base64 data shortened here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full again in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(streamed: see the Stream tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response was not a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more events not kept</source>
        <translation>
            <numerusform>… %n more events not kept</numerusform>
            <numerusform>… %n more events not kept</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(counted from %n chunks)</source>
        <translation>
            <numerusform>(counted from %n chunks)</numerusform>
            <numerusform>(counted from %n chunks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa retried this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseFormatEditor</name>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response format type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict schema adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model follows the schema exactly (a subset of JSON Schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name must be 1–64 letters, digits, underscores or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this schema under its name (replacing one of the same name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved schema (the editor keeps it: Save brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict mode may refuse this schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the answer is free text, any JSON object or JSON following a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name sent with the schema and used to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Schema the answer must follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaLibrary</name>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); fix or remove it to save schemas again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Internal error: the keychain needs a running Qt application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for a password; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled because Kaiwa is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRegistry</name>
    <message>
        <source>The conversation is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show images from the web in answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale images down to a long side of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown images in answers are downloaded from their sites, which can see your address. Off: they are shown as links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale images down to a long side of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to run a local command for tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each call gets a Run button: the command reads the call as JSON on its standard input, and what it prints is put in the answer for you to check before sending. Nothing runs unless you press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. python3 /home/me/tools.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool &amp;command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Kaiwa&apos;s windows; it changes at once, without a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels on their long side before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files larger than this are refused as attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenAnswerEditor</name>
    <message>
        <source>Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an audio-capable model (gpt-4o-audio-preview and similar) to answer aloud as well; the transcript is shown as the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers stream only in pcm16 (Kaiwa saves it as WAV); OpenAI refuses other formats while streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice a spoken answer is read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio format the spoken answer arrives in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopEditor</name>
    <message>
        <source>Stop sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequence %1 (\n for a line break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one stop sequence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Could not find unfinished answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the conversation database for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the conversation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list of open windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then what the user can do (the advice sentence)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an action sentence (&quot;Could not save a message.&quot;), then a cause sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SQLite says: %2.</source>
        <comment>a message, then SQLite&apos;s own English error text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <comment>in place of a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa did not change the file and your open conversation is still in memory; copy the file somewhere safe, then move it away (or restore a %1.bak-… copy) and start Kaiwa again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file and its folder writable for your user (or move them off read-only media) and try again; nothing in memory was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on that disk and try again; the conversation stays in memory until it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other Kaiwa windows or programs that use this file, then try again; nothing in memory was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and are writable for your user, then start Kaiwa again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not fit the database&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in Kaiwa; please report it. The data is still in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the conversation database %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is connected and working, then try again; the conversation stays in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the arriving answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the active branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredCompletionModel</name>
    <message>
        <source>Prompt %1 · completion %2 · total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata key cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such stored completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredCompletions</name>
    <message>
        <source>An export is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to use stored completions with this key (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stored completion does not exist (any more) (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Kaiwa&apos;s sentence, then the server&apos;s own message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n s.</source>
        <translation>
            <numerusform>Rate limited (HTTP 429): try again in %n s.</numerusform>
            <numerusform>Rate limited (HTTP 429): try again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n min.</source>
        <translation>
            <numerusform>Rate limited (HTTP 429): try again in %n min.</numerusform>
            <numerusform>Rate limited (HTTP 429): try again in %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredCompletionsWindow</name>
    <message>
        <source>Delete Stored Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored completion(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n stored completion from the server? This cannot be undone.</numerusform>
            <numerusform>Delete %n stored completions from the server? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n completion(s)…</source>
        <translation>
            <numerusform>Deleting %n completion…</numerusform>
            <numerusform>Deleting %n completions…</numerusform>
        </translation>
    </message>
    <message>
        <source>not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stored completion(s).</source>
        <translation>
            <numerusform>Deleted %n stored completion.</numerusform>
            <numerusform>Deleted %n stored completions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 could not be deleted (see Problems below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Stored Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stored completion(s) to %1.</source>
        <translation>
            <numerusform>Exported %n stored completion to %1.</numerusform>
            <numerusform>Exported %n stored completions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 as a conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 as a conversation in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected completion as a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with single completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored completions cannot be changed. Open this one as a conversation to edit or continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored Completions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored completion(s) loaded</source>
        <translation>
            <numerusform>%n stored completion loaded</numerusform>
            <numerusform>%n stored completions loaded</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · more when you scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose stored completions are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions the server kept; select one to see its messages and metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredDetailPane</name>
    <message>
        <source>Messages of the selected completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completion selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stored completion to see its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredFilterBar</name>
    <message>
        <source>&amp;Apply Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata, e.g. app=kaiwa, user=alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only completions whose metadata has every one of these key=value pairs, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key=value pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest or oldest completions first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredMetadataPanel</name>
    <message>
        <source>Add Pa&amp;ir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata of the selected completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a metadata pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected metadata pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the metadata to the saved pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored completion can have at most %1 metadata pairs: remove one before adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and value pairs; edit them, then Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>subject: %1
issuer: %2
valid from %3 to %4
SHA-256: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsTrustBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the certificate message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the server of “%1” was refused (%2): %3, SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of this profile will accept this one certificate despite its errors; no other certificate and no other profile is affected. You can revoke it under File ▸ Profiles ▸ Network and TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolAnswerPanel</name>
    <message>
        <source>Answer every call before sending: %1 (%2) has no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command for %1 is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The command finished but printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the command; check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON; it will be sent as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer called %n tool(s): give each call its result</source>
        <translation>
            <numerusform>The answer called %n tool: give each call its result</numerusform>
            <numerusform>The answer called %n tools: give each call its result</numerusform>
        </translation>
    </message>
    <message>
        <source>Or write a message below to go on without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the tool results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter in a result field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Arguments are not valid JSON:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 returned (text or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 with arguments %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local command for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the command set in Settings with this call on its standard input; its output is put here for you to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCalls</name>
    <message>
        <source>the message has no tool calls to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call %1 to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 (%2) has no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolChoiceEditor</name>
    <message>
        <source>Tool choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not among the tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model decides whether to call a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model answers without calling a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model calls one or more tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model calls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 (not among the tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not among the tools: the server refuses this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which one it must call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>The command did not finish within %n second and was stopped.</numerusform>
            <numerusform>The command did not finish within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command wrote more than %1 MB and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>strict mode may refuse %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does and when to call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a function tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a function template to the list, to fill in and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these tools from the next request on (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tools can&apos;t be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tool field and is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text a valid JSON list first; the function is added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>%n tool: %1</numerusform>
            <numerusform>%n tools: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied yet: Apply (Ctrl+Return) sends these tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited, not applied: the tools above are still sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a list of tools, or press “Add function”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools must be a list: put the tool in [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools must hold at least one tool (the API refuses an empty list); switch tools off to send none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 1–64 letters, digits, underscores or dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is already the name of tools[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools the model may call, as the JSON array the API takes; Ctrl+Return applies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wav</name>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV format chunk is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file is not PCM (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV format chunk is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV data comes before its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file has no data chunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kaiwa-cli</name>
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
        <source>no profile named &quot;%1&quot; (see: kaiwa-cli profile list)</source>
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
        <source>the key was not saved: no system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the key of %1 in the system keychain</source>
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
        <source>--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)</source>
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
    <message>
        <source>--proxy must be system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (never a password: it goes to the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the proxy password of %1 in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile command &quot;%1&quot; (list, add, remove, set-key, set-proxy-password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file name, %2 what is wrong in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[tool call %1] %2 %3</source>
        <extracomment>%1 the call&apos;s id, %2 the function&apos;s name, %3 its JSON arguments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2 (see: kaiwa-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; its subcommands are: %3 (see: kaiwa-cli help %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (see: kaiwa-cli help %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see: kaiwa-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2 (see: kaiwa-cli help %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Continuing without an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <extracomment>The name of the profile made from command-line options (shown in error messages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 s</source>
        <extracomment>%1 why the request failed, %2 the retry&apos;s number, %3 seconds until it starts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>Prefix of every error line on standard error: &quot;kaiwa-cli: error: …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>Prefix of a warning line on standard error: &quot;kaiwa-cli: warning: …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kaiwa-cli help</name>
    <message>
        <source>List the model ids the server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the models of the server (GET /models), one id per line. With --output json, prints the server&apos;s answer as it came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a chat completion and stream the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a Chat Completions request and prints choice 0 of the answer as it streams in. With --output json, prints one chat.completion assembled from the stream (with --no-stream, the server&apos;s object). Tool calls are printed as &quot;[tool call ID] NAME ARGUMENTS&quot;.

The model comes from --model or the profile&apos;s default model. Ctrl+C stops the request and keeps the partial answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user message: the words after chat, or standard input when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a legacy text completion (/completions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a legacy Completions request (POST /completions) and prints the text as it streams in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to continue: the words after complete, or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions stored on the server (chat --store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, shows, updates and deletes the chat completions that the server stored because the request had store: true (kaiwa-cli chat --store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List stored completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists stored completions, one per line: id, creation time (UTC), model and metadata. --model and --metadata filter; --all follows every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one stored completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the id, model and metadata of a stored completion, then the text of its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion&apos;s id (chatcmpl-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the request messages of a stored completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the messages of the request that produced a stored completion, one &quot;role: text&quot; line each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the metadata of a stored completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the metadata of a stored completion to the --metadata pairs given; the server replaces the whole map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a stored completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a stored completion from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved provider profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the provider profiles that kaiwa-cli and the Kaiwa app share. A profile keeps everything but its secrets in profiles.ini; the API key and the proxy password go to the OS keychain and are read from standard input, never from the command line. Use a profile with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the saved profiles, one per line: name, provider, base URL and default model. With --output json, every setting of each profile (never the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a profile, or change a saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the profile NAME with the options given. For a profile that exists, the options given replace its settings and the others stay; --provider starts again from that provider&apos;s defaults. Then set its key with profile set-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a profile and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the profile, its key and its proxy password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a profile&apos;s API key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the API key from standard input and stores it in the OS keychain (the Secret Service on Linux). Without a keychain, nothing is stored and the exit status is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a profile&apos;s proxy password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the password of the profile&apos;s proxy user (profile add sets the proxy) from standard input and stores it in the OS keychain, never in profiles.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, searches, exports and imports the conversations of the Kaiwa app (and of chat --save). They are local: no server is contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the conversations, one per line: id, last change (UTC) and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the text of every message, in any language (one character is enough). Prints conversation id, message id, title and a snippet per hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to find (the rest of the line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print conversations as JSON or Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the conversations as Kaiwa JSON (lossless, attachments included), or one conversation as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation ids (default: all; exactly one for Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Kaiwa JSON or a ChatGPT export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a Kaiwa JSON export or a ChatGPT conversations.json, all in one transaction: nothing is imported when the file has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the help of a command or subcommand, or this overview without one. &quot;kaiwa-cli COMMAND --help&quot; does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command, and for a group one of its subcommands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the keychain failed; 2 usage error; 3 API error (an HTTP error status or an error in the stream); 4 network error, timeout, or a stream that ended early. On 3 and 4, standard output keeps what arrived and standard error has one line &quot;kaiwa-cli: error: ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the conversation database, the profile file or the keychain failed; 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success; 2 unknown command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks to any OpenAI-compatible Chat Completions API, and to the profiles and conversation history it shares with the Kaiwa app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options (models, chat, complete, stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options may come anywhere on the line. &quot;kaiwa-cli help COMMAND&quot; (or &quot;kaiwa-cli COMMAND --help&quot;) shows a command&apos;s own options, arguments and examples; &quot;man kaiwa-cli&quot; has everything.

The API key comes from the OS keychain (--profile) or from $KAIWA_API_KEY or $OPENAI_API_KEY; it is never accepted on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of its subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options: %1 (see: kaiwa-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;kaiwa-cli help %1 SUBCOMMAND&quot; for the options and examples of a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help (for a command: its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json: the server&apos;s JSON, or one JSON document for local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openai (default), azure-openai, azure-inference, gateway or local: sets the authentication and URL style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from this environment variable instead of KAIWA_API_KEY or OPENAI_API_KEY (also instead of the keychain with --profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The api-version query parameter (Azure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain); the options above override its settings for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx before any answer arrived (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (default), none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT; the password comes from the keychain (profile set-proxy-password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of CA certificates trusted besides the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM client certificate (mutual TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its PEM private key (without a passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint that the server&apos;s certificate or its CA must have (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this one certificate despite its TLS errors (SHA-256, repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id or Azure deployment (chat, complete: default from the profile; stored list: only this model&apos;s; profile add: the profile&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT (the API&apos;s own message format).</source>
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
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable), e.g. temperature=0.2.</source>
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
        <source>Also save the exchange in Kaiwa&apos;s conversation history (a text prompt only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata pair (repeatable): sent with chat, a filter for stored list, the new map for stored update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that follows the completion.</source>
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
        <source>Start after this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow every page and print them as one list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the key is sent: bearer, api-key, both or none (default: the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the token-limit field: max_completion_tokens or max_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object merged into every request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the extra-parameters header (Azure AI inference: pass-through, drop or error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default) or markdown (one conversation).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
