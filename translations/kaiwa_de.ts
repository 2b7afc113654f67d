<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped: %1</source>
        <translation>Antwort abgebrochen: %1</translation>
    </message>
    <message>
        <source>the answer was interrupted</source>
        <translation>die Antwort wurde unterbrochen</translation>
    </message>
    <message>
        <source>Answer finished: %1</source>
        <translation>Antwort fertig: %1</translation>
    </message>
    <message>
        <source>Answer finished: the model calls %1</source>
        <translation>Antwort fertig: Das Modell ruft %1 auf</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>Antwort fertig</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API-Fehler</translation>
    </message>
    <message>
        <source>stream ended early</source>
        <translation>Stream vorzeitig beendet</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>Schlüsselbundfehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>Aufruffehler</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <comment>an error kind, then a status</comment>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error label, then the message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a message, then the server&apos;s error code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [request %2]</source>
        <comment>a message, then the request id</comment>
        <translation>%1 [Anfrage %2]</translation>
    </message>
    <message>
        <source>the server refused the request as malformed</source>
        <translation>der Server hat die Anfrage als fehlerhaft abgelehnt</translation>
    </message>
    <message>
        <source>the API key was refused; check it in the profile</source>
        <translation>der API-Schlüssel wurde abgelehnt; prüfen Sie ihn im Profil</translation>
    </message>
    <message>
        <source>this key may not use this model or endpoint</source>
        <translation>dieser Schlüssel darf dieses Modell oder diesen Endpunkt nicht verwenden</translation>
    </message>
    <message>
        <source>not found; check the profile&apos;s base URL and the model name</source>
        <translation>nicht gefunden; prüfen Sie die Basis-URL des Profils und den Modellnamen</translation>
    </message>
    <message>
        <source>the server gave up waiting for the request</source>
        <translation>der Server hat das Warten auf die Anfrage aufgegeben</translation>
    </message>
    <message>
        <source>the request conflicts with the server&apos;s state; try again</source>
        <translation>die Anfrage steht im Konflikt mit dem Zustand des Servers; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the request is too large for the server</source>
        <translation>die Anfrage ist zu groß für den Server</translation>
    </message>
    <message>
        <source>too many requests; wait and try again</source>
        <translation>zu viele Anfragen; warten Sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the server failed with an internal error</source>
        <translation>auf dem Server ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>a gateway in between got no valid answer from the server</source>
        <translation>ein zwischengeschaltetes Gateway hat keine gültige Antwort vom Server erhalten</translation>
    </message>
    <message>
        <source>the service is unavailable or overloaded; try again later</source>
        <translation>der Dienst ist nicht verfügbar oder überlastet; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>a gateway in between timed out waiting for the server</source>
        <translation>ein zwischengeschaltetes Gateway hat beim Warten auf den Server das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the server redirected the request</source>
        <translation>der Server hat die Anfrage umgeleitet</translation>
    </message>
    <message>
        <source>the server gave no message</source>
        <translation>der Server hat keine Meldung geliefert</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?)</source>
        <translation>der Server hat mit einer HTML-Seite statt mit JSON geantwortet (ein Proxy oder Gateway dazwischen?)</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?): %1</source>
        <translation>der Server hat mit einer HTML-Seite statt mit JSON geantwortet (ein Proxy oder Gateway dazwischen?): %1</translation>
    </message>
    <message>
        <source>an error occurred during streaming</source>
        <translation>beim Streamen ist ein Fehler aufgetreten</translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation>Gespeicherten API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s key from the system keychain</source>
        <translation>Den Schlüssel dieses Profils aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API-Schlüssel ausblenden</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>•••••••• (gespeichert)</translation>
    </message>
    <message>
        <source>No key needed for most local servers. A key you enter is stored in the system keychain.</source>
        <translation>Die meisten lokalen Server benötigen keinen Schlüssel. Ein eingegebener Schlüssel wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No key stored yet. It will be stored in the system keychain.</source>
        <translation>Noch kein Schlüssel gespeichert. Er wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain, never in Kaiwa&apos;s settings.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert, niemals in den Einstellungen von Kaiwa.</translation>
    </message>
    <message>
        <source>Keys are kept in memory only and are forgotten when Kaiwa quits.</source>
        <translation>Schlüssel werden nur im Arbeitsspeicher gehalten und beim Beenden von Kaiwa vergessen.</translation>
    </message>
    <message>
        <source>The secret key the service gave you; it is kept in the system keychain, not in a file</source>
        <translation>Der geheime Schlüssel, den Ihnen der Dienst gegeben hat; er wird im Schlüsselbund des Systems gespeichert, nicht in einer Datei</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>seit %1 s keine Daten vom Server</translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n s)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1 (in %n s erneut versuchen)</numerusform>
            <numerusform>%1 (in %n s erneut versuchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n min)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1 (in %n min erneut versuchen)</numerusform>
            <numerusform>%1 (in %n min erneut versuchen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server redirected the request to %1; Kaiwa does not follow redirects, so the API key was not sent there. If that address is right, make it the profile&apos;s base URL.</source>
        <translation>der Server hat die Anfrage an %1 umgeleitet; Kaiwa folgt keinen Umleitungen, daher wurde der API-Schlüssel nicht dorthin gesendet. Wenn diese Adresse stimmt, machen Sie sie zur Basis-URL des Profils.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The conversation history could not be opened, so this session is not saved. %1</source>
        <translation>Der Unterhaltungsverlauf konnte nicht geöffnet werden, daher wird diese Sitzung nicht gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation>%1 ist %2 groß; Dateien bis %3 können angehängt werden.</translation>
    </message>
    <message>
        <source>Scaled from %1 × %2 to %3 × %4</source>
        <translation>Von %1 × %2 auf %3 × %4 verkleinert</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files inside it.</source>
        <translation>%1 ist ein Ordner; hängen Sie die darin enthaltenen Dateien an.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The data URL is not base64-encoded image data.</source>
        <translation>Die Data-URL enthält keine base64-kodierten Bilddaten.</translation>
    </message>
    <message>
        <source>The data URL&apos;s base64 is damaged.</source>
        <translation>Das base64 der Data-URL ist beschädigt.</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address of an image.</source>
        <translation>%1 ist keine http(s)-Adresse eines Bildes.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>Audio %1 (%2)</source>
        <translation>Audio %1 (%2)</translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation>Audio %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detailgrad: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detailgrad</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Low (faster, cheaper)</source>
        <translation>Niedrig (schneller, günstiger)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Backspace or Delete removes the selected attachment</source>
        <translation>Rücktaste oder Entf entfernt den ausgewählten Anhang</translation>
    </message>
</context>
<context>
    <name>AudioConverter</name>
    <message>
        <source>%1 could not be converted: decoding took too long.</source>
        <translation>%1 konnte nicht umgewandelt werden: Das Dekodieren hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio files.</source>
        <translation>%1 ist %2 MB groß und überschreitet die Grenze von %3 MB für Audiodateien.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio sent to the model.</source>
        <translation>%1 ist %2 MB groß und überschreitet die Grenze von %3 MB für Audio, das an das Modell gesendet wird.</translation>
    </message>
    <message>
        <source>%1 is not audio: it looks like %2.</source>
        <translation>%1 ist kein Audio: Es sieht aus wie %2.</translation>
    </message>
    <message>
        <source>%1 could not be converted: this system has no audio decoder. Attach a WAV or MP3 file instead.</source>
        <translation>%1 konnte nicht umgewandelt werden: Auf diesem System ist kein Audio-Decoder vorhanden. Hängen Sie stattdessen eine WAV- oder MP3-Datei an.</translation>
    </message>
    <message>
        <source>the sample rate changes in the middle</source>
        <translation>die Abtastrate ändert sich mittendrin</translation>
    </message>
    <message>
        <source>%1 is too long: converted to WAV it would be over %2 MB (about %3 minutes).</source>
        <translation>%1 ist zu lang: In WAV umgewandelt wäre es größer als %2 MB (etwa %3 Minuten).</translation>
    </message>
    <message>
        <source>%1 could not be converted: it contains no sound the decoder could read.</source>
        <translation>%1 konnte nicht umgewandelt werden: Es enthält keinen Ton, den der Decoder lesen konnte.</translation>
    </message>
    <message>
        <source>%1 is not a sound file Kaiwa can read (%2).</source>
        <translation>%1 ist keine Audiodatei, die Kaiwa lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1 could not be decoded as audio (%2).</source>
        <translation>%1 konnte nicht als Audio dekodiert werden (%2).</translation>
    </message>
</context>
<context>
    <name>AudioLevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
</context>
<context>
    <name>AudioPlayerWidget</name>
    <message>
        <source>Save Audio</source>
        <translation>Audio speichern</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position and duration</source>
        <translation>Position und Dauer</translation>
    </message>
    <message>
        <source>Save audio as…</source>
        <translation>Audio speichern unter …</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>This audio cannot be played here: %1</source>
        <translation>Dieses Audio kann hier nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3-Audio (*.mp3)</translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation>Audio (*.%1)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Where playback is; move it to jump</source>
        <translation>Wiedergabeposition; verschieben, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one, or check that the system&apos;s sound settings can see it.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an oder prüfen Sie, ob es in den Audio-Einstellungen des Systems erkannt wird.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or Kaiwa may not be allowed to use it (see the system&apos;s privacy or sound settings).</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden. Möglicherweise wird es von einem anderen Programm verwendet oder Kaiwa darf es nicht verwenden (siehe Datenschutz- oder Audio-Einstellungen des Systems).</translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation>Das Mikrofon funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>What was recorded until then is kept.</source>
        <translation>Was bis dahin aufgenommen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. What was recorded until then is kept.</source>
        <translation>Das Mikrofon wurde getrennt. Was bis dahin aufgenommen wurde, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ChatAccumulator</name>
    <message>
        <source>the stream ended in the middle of an event</source>
        <translation>der Stream endete mitten in einem Ereignis</translation>
    </message>
    <message>
        <source>malformed JSON in the stream: %1</source>
        <translation>fehlerhaftes JSON im Stream: %1</translation>
    </message>
    <message>
        <source>the server sent choice index %1, outside 0…%2</source>
        <translation>der Server hat den Variantenindex %1 gesendet, außerhalb von 0…%2</translation>
    </message>
    <message numerus="yes">
        <source>the server sent tool call index %1; Kaiwa accepts at most %n calls</source>
        <translation>
            <numerusform>der Server hat den Werkzeugaufruf-Index %1 gesendet; Kaiwa akzeptiert höchstens %n Aufruf</numerusform>
            <numerusform>der Server hat den Werkzeugaufruf-Index %1 gesendet; Kaiwa akzeptiert höchstens %n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server sent more than %n tool calls</source>
        <translation>
            <numerusform>der Server hat mehr als %n Werkzeugaufruf gesendet</numerusform>
            <numerusform>der Server hat mehr als %n Werkzeugaufrufe gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the stream ended before any answer arrived</source>
        <translation>der Stream endete, bevor eine Antwort eintraf</translation>
    </message>
    <message>
        <source>the stream ended before choice %1 finished</source>
        <translation>der Stream endete, bevor Variante %1 fertig war</translation>
    </message>
    <message numerus="yes">
        <source>the stream ended after %1 of %n choices</source>
        <translation>
            <numerusform>der Stream endete nach %1 von %n Variante</numerusform>
            <numerusform>der Stream endete nach %1 von %n Varianten</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation>die Antwort des Servers ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message numerus="yes">
        <source>metadata has %1 pairs; at most %n are allowed</source>
        <translation>
            <numerusform>metadata enthält %1 Paare; erlaubt ist höchstens %n</numerusform>
            <numerusform>metadata enthält %1 Paare; erlaubt sind höchstens %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata key &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>der metadata-Schlüssel „%1“ ist länger als %n Zeichen</numerusform>
            <numerusform>der metadata-Schlüssel „%1“ ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata value of &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>der metadata-Wert von „%1“ ist länger als %n Zeichen</numerusform>
            <numerusform>der metadata-Wert von „%1“ ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>messages must contain at least one message</source>
        <translation>messages muss mindestens eine Nachricht enthalten</translation>
    </message>
    <message numerus="yes">
        <source>safety_identifier is longer than %n characters</source>
        <translation>
            <numerusform>safety_identifier ist länger als %n Zeichen</numerusform>
            <numerusform>safety_identifier ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>stream_options is only allowed with stream: true</source>
        <translation>stream_options ist nur mit stream: true erlaubt</translation>
    </message>
    <message>
        <source>top_logprobs requires logprobs: true</source>
        <translation>top_logprobs erfordert logprobs: true</translation>
    </message>
    <message>
        <source>audio output parameters need &quot;audio&quot; in modalities</source>
        <translation>Parameter für die Audioausgabe erfordern &quot;audio&quot; in modalities</translation>
    </message>
    <message>
        <source>the audio modality needs audio: {voice, format}</source>
        <translation>die audio-Modalität erfordert audio: {voice, format}</translation>
    </message>
    <message>
        <source>%1.voice must be a voice name or {&quot;id&quot;: …}</source>
        <translation>%1.voice muss ein Stimmenname oder {&quot;id&quot;: …} sein</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of text parts</source>
        <translation>%1.content muss eine Zeichenkette oder eine Liste von Textteilen sein</translation>
    </message>
    <message>
        <source>parameter name is empty</source>
        <translation>der Parametername ist leer</translation>
    </message>
    <message>
        <source>prompt is required</source>
        <translation>prompt ist erforderlich</translation>
    </message>
    <message>
        <source>best_of cannot be used with stream: true</source>
        <translation>best_of kann nicht mit stream: true verwendet werden</translation>
    </message>
    <message>
        <source>best_of must not be less than n</source>
        <translation>best_of darf nicht kleiner als n sein</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1.type must be one of text, image_url, input_audio, file, refusal</source>
        <translation>%1.type muss text, image_url, input_audio, file oder refusal sein</translation>
    </message>
    <message>
        <source>%1.type must be function or custom</source>
        <translation>%1.type muss function oder custom sein</translation>
    </message>
    <message>
        <source>%1.role must be one of developer, system, user, assistant, tool, function</source>
        <translation>%1.role muss developer, system, user, assistant, tool oder function sein</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content muss eine Zeichenkette oder eine Liste von Teilen sein</translation>
    </message>
    <message>
        <source>%1 must be none, auto, required or an object</source>
        <translation>%1 muss none, auto, required oder ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.mode must be auto or required</source>
        <translation>%1.mode muss auto oder required sein</translation>
    </message>
    <message>
        <source>%1 must be none, auto or {&quot;name&quot;: …}</source>
        <translation>%1 muss none, auto oder {&quot;name&quot;: …} sein</translation>
    </message>
    <message>
        <source>%1.type must be text, json_object or json_schema</source>
        <translation>%1.type muss text, json_object oder json_schema sein</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>an answer is still arriving</source>
        <translation>es trifft noch eine Antwort ein</translation>
    </message>
    <message>
        <source>that message cannot be edited now</source>
        <translation>diese Nachricht kann jetzt nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>that answer cannot be regenerated now</source>
        <translation>diese Antwort kann jetzt nicht neu generiert werden</translation>
    </message>
    <message>
        <source>only the last answer can be continued</source>
        <translation>nur die letzte Antwort kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>only the last answer&apos;s calls can be answered</source>
        <translation>nur die Aufrufe der letzten Antwort können beantwortet werden</translation>
    </message>
    <message>
        <source>no provider profile is chosen for this conversation</source>
        <translation>für diese Unterhaltung ist kein Anbieterprofil ausgewählt</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the server&apos;s answer is larger than 256 MiB</source>
        <translation>die Antwort des Servers ist größer als 256 MiB</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 MiB</source>
        <translation>eine Zeile des Streams ist länger als %1 MiB</translation>
    </message>
    <message>
        <source>an event of the stream is larger than %1 MiB</source>
        <translation>ein Ereignis des Streams ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message numerus="yes">
        <source>Compare %n choice(s)</source>
        <translation>
            <numerusform>%n Variante vergleichen</numerusform>
            <numerusform>%n Varianten vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Variante %1 von %2</translation>
    </message>
    <message>
        <source>%1 (the conversation follows this one)</source>
        <translation>%1 (die Unterhaltung setzt diese fort)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n Zeichen</numerusform>
            <numerusform>%1 · %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Continue with choice %1</source>
        <translation>Mit Variante %1 fortfahren</translation>
    </message>
</context>
<context>
    <name>ClientPool</name>
    <message>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Anbieterprofil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach images, audio or a PDF (or paste or drop them here)</source>
        <translation>Bilder, Audio oder ein PDF anhängen (oder hier einfügen bzw. ablegen)</translation>
    </message>
    <message>
        <source>Record audio</source>
        <translation>Audio aufnehmen</translation>
    </message>
    <message>
        <source>Record a voice message from the microphone</source>
        <translation>Eine Sprachnachricht mit dem Mikrofon aufnehmen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Kaiwa … (Eingabetaste zum Senden, Umschalt+Eingabetaste für neue Zeile)</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Ctrl+Enter to send, Enter for a new line)</source>
        <translation>Nachricht an Kaiwa … (Strg+Eingabetaste zum Senden, Eingabetaste für neue Zeile)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Nachricht senden (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images, audio and PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;All files (*)</source>
        <translation>Bilder, Audio und PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Image from URL</source>
        <translation>Bild von URL</translation>
    </message>
    <message>
        <source>Address of the image (https://…):</source>
        <translation>Adresse des Bildes (https://…):</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien …</translation>
    </message>
    <message>
        <source>Image from URL…</source>
        <translation>Bild von URL …</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Als reinen Text einfügen</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>Aufnahme %1.wav</translation>
    </message>
    <message>
        <source>The message to send; drop or paste images, audio and PDF files here to attach them</source>
        <translation>Die zu sendende Nachricht; legen Sie Bilder, Audio- und PDF-Dateien hier ab oder fügen Sie sie ein, um sie anzuhängen</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Say &amp;hello</source>
        <translation>&amp;Hallo sagen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>Diesem Zertifikat &amp;vertrauen …</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the server for its models (GET /models)</source>
        <translation>Den Server nach seinen Modellen fragen (GET /models)</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>Hallo sagen</translation>
    </message>
    <message>
        <source>Send a tiny chat request to the default model and show the answer</source>
        <translation>Eine kleine Chat-Anfrage an das Standardmodell senden und die Antwort anzeigen</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Trust the refused certificate for this profile</source>
        <translation>Dem abgelehnten Zertifikat für dieses Profil vertrauen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>The server&apos;s answer appears here.</source>
        <translation>Die Antwort des Servers erscheint hier.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt …</translation>
    </message>
    <message>
        <source>Saying hello to %1…</source>
        <translation>%1 wird begrüßt …</translation>
    </message>
    <message>
        <source>Connected. %1 answered:
%2</source>
        <translation>Verbunden. %1 hat geantwortet:
%2</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation>(eine leere Antwort)</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Verbunden. Der Server bietet %n Modell an.</numerusform>
            <numerusform>Verbunden. Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Check the API key and the auth style.</source>
        <translation>Prüfen Sie den API-Schlüssel und die Authentifizierungsart.</translation>
    </message>
    <message>
        <source>This server may have no /models route (Azure deployments); set a default model and try Say hello.</source>
        <translation>Dieser Server hat möglicherweise keine /models-Route (Azure-Bereitstellungen); legen Sie ein Standardmodell fest und versuchen Sie „Hallo sagen“.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Trust it only if you know this is your server&apos;s certificate (compare the fingerprint).</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie sicher sind, dass dies das Zertifikat Ihres Servers ist (vergleichen Sie den Fingerabdruck).</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot send the request: %1</source>
        <translation>Die Anfrage kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>Audio:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Tool call `%1` (`%2`):</source>
        <translation>Werkzeugaufruf `%1` (`%2`):</translation>
    </message>
    <message>
        <source>%1 out (%2 reasoning)</source>
        <translation>%1 Ausgabe (%2 Reasoning)</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 Ausgabe</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 · %3 total</source>
        <translation>Token: %1 Eingabe · %2 · %3 gesamt</translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Variante %1 von %2</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Result of `%1`:</source>
        <translation>Ergebnis von `%1`:</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transkript:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Interrupted:</source>
        <translation>Unterbrochen:</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>model `%1`</source>
        <translation>Modell `%1`</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Unknown part type &quot;%1&quot;.</source>
        <translation>Unbekannter Teiltyp „%1“.</translation>
    </message>
    <message>
        <source>Every message needs a positive id.</source>
        <translation>Jede Nachricht benötigt eine positive ID.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unbekannte Rolle „%1“.</translation>
    </message>
    <message>
        <source>activeChoice %1 is not one of the message&apos;s choices.</source>
        <translation>activeChoice %1 ist keine der Varianten dieser Nachricht.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>The attachment&apos;s data is not valid base64.</source>
        <translation>Die Daten des Anhangs sind kein gültiges base64.</translation>
    </message>
    <message>
        <source>The attachment&apos;s data has the SHA-256 %1, not the one it is filed under.</source>
        <translation>Die Daten des Anhangs haben den SHA-256 %1, nicht den, unter dem sie abgelegt sind.</translation>
    </message>
    <message>
        <source>Another message has the id %1 already.</source>
        <translation>Eine andere Nachricht hat bereits die ID %1.</translation>
    </message>
    <message>
        <source>Refers to an attachment that the file does not hold.</source>
        <translation>Verweist auf einen Anhang, den die Datei nicht enthält.</translation>
    </message>
    <message>
        <source>Refers to message %1, which is not in this conversation.</source>
        <translation>Verweist auf Nachricht %1, die nicht in dieser Unterhaltung ist.</translation>
    </message>
    <message>
        <source>Message %1 is its own ancestor: the parents form a cycle.</source>
        <translation>Nachricht %1 ist ihr eigener Vorfahre: Die Eltern bilden einen Zyklus.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>Die Unterhaltung hat keine „messages“-Liste.</translation>
    </message>
    <message>
        <source>This is neither a Kaiwa export nor a ChatGPT conversations.json.</source>
        <translation>Dies ist weder ein Kaiwa-Export noch eine ChatGPT-conversations.json.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;kaiwa.conversations&quot;.</source>
        <translation>Erwartet wurde ein JSON-Objekt mit &quot;format&quot;: &quot;kaiwa.conversations&quot;.</translation>
    </message>
    <message>
        <source>This is not a Kaiwa conversations file (format &quot;%1&quot;).</source>
        <translation>Dies ist keine Kaiwa-Unterhaltungsdatei (Format „%1“).</translation>
    </message>
    <message>
        <source>The file has format version %1, made by a newer Kaiwa; this one reads up to version %2.</source>
        <translation>Die Datei hat die Formatversion %1 und stammt von einem neueren Kaiwa; diese Version liest bis Version %2.</translation>
    </message>
    <message>
        <source>The format version is missing or not valid.</source>
        <translation>Die Formatversion fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation>Die Datei hat keine „conversations“-Liste.</translation>
    </message>
    <message>
        <source>[Image %1: not included in conversations.json]</source>
        <translation>[Bild %1: nicht in conversations.json enthalten]</translation>
    </message>
    <message>
        <source>[Audio %1: not included in conversations.json]</source>
        <translation>[Audio %1: nicht in conversations.json enthalten]</translation>
    </message>
    <message>
        <source>[%1 %2: not included in conversations.json]</source>
        <translation>[%1 %2: nicht in conversations.json enthalten]</translation>
    </message>
    <message>
        <source>[Content of type &quot;%1&quot; that Kaiwa cannot show]</source>
        <translation>[Inhalt vom Typ „%1“, den Kaiwa nicht anzeigen kann]</translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation>Die Nachricht hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>Refers to node &quot;%1&quot;, which is not in the mapping.</source>
        <translation>Verweist auf Knoten „%1“, der nicht im Mapping enthalten ist.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is its own ancestor: the parents form a cycle.</source>
        <translation>Knoten „%1“ ist sein eigener Vorfahre: Die Eltern bilden einen Zyklus.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;mapping&quot; of messages.</source>
        <translation>Die Unterhaltung hat kein „mapping“ der Nachrichten.</translation>
    </message>
    <message>
        <source>A ChatGPT conversations.json holds an array of conversations.</source>
        <translation>Eine ChatGPT-conversations.json enthält ein Array von Unterhaltungen.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Die Datei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>Byte %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet wurde %1, gefunden wurde %2.</translation>
    </message>
</context>
<context>
    <name>ConversationImport::Detail</name>
    <message>
        <source>A log probability can&apos;t be above 0.</source>
        <translation>Eine logarithmische Wahrscheinlichkeit kann nicht größer als 0 sein.</translation>
    </message>
    <message>
        <source>Expected a byte (0 to 255).</source>
        <translation>Erwartet wurde ein Byte (0 bis 255).</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Could not save the conversation; it is kept in memory. %1</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden; sie bleibt im Arbeitsspeicher erhalten. %1</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Eine Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Add a provider profile first: File ▸ Profiles…</source>
        <translation>Fügen Sie zuerst ein Anbieterprofil hinzu: Datei ▸ Profile …</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>with %1 on %2</source>
        <translation>mit %1 auf %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new branch, the original stays.</source>
        <translation>Nachricht wird bearbeitet: Beim Senden entsteht ein neuer Zweig, das Original bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>Wiedergabe schließen</translation>
    </message>
    <message>
        <source>Could not start the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Die Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Could not open the image: %1</source>
        <translation>Das Bild konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not play the audio: %1</source>
        <translation>Das Audio konnte nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>answer-%1</source>
        <translation>antwort-%1</translation>
    </message>
    <message>
        <source>Converted from %1 to WAV</source>
        <translation>Von %1 in WAV umgewandelt</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ConversationRequest</name>
    <message>
        <source>unknown content part</source>
        <translation>unbekannter Inhaltsteil</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung gelöscht</numerusform>
            <numerusform>%n Unterhaltungen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Einen neuen Chat beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Your conversations, pinned first, then the newest; Enter opens one, F2 renames it</source>
        <translation>Ihre Unterhaltungen, angeheftete zuerst, dann die neuesten; Eingabetaste öffnet eine, F2 benennt sie um</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Kaiwa cannot write in the folder %1 that holds its conversation database.</source>
        <translation>Kaiwa kann nicht in den Ordner %1 schreiben, der seine Unterhaltungsdatenbank enthält.</translation>
    </message>
    <message>
        <source>Make that folder writable for your user (or set XDG_DATA_HOME to a writable folder) and start Kaiwa again.</source>
        <translation>Machen Sie diesen Ordner für Ihren Benutzer beschreibbar (oder setzen Sie XDG_DATA_HOME auf einen beschreibbaren Ordner) und starten Sie Kaiwa erneut.</translation>
    </message>
    <message>
        <source>Kaiwa was closed while this answer was arriving.</source>
        <translation>Kaiwa wurde geschlossen, während diese Antwort eintraf.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database is not open.</source>
        <translation>Die Unterhaltungsdatenbank von Kaiwa ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Restart Kaiwa; if this persists, check the earlier error about the database file.</source>
        <translation>Starten Sie Kaiwa neu; wenn das Problem bleibt, prüfen Sie den vorherigen Fehler zur Datenbankdatei.</translation>
    </message>
    <message>
        <source>Kaiwa found no folder for its conversation database.</source>
        <translation>Kaiwa hat keinen Ordner für seine Unterhaltungsdatenbank gefunden.</translation>
    </message>
    <message>
        <source>Set HOME (or XDG_DATA_HOME) to a writable folder and start Kaiwa again.</source>
        <translation>Setzen Sie HOME (oder XDG_DATA_HOME) auf einen beschreibbaren Ordner und starten Sie Kaiwa erneut.</translation>
    </message>
    <message>
        <source>Kaiwa cannot create the folder %1 for its conversation database.</source>
        <translation>Kaiwa kann den Ordner %1 für seine Unterhaltungsdatenbank nicht anlegen.</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer version of Kaiwa (schema %2; this version knows up to %3).</source>
        <translation>Die Unterhaltungsdatenbank %1 wurde von einer neueren Version von Kaiwa geschrieben (Schema %2; diese Version kennt Schemas bis %3).</translation>
    </message>
    <message>
        <source>Update Kaiwa to open it; this version did not change the file.</source>
        <translation>Aktualisieren Sie Kaiwa, um sie zu öffnen; diese Version hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>Kaiwa could not copy %1 to %2 before upgrading it (%3).</source>
        <translation>Kaiwa konnte %1 vor der Aktualisierung nicht nach %2 kopieren (%3).</translation>
    </message>
    <message>
        <source>Free some disk space or make the folder writable, then start Kaiwa again; the database was not changed.</source>
        <translation>Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar und starten Sie Kaiwa dann erneut; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Kaiwa could not switch its conversation database %1 to WAL mode (it stays in %2 mode).</source>
        <translation>Kaiwa konnte seine Unterhaltungsdatenbank %1 nicht in den WAL-Modus umschalten (sie bleibt im Modus %2).</translation>
    </message>
    <message>
        <source>Move the file to a local disk (network file systems do not support WAL) and start Kaiwa again.</source>
        <translation>Verschieben Sie die Datei auf einen lokalen Datenträger (Netzwerkdateisysteme unterstützen WAL nicht) und starten Sie Kaiwa erneut.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no attachment %1.</source>
        <translation>Die Unterhaltungsdatenbank von Kaiwa enthält keinen Anhang %1.</translation>
    </message>
    <message>
        <source>The file may have been removed with its last conversation; attach it again.</source>
        <translation>Die Datei wurde möglicherweise mit ihrer letzten Unterhaltung entfernt; hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Attach the file again.</source>
        <translation>Hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>Check or repair the file you imported, then import it again.</source>
        <translation>Prüfen oder reparieren Sie die importierte Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has an attachment whose bytes do not match its hash %3; nothing was imported.</source>
        <translation>Unterhaltung %1 („%2“) des Imports hat einen Anhang, dessen Bytes nicht zu seinem Hash %3 passen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has a message (number %3) whose parent %4 is not an earlier message of the same conversation; nothing was imported.</source>
        <translation>Unterhaltung %1 („%2“) des Imports hat eine Nachricht (Nummer %3), deren Elternnachricht %4 keine frühere Nachricht derselben Unterhaltung ist; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>It may have been deleted in another window; reload the conversation list.</source>
        <translation>Möglicherweise wurde sie in einem anderen Fenster gelöscht; laden Sie die Unterhaltungsliste neu.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no conversation %1.</source>
        <translation>Die Unterhaltungsdatenbank von Kaiwa enthält keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no message %1.</source>
        <translation>Die Unterhaltungsdatenbank von Kaiwa enthält keine Nachricht %1.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation>Als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Select Text</source>
        <translation>Text auswählen</translation>
    </message>
    <message>
        <source>Copy Code Block %1</source>
        <translation>Codeblock %1 kopieren</translation>
    </message>
    <message>
        <source>Hide Reasoning</source>
        <translation>Reasoning ausblenden</translation>
    </message>
    <message>
        <source>Show Reasoning</source>
        <translation>Reasoning anzeigen</translation>
    </message>
    <message>
        <source>Open Image %1</source>
        <translation>Bild %1 öffnen</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Open Image Link (%1)</source>
        <translation>Bildlink öffnen (%1)</translation>
    </message>
    <message>
        <source>Play Spoken Answer</source>
        <translation>Gesprochene Antwort abspielen</translation>
    </message>
    <message>
        <source>Play Audio</source>
        <translation>Audio abspielen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Show Formatted Text</source>
        <translation>Formatierten Text anzeigen</translation>
    </message>
    <message>
        <source>Show Token Probabilities</source>
        <translation>Token-Wahrscheinlichkeiten anzeigen</translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first; the context menu or the actions under a message copy, edit or retry it</source>
        <translation>Die Nachrichten dieser Unterhaltung, älteste zuerst; über das Kontextmenü oder die Aktionen unter einer Nachricht können Sie sie kopieren, bearbeiten oder wiederholen</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Paste your API key; it is stored in the system keychain.</source>
        <translation>Fügen Sie Ihren API-Schlüssel ein; er wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Check the address of your local server.</source>
        <translation>Prüfen Sie die Adresse Ihres lokalen Servers.</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Bereitstellung:</translation>
    </message>
    <message>
        <source>the deployment name from the Azure portal</source>
        <translation>der Bereitstellungsname aus dem Azure-Portal</translation>
    </message>
    <message>
        <source>optional; pick one after testing</source>
        <translation>optional; nach dem Test auswählen</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Wählen Sie zuerst einen Dienst aus.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>Der Name, unter dem das Profil aufgeführt und ausgewählt wird</translation>
    </message>
    <message>
        <source>The Azure resource name, the first part of its endpoint address</source>
        <translation>Der Azure-Ressourcenname, der erste Teil der Endpunktadresse</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>Die Adresse, an die Anfragen gehen, bis einschließlich /v1</translation>
    </message>
    <message>
        <source>The model new conversations start with</source>
        <translation>Das Modell, mit dem neue Unterhaltungen beginnen</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>the profile has no valid base URL</source>
        <translation>das Profil hat keine gültige Basis-URL</translation>
    </message>
    <message>
        <source>a stored completion id is required</source>
        <translation>die ID einer gespeicherten Completion ist erforderlich</translation>
    </message>
    <message>
        <source>Azure OpenAI needs a deployment name: set a model or the profile&apos;s default model</source>
        <translation>Azure OpenAI benötigt einen Bereitstellungsnamen: Legen Sie ein Modell oder das Standardmodell des Profils fest</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Kaiwa</source>
        <translation>Willkommen bei Kaiwa</translation>
    </message>
    <message>
        <source>Kaiwa chats with OpenAI-compatible services: OpenAI, Azure, gateways such as OpenRouter, or a model running on your own computer with Ollama, llama.cpp or LM Studio.

Let&apos;s set up your first connection. It takes a minute; your API key is kept in the system keychain, never in a file.</source>
        <translation>Kaiwa chattet mit OpenAI-kompatiblen Diensten: OpenAI, Azure, Gateways wie OpenRouter oder einem Modell, das mit Ollama, llama.cpp oder LM Studio auf Ihrem eigenen Computer läuft.

Richten wir Ihre erste Verbindung ein. Das dauert nur eine Minute; Ihr API-Schlüssel wird im Schlüsselbund des Systems aufbewahrt, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>Set up Kaiwa</source>
        <translation>Kaiwa einrichten</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the server for its models, or say hello to the model. You can also skip this and press Finish.</source>
        <translation>Fragen Sie den Server nach seinen Modellen oder sagen Sie dem Modell Hallo. Sie können diesen Schritt auch überspringen und auf „Fertigstellen“ klicken.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>a PDF file</source>
        <translation>eine PDF-Datei</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>eine Audiodatei</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>eine Webseite (HTML)</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>eine Videodatei</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for images.</source>
        <translation>%1 ist %2 MB groß und überschreitet die Grenze von %3 MB für Bilder.</translation>
    </message>
    <message>
        <source>%1 is a %2 image, which Kaiwa cannot read: convert it to PNG or JPEG.</source>
        <translation>%1 ist ein %2-Bild, das Kaiwa nicht lesen kann: Wandeln Sie es in PNG oder JPEG um.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but cannot be decoded: the file is damaged or incomplete.</source>
        <translation>%1 sieht aus wie ein %2-Bild, kann aber nicht dekodiert werden: Die Datei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 ist kein Bild.</translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation>%1 ist kein Bild: Es sieht aus wie %2.</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels, too large to decode: reduce it to at most %4 pixels on the long side first.</source>
        <translation>%1 hat %2×%3 Pixel und ist zu groß zum Dekodieren: Verkleinern Sie es zuerst auf höchstens %4 Pixel an der langen Seite.</translation>
    </message>
    <message>
        <source>%1 could not be re-encoded.</source>
        <translation>%1 konnte nicht neu kodiert werden.</translation>
    </message>
    <message>
        <source>%1 is still %2 MB after scaling down, over the %3 MB limit.</source>
        <translation>%1 ist nach dem Verkleinern immer noch %2 MB groß und überschreitet die Grenze von %3 MB.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save the image as</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <source>Can&apos;t show this image: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Copied as curl. Set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) before running it.</source>
        <translation>Als curl kopiert. Setzen Sie OPENAI_API_KEY (oder AZURE_OPENAI_API_KEY), bevor Sie es ausführen.</translation>
    </message>
    <message>
        <source>Save Requests</source>
        <translation>Anfragen speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The requests could not be saved to %1: %2</source>
        <translation>Die Anfragen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recording: %n request(s). Keys are hidden.</source>
        <translation>
            <numerusform>Aufzeichnung: %n Anfrage. Schlüssel werden verborgen.</numerusform>
            <numerusform>Aufzeichnung: %n Anfragen. Schlüssel werden verborgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n request(s) kept until this window closes.</source>
        <translation>
            <numerusform>Pausiert: %n Anfrage bleibt erhalten, bis dieses Fenster geschlossen wird.</numerusform>
            <numerusform>Pausiert: %n Anfragen bleiben erhalten, bis dieses Fenster geschlossen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording. Turn on Record, then send a message.</source>
        <translation>Keine Aufzeichnung. Schalten Sie „Aufzeichnen“ ein und senden Sie dann eine Nachricht.</translation>
    </message>
    <message>
        <source>Request Inspector — Kaiwa</source>
        <translation>Anfrage-Inspektor — Kaiwa</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● &amp;Aufzeichnen</translation>
    </message>
    <message>
        <source>Record the requests Kaiwa sends (off while this is not pressed)</source>
        <translation>Die von Kaiwa gesendeten Anfragen aufzeichnen (aus, solange dies nicht gedrückt ist)</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>Anfragen aufzeichnen</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Save the recorded requests to a JSON file</source>
        <translation>Die aufgezeichneten Anfragen in einer JSON-Datei speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the recorded requests</source>
        <translation>Die aufgezeichneten Anfragen löschen</translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation>Aufgezeichnete Anfragen</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Aufzeichnungsstatus</translation>
    </message>
    <message>
        <source>Requests sent while recording, newest last; select one to see its details</source>
        <translation>Während der Aufzeichnung gesendete Anfragen, neueste zuletzt; wählen Sie eine aus, um ihre Details zu sehen</translation>
    </message>
</context>
<context>
    <name>JsonAnswer</name>
    <message>
        <source>The answer is empty</source>
        <translation>Die Antwort ist leer</translation>
    </message>
    <message>
        <source>%1 (at character %2 of %3)</source>
        <translation>%1 (bei Zeichen %2 von %3)</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of strings</source>
        <translation>%1 muss eine Zeichenkette oder eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 muss ein Objekt mit Zeichenketten als Werten sein</translation>
    </message>
    <message>
        <source>%1 must be an object of whole numbers</source>
        <translation>%1 muss ein Objekt mit ganzen Zahlen als Werten sein</translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server&apos;s answer is not a JSON object (%1)</source>
        <translation>die Antwort des Servers ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object (another JSON value)</source>
        <translation>die Antwort des Servers ist kein JSON-Objekt (ein anderer JSON-Wert)</translation>
    </message>
</context>
<context>
    <name>JsonResultDialog</name>
    <message>
        <source>Expand All</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Antwort als JSON</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Schema violations</source>
        <translation>Schemaverletzungen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Copy the answer as indented JSON</source>
        <translation>Die Antwort als eingerücktes JSON kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>schema “%1” (strict)</source>
        <translation>Schema „%1“ (strict)</translation>
    </message>
    <message>
        <source>schema “%1”</source>
        <translation>Schema „%1“</translation>
    </message>
    <message>
        <source>Valid: the answer matches the %1.</source>
        <translation>Gültig: Die Antwort entspricht dem %1.</translation>
    </message>
    <message numerus="yes">
        <source>The answer breaks the %1 in %n place(s).</source>
        <translation>
            <numerusform>Die Antwort verletzt das %1 an %n Stelle.</numerusform>
            <numerusform>Die Antwort verletzt das %1 an %n Stellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request named schema “%1” but sent no schema body: parsed only.</source>
        <translation>Die Anfrage nannte das Schema „%1“, sendete aber keinen Schemainhalt: nur geparst.</translation>
    </message>
    <message>
        <source>Requested as a JSON object (no schema to check against): parsed only.</source>
        <translation>Als JSON-Objekt angefordert (kein Schema zum Prüfen): nur geparst.</translation>
    </message>
    <message>
        <source>Not requested as JSON; the answer parses as JSON (nothing to check against).</source>
        <translation>Nicht als JSON angefordert; die Antwort lässt sich als JSON parsen (nichts zum Prüfen).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>&amp;Violations (%1):</source>
        <translation>&amp;Verletzungen (%1):</translation>
    </message>
    <message>
        <source>This answer is not valid JSON, so it can&apos;t be shown as a tree or checked against a schema. If the answer was cut off mid-stream, the error is at its end.</source>
        <translation>Diese Antwort ist kein gültiges JSON und kann daher weder als Baum angezeigt noch gegen ein Schema geprüft werden. Wurde die Antwort mitten im Stream abgeschnitten, liegt der Fehler an ihrem Ende.</translation>
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation>Parse-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>The schema nests $ref or anyOf too deeply here</source>
        <translation>Das Schema verschachtelt $ref oder anyOf hier zu tief</translation>
    </message>
    <message>
        <source>The schema&apos;s $ref &quot;%1&quot; does not resolve</source>
        <translation>Der $ref „%1“ des Schemas lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Must be one of %1, got %2</source>
        <translation>Muss eines von %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>Muss %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>Matches none of the %n alternatives (anyOf); the closest fails with: %1</source>
        <translation>
            <numerusform>Entspricht der %n Alternative (anyOf) nicht; sie scheitert mit: %1</numerusform>
            <numerusform>Entspricht keiner der %n Alternativen (anyOf); die nächstliegende scheitert mit: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing required property &quot;%1&quot;</source>
        <translation>Erforderliche Eigenschaft „%1“ fehlt</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is not allowed</source>
        <translation>Eigenschaft „%1“ ist nicht erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>Must have at least %n item(s)</source>
        <translation>
            <numerusform>Muss mindestens %n Element haben</numerusform>
            <numerusform>Muss mindestens %n Elemente haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must have at most %n item(s)</source>
        <translation>
            <numerusform>Darf höchstens %n Element haben</numerusform>
            <numerusform>Darf höchstens %n Elemente haben</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be greater than %1</source>
        <translation>Muss größer als %1 sein</translation>
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation>Muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>Must be less than %1</source>
        <translation>Muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation>Darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>Must be a multiple of %1</source>
        <translation>Muss ein Vielfaches von %1 sein</translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s) long</source>
        <translation>
            <numerusform>Muss mindestens %n Zeichen lang sein</numerusform>
            <numerusform>Muss mindestens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s) long</source>
        <translation>
            <numerusform>Darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>Darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema&apos;s pattern %1 is invalid: %2</source>
        <translation>Das Muster %1 des Schemas ist ungültig: %2</translation>
    </message>
    <message>
        <source>Must match the pattern %1</source>
        <translation>Muss dem Muster %1 entsprechen</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>Unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported in strict mode</source>
        <translation>„%1“ wird im strict-Modus nicht unterstützt</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; does not resolve</source>
        <translation>$ref „%1“ lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>Set &quot;additionalProperties&quot; to false</source>
        <translation>Setzen Sie &quot;additionalProperties&quot; auf false</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; must be listed in &quot;required&quot; (allow null to make it optional)</source>
        <translation>Eigenschaft „%1“ muss in &quot;required&quot; aufgeführt sein (erlauben Sie null, um sie optional zu machen)</translation>
    </message>
    <message>
        <source>&quot;required&quot; lists &quot;%1&quot;, which is not a property</source>
        <translation>&quot;required&quot; führt „%1“ auf, das keine Eigenschaft ist</translation>
    </message>
    <message>
        <source>The root must be an object schema (&quot;type&quot;: &quot;object&quot;)</source>
        <translation>Die Wurzel muss ein Objektschema sein (&quot;type&quot;: &quot;object&quot;)</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON as a tree of keys and values; arrow keys expand and collapse</source>
        <translation>Das JSON der Antwort als Baum aus Schlüsseln und Werten; die Pfeiltasten klappen auf und zu</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for your password; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet. Möglicherweise ist er gesperrt und wartet auf Ihr Passwort; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Allow Kaiwa to use the keychain, unlock it if asked, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1). Erlauben Sie Kaiwa die Verwendung des Schlüsselbunds, entsperren Sie ihn bei Nachfrage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API key for “%1” could not be removed from the system keychain (%2). Try again, or delete the entry “%1” of “%3” with your keychain manager.</source>
        <translation>Der API-Schlüssel für „%1“ konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%2). Versuchen Sie es erneut oder löschen Sie den Eintrag „%1“ von „%3“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1). Der API-Schlüssel wird bis zum Beenden von Kaiwa im Arbeitsspeicher gehalten; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain could not save the API key for “%1” (%2). Try again.</source>
        <translation>Der Schlüsselbund des Systems konnte den API-Schlüssel für „%1“ nicht speichern (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not read the API key for “%1” (%2). Try again.</source>
        <translation>Der Schlüsselbund des Systems konnte den API-Schlüssel für „%1“ nicht lesen (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the API key for “%1” (%2). Try again.</source>
        <translation>Der Schlüsselbund des Systems konnte den API-Schlüssel für „%1“ nicht entfernen (%2). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LogprobShading</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kaiwa</source>
        <translation>Kaiwa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>S&amp;tored Completions…</source>
        <translation>&amp;Gespeicherte Completions …</translation>
    </message>
    <message>
        <source>Completions Play&amp;ground…</source>
        <translation>&amp;Completions-Playground …</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>Nachricht &amp;schreiben</translation>
    </message>
    <message>
        <source>Choose &amp;Model</source>
        <translation>&amp;Modell auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>&amp;Anheften oder lösen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>S&amp;top Answer</source>
        <translation>Antwort &amp;stoppen</translation>
    </message>
    <message>
        <source>Show &amp;Conversations</source>
        <translation>&amp;Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Parameters</source>
        <translation>&amp;Parameter anzeigen</translation>
    </message>
    <message>
        <source>Request &amp;Inspector…</source>
        <translation>Anfrage-&amp;Inspektor …</translation>
    </message>
    <message>
        <source>&amp;About Kaiwa</source>
        <translation>Ü&amp;ber Kaiwa</translation>
    </message>
    <message>
        <source>About Kaiwa</source>
        <translation>Über Kaiwa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;A desktop chat client for OpenAI-compatible APIs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Chat-Client für OpenAI-kompatible APIs.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownImages</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>MediaParts</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; Kaiwa sends at most %3 MB)</source>
        <translation>%1 ist zu groß (%2 MB; Kaiwa sendet höchstens %3 MB)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the data URL does not hold an image</source>
        <translation>die Data-URL enthält kein Bild</translation>
    </message>
    <message>
        <source>%1 is %2, which the API does not accept: use PNG, JPEG, WebP or GIF</source>
        <translation>%1 ist %2, was die API nicht akzeptiert: Verwenden Sie PNG, JPEG, WebP oder GIF</translation>
    </message>
    <message>
        <source>%1 is not an image (%2)</source>
        <translation>%1 ist kein Bild (%2)</translation>
    </message>
    <message>
        <source>%1 is not an audio file (%2)</source>
        <translation>%1 ist keine Audiodatei (%2)</translation>
    </message>
    <message>
        <source>%1 is not supported by the API: convert to wav or mp3</source>
        <translation>%1 wird von der API nicht unterstützt: Wandeln Sie die Datei in wav oder mp3 um</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>Vorherige Variante</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>Nächste Variante</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>JSON anzeigen</translation>
    </message>
    <message>
        <source>Token Probabilities</source>
        <translation>Token-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Compare the choices side by side</source>
        <translation>Die Varianten nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Copy the message&apos;s Markdown</source>
        <translation>Das Markdown der Nachricht kopieren</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Ask for another answer</source>
        <translation>Eine andere Antwort anfordern</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the answer as a JSON tree, checked against the request&apos;s schema</source>
        <translation>Die Antwort als JSON-Baum anzeigen, geprüft gegen das Schema der Anfrage</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Show the answer formatted instead of its token probabilities</source>
        <translation>Die Antwort formatiert statt mit ihren Token-Wahrscheinlichkeiten anzeigen</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Colour the answer&apos;s tokens by probability (the less likely, the stronger); hover a token to see the alternatives</source>
        <translation>Die Token der Antwort nach Wahrscheinlichkeit einfärben (je unwahrscheinlicher, desto kräftiger); zeigen Sie auf ein Token, um die Alternativen zu sehen</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Die Anfrage erneut senden</translation>
    </message>
    <message>
        <source>Continue the interrupted answer</source>
        <translation>Die unterbrochene Antwort fortsetzen</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>Choice %1/%2</source>
        <translation>Variante %1/%2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>%1 prompt (%2 cached)</source>
        <translation>%1 Eingabe (%2 im Cache)</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>%1 Eingabe</translation>
    </message>
    <message>
        <source>%1 completion (%2 reasoning)</source>
        <translation>%1 Ausgabe (%2 Reasoning)</translation>
    </message>
    <message>
        <source>%1 completion</source>
        <translation>%1 Ausgabe</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation>Werkzeugergebnis · %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MessageChrome</name>
    <message>
        <source>Tool call (arguments are not valid JSON)</source>
        <translation>Werkzeugaufruf (Argumente sind kein gültiges JSON)</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Werkzeugaufruf</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MessageMedia</name>
    <message>
        <source>image link</source>
        <translation>Bildlink</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Play the spoken answer (%1)</source>
        <translation>Die gesprochene Antwort abspielen (%1)</translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation>Die gesprochene Antwort abspielen</translation>
    </message>
    <message>
        <source>Play audio (%1)</source>
        <translation>Audio abspielen (%1)</translation>
    </message>
    <message>
        <source>Play audio</source>
        <translation>Audio abspielen</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(unterbrochen)</translation>
    </message>
</context>
<context>
    <name>MessageTextSelector</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>Setzen Sie die Schreibmarke auf ein Token, um seine Wahrscheinlichkeit und Alternativen zu lesen.</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Store completions (store)</source>
        <translation>Completions speichern (store)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Store completions</source>
        <translation>Completions speichern</translation>
    </message>
    <message>
        <source>Let OpenAI keep each completion for later retrieval, evals and distillation (store: true)</source>
        <translation>Jede Completion bei OpenAI für späteren Abruf, Evals und Destillation aufbewahren lassen (store: true)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Sent as metadata: up to %1 pairs to filter stored completions by</source>
        <translation>Als metadata gesendet: bis zu %1 Paare, nach denen gespeicherte Completions gefiltert werden können</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>Metadatenpaar hinzufügen</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>Metadatenpaar entfernen</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The key in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>Der Schlüssel in Zeile %1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>The value in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>Der Wert in Zeile %1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>Der Schlüssel „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>At most %1 pairs are allowed.</source>
        <translation>Höchstens %1 Paare sind erlaubt.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Add a key/value pair</source>
        <translation>Ein Schlüssel-Wert-Paar hinzufügen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>the server&apos;s /models answer has no model list</source>
        <translation>die /models-Antwort des Servers enthält keine Modellliste</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Updated just now</source>
        <translation>Gerade eben aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minute(s) ago</source>
        <translation>
            <numerusform>Vor %n Minute aktualisiert</numerusform>
            <numerusform>Vor %n Minuten aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago</source>
        <translation>
            <numerusform>Vor %n Stunde aktualisiert</numerusform>
            <numerusform>Vor %n Stunden aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model to ask (any name the server accepts) — Ctrl+K</source>
        <translation>Das anzufragende Modell (jeder Name, den der Server akzeptiert) — Strg+K</translation>
    </message>
    <message>
        <source>Profile default</source>
        <translation>Standard des Profils</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the list of models from the server</source>
        <translation>Die Modellliste vom Server abrufen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>Modelle werden abgerufen …</translation>
    </message>
    <message>
        <source>Could not fetch models: %1</source>
        <translation>Modelle konnten nicht abgerufen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered by %1</source>
        <translation>
            <numerusform>%n Modell von %1 angeboten</numerusform>
            <numerusform>%n Modelle von %1 angeboten</numerusform>
        </translation>
    </message>
    <message>
        <source>Models not fetched yet</source>
        <translation>Modelle noch nicht abgerufen</translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1): %2</source>
        <translation>der Server hat den API-Schlüssel abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Network and TLS: %1</source>
        <translation>Netzwerk und TLS: %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation>Festgelegte SHA-256-Fingerabdrücke</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile</source>
        <translation>Für dieses Profil vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>Vertrauen in das ausgewählte Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>(port)</source>
        <translation>(Port)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(stored in the keychain; type to replace)</source>
        <translation>(im Schlüsselbund gespeichert; zum Ersetzen eingeben)</translation>
    </message>
    <message>
        <source>(kept in the keychain)</source>
        <translation>(wird im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>PEM file, added to the system&apos;s CAs</source>
        <translation>PEM-Datei, wird zu den CAs des Systems hinzugefügt</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>PEM-Datei ohne Passphrase</translation>
    </message>
    <message>
        <source>One SHA-256 fingerprint per line (the server&apos;s certificate or its CA); empty: no pinning</source>
        <translation>Ein SHA-256-Fingerabdruck pro Zeile (das Zertifikat des Servers oder seine CA); leer: kein Pinning</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors, by SHA-256 fingerprint</source>
        <translation>Zertifikate, denen dieses Profil trotz TLS-Fehlern vertraut, nach SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Extra &amp;CAs:</source>
        <translation>Zusätzliche &amp;CAs:</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Pinned:</source>
        <translation>&amp;Festgelegt:</translation>
    </message>
    <message>
        <source>&amp;Trusted:</source>
        <translation>&amp;Vertrauenswürdig:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>Nach der Datei für %1 suchen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>Ein manueller Proxy benötigt einen Host und einen Port.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and its key.</source>
        <translation>Ein Client-Zertifikat benötigt sowohl das Zertifikat als auch seinen Schlüssel.</translation>
    </message>
    <message>
        <source>No proxy, the system&apos;s proxy settings, or an HTTP or SOCKS5 proxy given here</source>
        <translation>Kein Proxy, die Proxy-Einstellungen des Systems oder ein hier angegebener HTTP- oder SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>The proxy server&apos;s host name or address</source>
        <translation>Der Hostname oder die Adresse des Proxy-Servers</translation>
    </message>
    <message>
        <source>The proxy server&apos;s port</source>
        <translation>Der Port des Proxy-Servers</translation>
    </message>
    <message>
        <source>The user name for the proxy, if it asks for one</source>
        <translation>Der Benutzername für den Proxy, falls er einen verlangt</translation>
    </message>
    <message>
        <source>The proxy password, kept in the system keychain; empty keeps the stored one</source>
        <translation>Das Proxy-Passwort, im Schlüsselbund des Systems gespeichert; leer lassen behält das gespeicherte</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s</source>
        <translation>Eine PEM-Datei mit CAs, denen zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>A PEM certificate the client shows to servers that ask for one</source>
        <translation>Ein PEM-Zertifikat, das der Client Servern vorlegt, die eines verlangen</translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM</source>
        <translation>Der private Schlüssel des Client-Zertifikats, im PEM-Format</translation>
    </message>
    <message>
        <source>Only servers whose certificate has one of these SHA-256 fingerprints are accepted; one per line</source>
        <translation>Nur Server, deren Zertifikat einen dieser SHA-256-Fingerabdrücke hat, werden akzeptiert; einer pro Zeile</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors; select one to revoke it</source>
        <translation>Zertifikate, denen dieses Profil trotz ihrer TLS-Fehler vertraut; wählen Sie eines aus, um das Vertrauen zu widerrufen</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>z. B. 42</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Randomness: 0 is focused and repeatable, 2 is very varied (0–2)</source>
        <translation>Zufälligkeit: 0 ist fokussiert und wiederholbar, 2 ist sehr abwechslungsreich (0–2)</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens making up this probability (0–1)</source>
        <translation>Nucleus-Sampling: nur die wahrscheinlichsten Token, die zusammen diese Wahrscheinlichkeit ergeben (0–1)</translation>
    </message>
    <message>
        <source>The most tokens the answer may use (reasoning included); the name is the one the profile sends</source>
        <translation>Höchstzahl an Token für die Antwort (einschließlich Reasoning); der Name ist der, den das Profil sendet</translation>
    </message>
    <message>
        <source>Positive values favour new topics (−2 to 2)</source>
        <translation>Positive Werte begünstigen neue Themen (−2 bis 2)</translation>
    </message>
    <message>
        <source>Positive values discourage repeating the same words (−2 to 2)</source>
        <translation>Positive Werte verringern die Wiederholung derselben Wörter (−2 bis 2)</translation>
    </message>
    <message>
        <source>Best-effort repeatable answers for the same seed and parameters</source>
        <translation>Möglichst wiederholbare Antworten bei gleichem Seed und gleichen Parametern</translation>
    </message>
    <message>
        <source>How many answers to generate (1–128); every one is billed</source>
        <translation>Wie viele Antworten erzeugt werden (1–128); jede wird berechnet</translation>
    </message>
    <message>
        <source>Up to 4 sequences where the model stops (not included in the answer)</source>
        <translation>Bis zu 4 Zeichenfolgen, bei denen das Modell stoppt (nicht in der Antwort enthalten)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>How long reasoning models think before answering; support varies by model</source>
        <translation>Wie lange Reasoning-Modelle vor der Antwort nachdenken; die Unterstützung variiert je nach Modell</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>Return the log probability of each output token</source>
        <translation>Die logarithmische Wahrscheinlichkeit jedes Ausgabe-Tokens zurückgeben</translation>
    </message>
    <message>
        <source>Also return this many likely alternatives per token (0–20); needs logprobs: true</source>
        <translation>Zusätzlich so viele wahrscheinliche Alternativen pro Token zurückgeben (0–20); erfordert logprobs: true</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that follows a schema</source>
        <translation>Reiner Text, ein beliebiges JSON-Objekt oder JSON nach einem Schema</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Functions the model may call, as JSON: name, description, parameters (a JSON Schema) and strict</source>
        <translation>Funktionen, die das Modell aufrufen darf, als JSON: name, description, parameters (ein JSON Schema) und strict</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which function it calls; needs tools</source>
        <translation>Ob das Modell ein Werkzeug aufrufen darf, muss oder nicht darf, oder welche Funktion es aufruft; erfordert tools</translation>
    </message>
    <message>
        <source>Whether the model may call several tools at once; needs tools</source>
        <translation>Ob das Modell mehrere Werkzeuge gleichzeitig aufrufen darf; erfordert tools</translation>
    </message>
    <message>
        <source>tool_choice was unset: “%1” is no longer among the tools.</source>
        <translation>tool_choice wurde zurückgesetzt: „%1“ ist nicht mehr unter den Werkzeugen.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The server and account this conversation talks to</source>
        <translation>Server und Konto, mit denen diese Unterhaltung spricht</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation</source>
        <translation>Anweisungen, die vor der Unterhaltung gesendet werden</translation>
    </message>
    <message>
        <source>Send as developer message</source>
        <translation>Als developer-Nachricht senden</translation>
    </message>
    <message>
        <source>Send the prompt as a developer message</source>
        <translation>Den Prompt als developer-Nachricht senden</translation>
    </message>
    <message>
        <source>Reasoning models (o1 and newer) take instructions in a developer message instead of a system message</source>
        <translation>Reasoning-Modelle (o1 und neuer) erhalten Anweisungen in einer developer-Nachricht statt in einer system-Nachricht</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Unset the model, the prompt and every parameter</source>
        <translation>Modell, Prompt und alle Parameter zurücksetzen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Also sent, set elsewhere: %1</source>
        <translation>Ebenfalls gesendet, anderswo festgelegt: %1</translation>
    </message>
</context>
<context>
    <name>PlaygroundParams</name>
    <message>
        <source>Logit bias must be a JSON object of token ids and biases, e.g. {&quot;50256&quot;: -100}.</source>
        <translation>Logit-Bias muss ein JSON-Objekt aus Token-IDs und Bias-Werten sein, z. B. {&quot;50256&quot;: -100}.</translation>
    </message>
    <message>
        <source>Logit bias: &quot;%1&quot; is not a token id (a whole number).</source>
        <translation>Logit-Bias: „%1“ ist keine Token-ID (ganze Zahl).</translation>
    </message>
    <message>
        <source>Logit bias: the bias of token %1 must be a number from -100 to 100.</source>
        <translation>Logit-Bias: Der Bias von Token %1 muss eine Zahl von -100 bis 100 sein.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Ec&amp;ho the prompt</source>
        <translation>Prompt wieder&amp;holen (echo)</translation>
    </message>
    <message>
        <source>Echo the prompt</source>
        <translation>Prompt wiederholen (echo)</translation>
    </message>
    <message>
        <source>The answer repeats the prompt before the completion.</source>
        <translation>Die Antwort wiederholt den Prompt vor der Completion.</translation>
    </message>
    <message>
        <source>&amp;Best of:</source>
        <translation>&amp;Best of:</translation>
    </message>
    <message>
        <source>Generate this many completions on the server and return the best (not streamed).</source>
        <translation>So viele Completions auf dem Server erzeugen und die beste zurückgeben (ohne Streaming).</translation>
    </message>
    <message>
        <source>&amp;Choices (n):</source>
        <translation>&amp;Varianten (n):</translation>
    </message>
    <message>
        <source>How many completions to return.</source>
        <translation>Wie viele Completions zurückgegeben werden.</translation>
    </message>
    <message>
        <source>&amp;Logprobs:</source>
        <translation>&amp;Logprobs:</translation>
    </message>
    <message>
        <source>Return the log probability of each token and this many likely alternatives (0–5).</source>
        <translation>Die logarithmische Wahrscheinlichkeit jedes Tokens und so viele wahrscheinliche Alternativen zurückgeben (0–5).</translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation>Max. To&amp;ken:</translation>
    </message>
    <message>
        <source>Most tokens to generate (servers default to 16).</source>
        <translation>Höchstzahl zu erzeugender Token (Server verwenden standardmäßig 16).</translation>
    </message>
    <message>
        <source>Temp&amp;erature:</source>
        <translation>Temperat&amp;ur:</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Sampling-Temperatur, 0 bis 2.</translation>
    </message>
    <message>
        <source>T&amp;op p:</source>
        <translation>T&amp;op p:</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the tokens in this probability mass.</source>
        <translation>Nucleus-Sampling: nur die Token innerhalb dieser Wahrscheinlichkeitsmasse.</translation>
    </message>
    <message>
        <source>Presence penalt&amp;y:</source>
        <translation>Präsen&amp;zstrafe:</translation>
    </message>
    <message>
        <source>-2 to 2: positive values favour new topics.</source>
        <translation>-2 bis 2: Positive Werte begünstigen neue Themen.</translation>
    </message>
    <message>
        <source>&amp;Frequency penalty:</source>
        <translation>Häu&amp;figkeitsstrafe:</translation>
    </message>
    <message>
        <source>-2 to 2: positive values reduce repetition.</source>
        <translation>-2 bis 2: Positive Werte verringern Wiederholungen.</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>See&amp;d:</translation>
    </message>
    <message>
        <source>Same seed and parameters: the same answer, if the server can.</source>
        <translation>Gleicher Seed und gleiche Parameter: dieselbe Antwort, sofern der Server das kann.</translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation>Stoppse&amp;quenzen:</translation>
    </message>
    <message>
        <source>Stop sequence %1</source>
        <translation>Stoppsequenz %1</translation>
    </message>
    <message>
        <source>Generation stops before this text. Write a newline as \n.</source>
        <translation>Die Erzeugung stoppt vor diesem Text. Schreiben Sie einen Zeilenumbruch als \n.</translation>
    </message>
    <message>
        <source>Lo&amp;git bias:</source>
        <translation>Lo&amp;git-Bias:</translation>
    </message>
    <message>
        <source>A JSON object of token ids and biases from -100 (never) to 100 (always).</source>
        <translation>Ein JSON-Objekt aus Token-IDs und Bias-Werten von -100 (nie) bis 100 (immer).</translation>
    </message>
    <message>
        <source>Logit bias problem</source>
        <translation>Problem mit Logit-Bias</translation>
    </message>
</context>
<context>
    <name>PlaygroundResult</name>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Variante %1 von %2</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source> · not finished</source>
        <translation> · nicht abgeschlossen</translation>
    </message>
    <message>
        <source> · finished: %1</source>
        <translation> · abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>Vorherige Variante</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>Nächste Variante</translation>
    </message>
    <message>
        <source>Prompt and completion</source>
        <translation>Prompt und Completion</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>Setzen Sie die Schreibmarke auf ein Token, um seine Wahrscheinlichkeit und Alternativen zu lesen.</translation>
    </message>
    <message>
        <source>Token at the cursor</source>
        <translation>Token an der Schreibmarke</translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Completions Playground</source>
        <translation>Completions-Playground</translation>
    </message>
    <message>
        <source>Completions Playground — %1</source>
        <translation>Completions-Playground — %1</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>A base model, e.g. gpt-3.5-turbo-instruct</source>
        <translation>Ein Basismodell, z. B. gpt-3.5-turbo-instruct</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the prompt (Ctrl+Enter)</source>
        <translation>Den Prompt ausführen (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop and keep what arrived (Esc)</source>
        <translation>Stoppen und behalten, was angekommen ist (Esc)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Ausführungsverlauf</translation>
    </message>
    <message>
        <source>Earlier runs: select one to restore its prompt, parameters and result</source>
        <translation>Frühere Ausführungen: Wählen Sie eine aus, um Prompt, Parameter und Ergebnis wiederherzustellen</translation>
    </message>
    <message>
        <source>Promp&amp;t:</source>
        <translation>Promp&amp;t:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Text for the model to continue…</source>
        <translation>Text, den das Modell fortsetzen soll …</translation>
    </message>
    <message>
        <source>&amp;Insert mode: text after the completion (suffix)</source>
        <translation>&amp;Einfügemodus: Text nach der Completion (suffix)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>Einfügemodus</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion…</source>
        <translation>Text, der auf die eingefügte Completion folgt …</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>Es gibt noch kein Profil: Fügen Sie eines unter Datei › Profile hinzu.</translation>
    </message>
    <message>
        <source>Enter a model.</source>
        <translation>Geben Sie ein Modell ein.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the completion so far is kept.</source>
        <translation>Gestoppt: Die bisherige Completion bleibt erhalten.</translation>
    </message>
    <message>
        <source>This server does not offer legacy completions (POST /completions): %1. Base models on llama.cpp, vLLM and similar servers do; chat-only services do not.</source>
        <translation>Dieser Server bietet keine Legacy-Completions an (POST /completions): %1. Basismodelle auf llama.cpp, vLLM und ähnlichen Servern tun das; reine Chat-Dienste nicht.</translation>
    </message>
    <message>
        <source>The completion failed: %1</source>
        <translation>Die Completion ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The run history could not be saved to %1.</source>
        <translation>Der Ausführungsverlauf konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The server and account the prompt is sent to</source>
        <translation>Der Server und das Konto, an die der Prompt gesendet wird</translation>
    </message>
    <message>
        <source>The text the model continues; Ctrl+Enter runs it</source>
        <translation>Der Text, den das Modell fortsetzt; Strg+Eingabetaste führt ihn aus</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion</source>
        <translation>Text, der auf die eingefügte Completion folgt</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <source>Where do you want to chat?</source>
        <translation>Wo möchten Sie chatten?</translation>
    </message>
    <message>
        <source>Pick the service or local server Kaiwa should talk to. You can add more later under Provider profiles.</source>
        <translation>Wählen Sie den Dienst oder lokalen Server, mit dem Kaiwa sprechen soll. Weitere können Sie später unter Anbieterprofile hinzufügen.</translation>
    </message>
    <message>
        <source>Services and servers</source>
        <translation>Dienste und Server</translation>
    </message>
    <message>
        <source>Pick the service or local server to connect to</source>
        <translation>Wählen Sie den Dienst oder lokalen Server, mit dem verbunden werden soll</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Anbieterprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation>Ein Profil aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>Das Profil duplizieren</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>Das Profil entfernen</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>Der Schlüssel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>No profiles yet. Add one from a preset.</source>
        <translation>Noch keine Profile. Fügen Sie eines aus einer Vorlage hinzu.</translation>
    </message>
    <message>
        <source>Could not read the key from the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save this profile before duplicating it.</source>
        <translation>Speichern Sie dieses Profil, bevor Sie es duplizieren.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its API key from the keychain?</source>
        <translation>Das Profil „%1“ und seinen API-Schlüssel aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Could not remove the profile: %1</source>
        <translation>Das Profil konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The profile was removed, but its key is still in the keychain: %1</source>
        <translation>Das Profil wurde entfernt, aber sein Schlüssel ist noch im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain: %1</source>
        <translation>Das Proxy-Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read the proxy password from the keychain: %1</source>
        <translation>Das Proxy-Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Test the connection again.</source>
        <translation>Dem Zertifikat wird für „%1“ vertraut. Testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”. %2 The key is kept only until Kaiwa quits.</source>
        <translation>„%1“ gespeichert. %2 Der Schlüssel wird nur bis zum Beenden von Kaiwa aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was saved, but its key could not be stored in the keychain: %2</source>
        <translation>„%1“ wurde gespeichert, aber sein Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Fix the marked fields first: %1</source>
        <translation>Korrigieren Sie zuerst die markierten Felder: %1</translation>
    </message>
    <message>
        <source>The saved provider profiles; the selected one is edited on the right</source>
        <translation>Die gespeicherten Anbieterprofile; das ausgewählte wird rechts bearbeitet</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Net&amp;work and TLS…</source>
        <translation>Netz&amp;werk und TLS …</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Anbietertyp</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Extra body JSON</source>
        <translation>Zusätzliches Body-JSON</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Token limit field</source>
        <translation>Feld für das Token-Limit</translation>
    </message>
    <message>
        <source>Network and TLS settings</source>
        <translation>Netzwerk- und TLS-Einstellungen</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Azure AI inference</source>
        <translation>Azure AI Inference</translation>
    </message>
    <message>
        <source>Gateway (OpenRouter, OfoxAI, …)</source>
        <translation>Gateway (OpenRouter, OfoxAI, …)</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>Lokaler Server (Ollama, llama.cpp, LM Studio, vLLM)</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>api-key header</source>
        <translation>api-key-Header</translation>
    </message>
    <message>
        <source>Both headers</source>
        <translation>Beide Header</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>max_completion_tokens (OpenAI)</source>
        <translation>max_completion_tokens (OpenAI)</translation>
    </message>
    <message>
        <source>max_tokens (most other servers)</source>
        <translation>max_tokens (die meisten anderen Server)</translation>
    </message>
    <message>
        <source>What Azure does with body fields it does not know: drop them, pass them to the model, or reject the request</source>
        <translation>Was Azure mit unbekannten Body-Feldern macht: verwerfen, an das Modell weitergeben oder die Anfrage ablehnen</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini; Azure OpenAI: the deployment</source>
        <translation>z. B. gpt-4o-mini; Azure OpenAI: die Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>Zusätzliche &amp;Parameter:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Standard&amp;modell:</translation>
    </message>
    <message>
        <source>&amp;Token limit field:</source>
        <translation>&amp;Token-Limit-Feld:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>Extra &amp;body:</source>
        <translation>Zusätzlicher &amp;Body:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>kein Proxy</translation>
    </message>
    <message>
        <source>%1 proxy %2:%3</source>
        <translation>%1-Proxy %2:%3</translation>
    </message>
    <message>
        <source>extra CAs</source>
        <translation>zusätzliche CAs</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>%n pinned fingerprint(s)</source>
        <translation>
            <numerusform>%n festgelegter Fingerabdruck</numerusform>
            <numerusform>%n festgelegte Fingerabdrücke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trusted certificate(s)</source>
        <translation>
            <numerusform>%n vertrauenswürdiges Zertifikat</numerusform>
            <numerusform>%n vertrauenswürdige Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>Der Name, unter dem das Profil aufgeführt und ausgewählt wird</translation>
    </message>
    <message>
        <source>The kind of server, which decides the URL form and the authentication</source>
        <translation>Die Art des Servers; sie bestimmt die URL-Form und die Authentifizierung</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>Die Adresse, an die Anfragen gehen, bis einschließlich /v1</translation>
    </message>
    <message>
        <source>How the API key is sent to the server</source>
        <translation>Wie der API-Schlüssel an den Server gesendet wird</translation>
    </message>
    <message>
        <source>Azure&apos;s api-version query parameter</source>
        <translation>Der api-version-Abfrageparameter von Azure</translation>
    </message>
    <message>
        <source>Headers added to every request, one &quot;Name: value&quot; per line</source>
        <translation>Header, die zu jeder Anfrage hinzugefügt werden, einer pro Zeile als &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>A JSON object whose fields are added to every request body</source>
        <translation>Ein JSON-Objekt, dessen Felder zu jedem Anfrage-Body hinzugefügt werden</translation>
    </message>
    <message>
        <source>The model new conversations with this profile start with</source>
        <translation>Das Modell, mit dem neue Unterhaltungen mit diesem Profil beginnen</translation>
    </message>
    <message>
        <source>Which request field carries the answer length limit</source>
        <translation>Welches Anfragefeld die Längenbegrenzung der Antwort überträgt</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot; (letters, digits and -).</source>
        <translation>Zeile %1: Schreiben Sie jeden Header als „Name: Wert“ (Buchstaben, Ziffern und -).</translation>
    </message>
    <message>
        <source>Not valid JSON (line %1): %2</source>
        <translation>Kein gültiges JSON (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The extra body must be a JSON object: { … }</source>
        <translation>Der zusätzliche Body muss ein JSON-Objekt sein: { … }</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation>Geben Sie die Basis-URL des Servers ein.</translation>
    </message>
    <message>
        <source>Replace the part in braces, e.g. {resource}, with your own value.</source>
        <translation>Ersetzen Sie den Teil in geschweiften Klammern, z. B. {resource}, durch Ihren eigenen Wert.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen und einen Host angeben.</translation>
    </message>
</context>
<context>
    <name>ProfileNetwork</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the client key “%1” is encrypted with a passphrase, which Kaiwa does not support; export it without one (openssl pkey -in KEY -out PLAIN.pem) and keep that file private</source>
        <translation>der Client-Schlüssel „%1“ ist mit einer Passphrase verschlüsselt, was Kaiwa nicht unterstützt; exportieren Sie ihn ohne Passphrase (openssl pkey -in KEY -out PLAIN.pem) und halten Sie diese Datei privat</translation>
    </message>
    <message>
        <source>“%1” holds no PEM private key</source>
        <translation>„%1“ enthält keinen privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate</source>
        <translation>„%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>ein Client-Zertifikat benötigt sowohl die Zertifikatsdatei als auch die zugehörige Schlüsseldatei</translation>
    </message>
    <message>
        <source>No certificate of the server matches the fingerprints pinned in the profile</source>
        <translation>Kein Zertifikat des Servers stimmt mit den im Profil festgelegten Fingerabdrücken überein</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1
%2</source>
        <translation>das Zertifikat des Servers wurde abgelehnt: %1
%2</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may not accept the profile&apos;s client certificate</source>
        <translation>der Server hat die Verbindung direkt nach dem TLS-Handshake geschlossen; möglicherweise akzeptiert er das Client-Zertifikat des Profils nicht</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may require a client certificate (mutual TLS): set one in the profile</source>
        <translation>der Server hat die Verbindung direkt nach dem TLS-Handshake geschlossen; möglicherweise verlangt er ein Client-Zertifikat (gegenseitiges TLS): Legen Sie eines im Profil fest</translation>
    </message>
    <message>
        <source>the proxy %1:%2 refused the user name and password of the profile (HTTP 407)</source>
        <translation>der Proxy %1:%2 hat Benutzername und Passwort des Profils abgelehnt (HTTP 407)</translation>
    </message>
    <message>
        <source>the proxy %1:%2 asks for a user name and password; set them in the profile</source>
        <translation>der Proxy %1:%2 verlangt Benutzername und Passwort; legen Sie sie im Profil fest</translation>
    </message>
</context>
<context>
    <name>ProfilePresets</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Create an API key at platform.openai.com under API keys.</source>
        <translation>Erstellen Sie einen API-Schlüssel auf platform.openai.com unter „API keys“.</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure OpenAI resource name. The key is under Keys and Endpoint in the Azure portal; the default model is your deployment name.</source>
        <translation>Ersetzen Sie {resource} durch den Namen Ihrer Azure-OpenAI-Ressource. Der Schlüssel steht im Azure-Portal unter „Schlüssel und Endpunkt“; das Standardmodell ist der Name Ihrer Bereitstellung.</translation>
    </message>
    <message>
        <source>Azure AI inference</source>
        <translation>Azure AI Inference</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure AI services resource name (for a serverless endpoint, paste its full URL instead). The key is on the endpoint&apos;s page.</source>
        <translation>Ersetzen Sie {resource} durch den Namen Ihrer Azure-AI-Services-Ressource (für einen serverlosen Endpunkt fügen Sie stattdessen dessen vollständige URL ein). Der Schlüssel steht auf der Seite des Endpunkts.</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys. Models are named provider/model; routing preferences go into the extra body as a &quot;provider&quot; object.</source>
        <translation>Erstellen Sie einen Schlüssel auf openrouter.ai/keys. Modelle heißen anbieter/modell; Routing-Einstellungen kommen als &quot;provider&quot;-Objekt in den zusätzlichen Body.</translation>
    </message>
    <message>
        <source>OfoxAI</source>
        <translation>OfoxAI</translation>
    </message>
    <message>
        <source>Create a key in the OfoxAI console. Models are named provider/model, e.g. openai/gpt-4o.</source>
        <translation>Erstellen Sie einen Schlüssel in der OfoxAI-Konsole. Modelle heißen anbieter/modell, z. B. openai/gpt-4o.</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Start Ollama and pull a model first (ollama pull llama3.2). No key needed.</source>
        <translation>Starten Sie zuerst Ollama und laden Sie ein Modell herunter (ollama pull llama3.2). Kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>llama.cpp</source>
        <translation>llama.cpp</translation>
    </message>
    <message>
        <source>Start llama-server with a model (-m model.gguf). No key unless you started it with --api-key.</source>
        <translation>Starten Sie llama-server mit einem Modell (-m model.gguf). Kein Schlüssel nötig, außer Sie haben es mit --api-key gestartet.</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Start the local server in LM Studio&apos;s Developer tab and load a model. No key needed.</source>
        <translation>Starten Sie den lokalen Server im Developer-Tab von LM Studio und laden Sie ein Modell. Kein Schlüssel nötig.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>A profile called “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot consist of spaces only.</source>
        <translation>Ein Profilname darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>A profile name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Ein Profilname darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Could not save the profiles to “%1”. Check that the folder exists and that you may write to it.</source>
        <translation>Die Profile konnten nicht in „%1“ gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid settings file, so Kaiwa did not overwrite it. Fix or remove it and try again.</source>
        <translation>„%1“ ist keine gültige Einstellungsdatei, daher hat Kaiwa sie nicht überschrieben. Korrigieren oder entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RecorderWidget</name>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Recording length</source>
        <translation>Aufnahmedauer</translation>
    </message>
    <message>
        <source>Attach the recording to the message</source>
        <translation>Die Aufnahme an die Nachricht anhängen</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>Aufnahme %1.wav</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>Es wurde nichts aufgenommen: Das Mikrofon hat keinen Ton geliefert.</translation>
    </message>
    <message>
        <source>Recording stopped at the %1 limit.</source>
        <translation>Die Aufnahme wurde bei der Grenze von %1 gestoppt.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Erneut aufnehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RemoteImageLoader</name>
    <message>
        <source>not an image (%1)</source>
        <translation>kein Bild (%1)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>too large (%1 MB)</source>
        <translation>zu groß (%1 MB)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>can&apos;t read the image</source>
        <translation>Bild kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>A&amp;ntwort</translation>
    </message>
    <message>
        <source>S&amp;tream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>Header und Body der Anfrage</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>Header und Body der Antwort</translation>
    </message>
    <message>
        <source>Stream events with their times</source>
        <translation>Stream-Ereignisse mit ihren Zeitpunkten</translation>
    </message>
    <message>
        <source>Summary: timing and usage</source>
        <translation>Zusammenfassung: Zeiten und Verbrauch</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>(%1 bytes sent; base64 data shortened here)</source>
        <translation>(%1 Byte gesendet; base64-Daten hier gekürzt)</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Warten auf die Antwort …</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenbegrenzungen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 übrig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>full again in %1</source>
        <translation>wieder voll in %1</translation>
    </message>
    <message>
        <source>retry after %1</source>
        <translation>erneut versuchen nach %1</translation>
    </message>
    <message>
        <source>(streamed: see the Stream tab)</source>
        <translation>(gestreamt: siehe Reiter „Stream“)</translation>
    </message>
    <message>
        <source>This response was not a stream.</source>
        <translation>Diese Antwort war kein Stream.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more events not kept</source>
        <translation>
            <numerusform>… %n weiteres Ereignis nicht aufbewahrt</numerusform>
            <numerusform>… %n weitere Ereignisse nicht aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation>Versuch: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>Zeit bis zum ersten Token: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Tokens per second: %1</source>
        <translation>Token pro Sekunde: %1</translation>
    </message>
    <message>
        <source>(from usage)</source>
        <translation>(aus usage)</translation>
    </message>
    <message numerus="yes">
        <source>(counted from %n chunks)</source>
        <translation>
            <numerusform>(aus %n Chunk gezählt)</numerusform>
            <numerusform>(aus %n Chunks gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream events: %1</source>
        <translation>Stream-Ereignisse: %1</translation>
    </message>
    <message>
        <source>Usage: not reported</source>
        <translation>Verbrauch: nicht gemeldet</translation>
    </message>
    <message>
        <source>Prompt tokens: %1</source>
        <translation>Prompt-Token: %1</translation>
    </message>
    <message>
        <source>  cached: %1</source>
        <translation>  im Cache: %1</translation>
    </message>
    <message>
        <source>Completion tokens: %1</source>
        <translation>Completion-Token: %1</translation>
    </message>
    <message>
        <source>  reasoning: %1</source>
        <translation>  Reasoning: %1</translation>
    </message>
    <message>
        <source>Total tokens: %1</source>
        <translation>Token gesamt: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Kaiwa retried this request.</source>
        <translation>Kaiwa hat diese Anfrage wiederholt.</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
</context>
<context>
    <name>ResponseFormatEditor</name>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Response format type</source>
        <translation>Art des Antwortformats</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Schemaname</translation>
    </message>
    <message>
        <source>e.g. answer</source>
        <translation>z. B. answer</translation>
    </message>
    <message>
        <source>Strict schema adherence</source>
        <translation>Strikte Einhaltung des Schemas</translation>
    </message>
    <message>
        <source>The model follows the schema exactly (a subset of JSON Schema)</source>
        <translation>Das Modell folgt dem Schema exakt (eine Teilmenge von JSON Schema)</translation>
    </message>
    <message>
        <source>Saved schemas</source>
        <translation>Gespeicherte Schemas</translation>
    </message>
    <message>
        <source>Load a saved schema</source>
        <translation>Ein gespeichertes Schema laden</translation>
    </message>
    <message>
        <source>Save schema</source>
        <translation>Schema speichern</translation>
    </message>
    <message>
        <source>Save this schema under its name (replacing one of the same name)</source>
        <translation>Dieses Schema unter seinem Namen speichern (ersetzt ein gleichnamiges)</translation>
    </message>
    <message>
        <source>Delete saved schema</source>
        <translation>Gespeichertes Schema löschen</translation>
    </message>
    <message>
        <source>Delete the chosen saved schema (the editor keeps it: Save brings it back)</source>
        <translation>Das gewählte gespeicherte Schema löschen (der Editor behält es: „Speichern“ bringt es zurück)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The schema name must be 1–64 letters, digits, underscores or dashes.</source>
        <translation>Der Schemaname muss aus 1–64 Buchstaben, Ziffern, Unterstrichen oder Bindestrichen bestehen.</translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1 (at character %2)</source>
        <translation>Das Schema ist kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>The schema must be a JSON object.</source>
        <translation>Das Schema muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict mode may refuse this schema:</source>
        <translation>Der strict-Modus lehnt dieses Schema möglicherweise ab:</translation>
    </message>
    <message>
        <source>None saved</source>
        <translation>Keine gespeichert</translation>
    </message>
    <message>
        <source>Saved…</source>
        <translation>Gespeichert …</translation>
    </message>
    <message>
        <source>“%1” is no longer saved.</source>
        <translation>„%1“ ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Whether the answer is free text, any JSON object or JSON following a schema</source>
        <translation>Ob die Antwort freier Text, ein beliebiges JSON-Objekt oder JSON nach einem Schema ist</translation>
    </message>
    <message>
        <source>The name sent with the schema and used to save it</source>
        <translation>Der Name, der mit dem Schema gesendet und zum Speichern verwendet wird</translation>
    </message>
    <message>
        <source>The JSON Schema the answer must follow</source>
        <translation>Das JSON Schema, dem die Antwort folgen muss</translation>
    </message>
</context>
<context>
    <name>SchemaLibrary</name>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); fix or remove it to save schemas again.</source>
        <translation>%1 ist beschädigt (%2); korrigieren oder entfernen Sie die Datei, um wieder Schemas speichern zu können.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Internal error: the keychain needs a running Qt application.</source>
        <translation>Interner Fehler: Der Schlüsselbund benötigt eine laufende Qt-Anwendung.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for a password; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet. Möglicherweise ist er gesperrt und wartet auf ein Passwort; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The operation was cancelled because Kaiwa is shutting down.</source>
        <translation>Der Vorgang wurde abgebrochen, weil Kaiwa beendet wird.</translation>
    </message>
    <message>
        <source>An API key needs a profile name.</source>
        <translation>Ein API-Schlüssel benötigt einen Profilnamen.</translation>
    </message>
</context>
<context>
    <name>SessionRegistry</name>
    <message>
        <source>The conversation is not open.</source>
        <translation>Die Unterhaltung ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Show images from the web in answers</source>
        <translation>Bilder aus dem Web in Antworten anzeigen</translation>
    </message>
    <message>
        <source>Offer to run a local command for tool calls</source>
        <translation>Ausführen eines lokalen Befehls für Werkzeugaufrufe anbieten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Strg+Eingabetaste sendet, Eingabetaste beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Scale images down to a long side of</source>
        <translation>Bilder verkleinern auf eine lange Seite von</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Größter Anhang</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Markdown images in answers are downloaded from their sites, which can see your address. Off: they are shown as links.</source>
        <translation>Markdown-Bilder in Antworten werden von ihren Websites heruntergeladen, die dabei Ihre Adresse sehen können. Aus: Sie werden als Links angezeigt.</translation>
    </message>
    <message>
        <source>Each call gets a Run button: the command reads the call as JSON on its standard input, and what it prints is put in the answer for you to check before sending. Nothing runs unless you press Run.</source>
        <translation>Jeder Aufruf erhält einen Knopf „Ausführen“: Der Befehl liest den Aufruf als JSON von seiner Standardeingabe, und seine Ausgabe wird in die Antwort übernommen, damit Sie sie vor dem Senden prüfen können. Nichts wird ausgeführt, solange Sie nicht auf „Ausführen“ klicken.</translation>
    </message>
    <message>
        <source>Tool command</source>
        <translation>Werkzeugbefehl</translation>
    </message>
    <message>
        <source>e.g. python3 /home/me/tools.py</source>
        <translation>z. B. python3 /home/ich/tools.py</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <source>Scale images down to a long side of:</source>
        <translation>Bilder verkleinern auf eine lange Seite von:</translation>
    </message>
    <message>
        <source>Largest attachment:</source>
        <translation>Größter Anhang:</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>Werkzeugaufrufe:</translation>
    </message>
    <message>
        <source>Tool &amp;command:</source>
        <translation>Werkzeug&amp;befehl:</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels on their long side before sending</source>
        <translation>Größere Bilder werden vor dem Senden an der langen Seite auf diese Pixelzahl verkleinert</translation>
    </message>
    <message>
        <source>Files larger than this are refused as attachments</source>
        <translation>Größere Dateien werden als Anhänge abgelehnt</translation>
    </message>
    <message>
        <source>The language of Kaiwa&apos;s windows; it changes at once, without a restart</source>
        <translation>Die Sprache der Fenster von Kaiwa; sie ändert sich sofort, ohne Neustart</translation>
    </message>
</context>
<context>
    <name>SpokenAnswerEditor</name>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Spoken answers</source>
        <translation>Gesprochene Antworten</translation>
    </message>
    <message>
        <source>Ask an audio-capable model (gpt-4o-audio-preview and similar) to answer aloud as well; the transcript is shown as the text</source>
        <translation>Ein audiofähiges Modell (gpt-4o-audio-preview und ähnliche) bitten, auch laut zu antworten; das Transkript wird als Text angezeigt</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Audioformat</translation>
    </message>
    <message>
        <source>Answers stream only in pcm16 (Kaiwa saves it as WAV); OpenAI refuses other formats while streaming.</source>
        <translation>Antworten werden nur in pcm16 gestreamt (Kaiwa speichert sie als WAV); OpenAI lehnt beim Streaming andere Formate ab.</translation>
    </message>
    <message>
        <source>The voice a spoken answer is read in</source>
        <translation>Die Stimme, mit der eine gesprochene Antwort vorgelesen wird</translation>
    </message>
    <message>
        <source>The audio format the spoken answer arrives in</source>
        <translation>Das Audioformat, in dem die gesprochene Antwort eintrifft</translation>
    </message>
</context>
<context>
    <name>StopEditor</name>
    <message>
        <source>Stop sequence %1</source>
        <translation>Stoppsequenz %1</translation>
    </message>
    <message>
        <source>Stop sequence %1 (\n for a line break)</source>
        <translation>Stoppsequenz %1 (\n für einen Zeilenumbruch)</translation>
    </message>
    <message>
        <source>Enter at least one stop sequence.</source>
        <translation>Geben Sie mindestens eine Stoppsequenz ein.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Could not find unfinished answers.</source>
        <translation>Nicht abgeschlossene Antworten konnten nicht gesucht werden.</translation>
    </message>
    <message>
        <source>Could not open the conversation database for writing.</source>
        <translation>Die Unterhaltungsdatenbank konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open the conversation database.</source>
        <translation>Die Unterhaltungsdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not read the conversation database.</source>
        <translation>Die Unterhaltungsdatenbank konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not set up the conversation database.</source>
        <translation>Die Unterhaltungsdatenbank konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Could not write to the conversation database.</source>
        <translation>In die Unterhaltungsdatenbank konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not upgrade the conversation database.</source>
        <translation>Die Unterhaltungsdatenbank konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not read the list of open windows.</source>
        <translation>Die Liste der geöffneten Fenster konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not register this window.</source>
        <translation>Dieses Fenster konnte nicht registriert werden.</translation>
    </message>
    <message>
        <source>Could not save an attachment.</source>
        <translation>Ein Anhang konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not read an attachment.</source>
        <translation>Ein Anhang konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then what the user can do (the advice sentence)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an action sentence (&quot;Could not save a message.&quot;), then a cause sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 SQLite says: %2.</source>
        <comment>a message, then SQLite&apos;s own English error text</comment>
        <translation>%1 SQLite meldet: %2.</translation>
    </message>
    <message>
        <source>(no file)</source>
        <comment>in place of a file name</comment>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <source>The conversation database %1 is damaged.</source>
        <translation>Die Unterhaltungsdatenbank %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Kaiwa did not change the file and your open conversation is still in memory; copy the file somewhere safe, then move it away (or restore a %1.bak-… copy) and start Kaiwa again.</source>
        <translation>Kaiwa hat die Datei nicht verändert, und Ihre geöffnete Unterhaltung ist noch im Arbeitsspeicher; kopieren Sie die Datei an einen sicheren Ort, verschieben Sie sie dann (oder stellen Sie eine Kopie %1.bak-… wieder her) und starten Sie Kaiwa erneut.</translation>
    </message>
    <message>
        <source>The conversation database %1 is read-only.</source>
        <translation>Die Unterhaltungsdatenbank %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable for your user (or move them off read-only media) and try again; nothing in memory was lost.</source>
        <translation>Machen Sie die Datei und ihren Ordner für Ihren Benutzer beschreibbar (oder verschieben Sie sie von schreibgeschützten Medien) und versuchen Sie es erneut; im Arbeitsspeicher ging nichts verloren.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>Free some space on that disk and try again; the conversation stays in memory until it is saved.</source>
        <translation>Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es erneut; die Unterhaltung bleibt im Arbeitsspeicher, bis sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>Ein anderes Programm verwendet %1.</translation>
    </message>
    <message>
        <source>Close other Kaiwa windows or programs that use this file, then try again; nothing in memory was lost.</source>
        <translation>Schließen Sie andere Kaiwa-Fenster oder Programme, die diese Datei verwenden, und versuchen Sie es erneut; im Arbeitsspeicher ging nichts verloren.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Die Datei %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and are writable for your user, then start Kaiwa again.</source>
        <translation>Prüfen Sie, ob die Datei und ihr Ordner existieren und für Ihren Benutzer beschreibbar sind, und starten Sie Kaiwa dann erneut.</translation>
    </message>
    <message>
        <source>The data does not fit the database&apos;s rules.</source>
        <translation>Die Daten entsprechen nicht den Regeln der Datenbank.</translation>
    </message>
    <message>
        <source>This is a bug in Kaiwa; please report it. The data is still in memory.</source>
        <translation>Dies ist ein Fehler in Kaiwa; bitte melden Sie ihn. Die Daten sind noch im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Reading or writing the conversation database %1 failed.</source>
        <translation>Das Lesen oder Schreiben der Unterhaltungsdatenbank %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and working, then try again; the conversation stays in memory.</source>
        <translation>Prüfen Sie, ob der Datenträger angeschlossen ist und funktioniert, und versuchen Sie es erneut; die Unterhaltung bleibt im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Could not import conversations.</source>
        <translation>Unterhaltungen konnten nicht importiert werden.</translation>
    </message>
    <message>
        <source>Could not create a conversation.</source>
        <translation>Eine Unterhaltung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not save the conversation.</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not delete a conversation.</source>
        <translation>Eine Unterhaltung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not list the conversations.</source>
        <translation>Die Unterhaltungen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not read a conversation.</source>
        <translation>Eine Unterhaltung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not save a message.</source>
        <translation>Eine Nachricht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the arriving answer.</source>
        <translation>Die eintreffende Antwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not read messages.</source>
        <translation>Nachrichten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the active branch.</source>
        <translation>Der aktive Zweig konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not search the conversations.</source>
        <translation>Die Unterhaltungen konnten nicht durchsucht werden.</translation>
    </message>
</context>
<context>
    <name>StoredCompletionModel</name>
    <message>
        <source>Prompt %1 · completion %2 · total %3</source>
        <translation>Eingabe %1 · Ausgabe %2 · gesamt %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The server did not delete it.</source>
        <translation>Der Server hat sie nicht gelöscht.</translation>
    </message>
    <message>
        <source>A metadata key cannot be empty.</source>
        <translation>Ein Metadatenschlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be text.</source>
        <translation>Der Wert von „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>No such stored completion.</source>
        <translation>Keine solche gespeicherte Completion.</translation>
    </message>
    <message>
        <source>The metadata was not saved: %1</source>
        <translation>Die Metadaten wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>StoredCompletions</name>
    <message>
        <source>An export is running.</source>
        <translation>Ein Export läuft.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401).</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>No permission to use stored completions with this key (HTTP 403).</source>
        <translation>Keine Berechtigung, gespeicherte Completions mit diesem Schlüssel zu verwenden (HTTP 403).</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP 404).</source>
        <translation>Dieser Server unterstützt keine gespeicherten Completions (HTTP 404).</translation>
    </message>
    <message>
        <source>This stored completion does not exist (any more) (HTTP 404).</source>
        <translation>Diese gespeicherte Completion existiert nicht (mehr) (HTTP 404).</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP %1).</source>
        <translation>Dieser Server unterstützt keine gespeicherten Completions (HTTP %1).</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Kein Client</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Kaiwa&apos;s sentence, then the server&apos;s own message</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): try again later.</source>
        <translation>Ratenbegrenzung erreicht (HTTP 429): Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n s.</source>
        <translation>
            <numerusform>Ratenbegrenzung erreicht (HTTP 429): Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Ratenbegrenzung erreicht (HTTP 429): Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n min.</source>
        <translation>
            <numerusform>Ratenbegrenzung erreicht (HTTP 429): Versuchen Sie es in %n min erneut.</numerusform>
            <numerusform>Ratenbegrenzung erreicht (HTTP 429): Versuchen Sie es in %n min erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredCompletionsWindow</name>
    <message>
        <source>Delete Stored Completions</source>
        <translation>Gespeicherte Completions löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored completion(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>%n gespeicherte Completion vom Server löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n gespeicherte Completions vom Server löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n completion(s)…</source>
        <translation>
            <numerusform>%n Completion wird gelöscht …</numerusform>
            <numerusform>%n Completions werden gelöscht …</numerusform>
        </translation>
    </message>
    <message>
        <source>not deleted: %1</source>
        <translation>nicht gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stored completion(s).</source>
        <translation>
            <numerusform>%n gespeicherte Completion gelöscht.</numerusform>
            <numerusform>%n gespeicherte Completions gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 could not be deleted (see Problems below).</source>
        <translation>%1 gelöscht, %2 konnten nicht gelöscht werden (siehe „Probleme“ unten).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Stored Completions</source>
        <translation>Gespeicherte Completions exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stored completion(s) to %1.</source>
        <translation>
            <numerusform>%n gespeicherte Completion nach %1 exportiert.</numerusform>
            <numerusform>%n gespeicherte Completions nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Opening %1 as a conversation…</source>
        <translation>%1 wird als Unterhaltung geöffnet …</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Opened %1 as a conversation in the main window.</source>
        <translation>%1 wurde im Hauptfenster als Unterhaltung geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Stored completions</source>
        <translation>Gespeicherte Completions</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>Die Liste neu laden</translation>
    </message>
    <message>
        <source>Open as &amp;Conversation</source>
        <translation>Als &amp;Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Open the selected completion as a conversation</source>
        <translation>Die ausgewählte Completion als Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation>Als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected completions</source>
        <translation>Die ausgewählten Completions löschen</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Problems with single completions</source>
        <translation>Probleme mit einzelnen Completions</translation>
    </message>
    <message>
        <source>C&amp;lear Problems</source>
        <translation>Pro&amp;bleme leeren</translation>
    </message>
    <message>
        <source>Clear the problem list</source>
        <translation>Die Problemliste leeren</translation>
    </message>
    <message>
        <source>Stored completions cannot be changed. Open this one as a conversation to edit or continue it.</source>
        <translation>Gespeicherte Completions können nicht geändert werden. Öffnen Sie diese als Unterhaltung, um sie zu bearbeiten oder fortzusetzen.</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>Es gibt noch kein Profil: Fügen Sie eines unter Datei › Profile hinzu.</translation>
    </message>
    <message>
        <source>Stored Completions</source>
        <translation>Gespeicherte Completions</translation>
    </message>
    <message>
        <source>Stored Completions — %1</source>
        <translation>Gespeicherte Completions — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored completion(s) loaded</source>
        <translation>
            <numerusform>%n gespeicherte Completion geladen</numerusform>
            <numerusform>%n gespeicherte Completions geladen</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen …</translation>
    </message>
    <message>
        <source> · more when you scroll down</source>
        <translation> · mehr beim Herunterscrollen</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>Auswahl e&amp;xportieren …</translation>
    </message>
    <message>
        <source>E&amp;xport All…</source>
        <translation>Alle e&amp;xportieren …</translation>
    </message>
    <message>
        <source>The account whose stored completions are listed</source>
        <translation>Das Konto, dessen gespeicherte Completions aufgelistet werden</translation>
    </message>
    <message>
        <source>Completions the server kept; select one to see its messages and metadata</source>
        <translation>Completions, die der Server gespeichert hat; wählen Sie eine aus, um ihre Nachrichten und Metadaten zu sehen</translation>
    </message>
</context>
<context>
    <name>StoredDetailPane</name>
    <message>
        <source>Messages of the selected completion</source>
        <translation>Nachrichten der ausgewählten Completion</translation>
    </message>
    <message>
        <source>No completion selected</source>
        <translation>Keine Completion ausgewählt</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation>Verbrauch: %1 Eingabe + %2 Ausgabe = %3 Token</translation>
    </message>
    <message>
        <source>Select a stored completion to see its messages.</source>
        <translation>Wählen Sie eine gespeicherte Completion aus, um ihre Nachrichten zu sehen.</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen …</translation>
    </message>
</context>
<context>
    <name>StoredFilterBar</name>
    <message>
        <source>&amp;Apply Filters</source>
        <translation>Filter &amp;anwenden</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Modellfilter</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Metadata filter</source>
        <translation>Metadatenfilter</translation>
    </message>
    <message>
        <source>Metadata, e.g. app=kaiwa, user=alice</source>
        <translation>Metadaten, z. B. app=kaiwa, user=alice</translation>
    </message>
    <message>
        <source>Only completions whose metadata has every one of these key=value pairs, separated by commas</source>
        <translation>Nur Completions, deren Metadaten jedes dieser durch Kommas getrennten key=value-Paare enthalten</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation>M&amp;etadaten:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>“%1” is not a key=value pair.</source>
        <translation>„%1“ ist kein key=value-Paar.</translation>
    </message>
    <message>
        <source>Newest or oldest completions first</source>
        <translation>Neueste oder älteste Completions zuerst</translation>
    </message>
</context>
<context>
    <name>StoredMetadataPanel</name>
    <message>
        <source>Add Pa&amp;ir</source>
        <translation>Paar h&amp;inzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Pair</source>
        <translation>Paar ent&amp;fernen</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save Metadata</source>
        <translation>Metadaten &amp;speichern</translation>
    </message>
    <message>
        <source>Metadata of the selected completion</source>
        <translation>Metadaten der ausgewählten Completion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a metadata pair</source>
        <translation>Ein Metadatenpaar hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected metadata pair</source>
        <translation>Das ausgewählte Metadatenpaar entfernen</translation>
    </message>
    <message>
        <source>Revert the metadata to the saved pairs</source>
        <translation>Die Metadaten auf die gespeicherten Paare zurücksetzen</translation>
    </message>
    <message>
        <source>Save the metadata</source>
        <translation>Die Metadaten speichern</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The key “%1” is used twice.</source>
        <translation>Der Schlüssel „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>A stored completion can have at most %1 metadata pairs: remove one before adding another.</source>
        <translation>Eine gespeicherte Completion kann höchstens %1 Metadatenpaare haben: Entfernen Sie eines, bevor Sie ein weiteres hinzufügen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>%1 von %2 Paaren</translation>
    </message>
    <message>
        <source>Key and value pairs; edit them, then Save</source>
        <translation>Schlüssel-Wert-Paare; bearbeiten Sie sie und klicken Sie dann auf Speichern</translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>subject: %1
issuer: %2
valid from %3 to %4
SHA-256: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
gültig von %3 bis %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>TlsTrustBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the certificate message</source>
        <translation>Die Zertifikatsmeldung schließen</translation>
    </message>
    <message>
        <source>The certificate of the server of “%1” was refused (%2): %3, SHA-256 %4</source>
        <translation>Das Zertifikat des Servers von „%1“ wurde abgelehnt (%2): %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”…</source>
        <translation>Diesem Zertifikat für „%1“ vertrauen …</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”?</source>
        <translation>Diesem Zertifikat für „%1“ vertrauen?</translation>
    </message>
    <message>
        <source>Requests of this profile will accept this one certificate despite its errors; no other certificate and no other profile is affected. You can revoke it under File ▸ Profiles ▸ Network and TLS.</source>
        <translation>Anfragen dieses Profils akzeptieren dieses eine Zertifikat trotz seiner Fehler; kein anderes Zertifikat und kein anderes Profil ist betroffen. Sie können dies unter Datei ▸ Profile ▸ Netzwerk und TLS widerrufen.</translation>
    </message>
    <message>
        <source>Refused because: %1</source>
        <translation>Abgelehnt, weil: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Trust for “%1”</source>
        <translation>Für „%1“ &amp;vertrauen</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ToolAnswerPanel</name>
    <message>
        <source>Answer every call before sending: %1 (%2) has no answer yet.</source>
        <translation>Beantworten Sie vor dem Senden jeden Aufruf: %1 (%2) hat noch keine Antwort.</translation>
    </message>
    <message>
        <source>The command for %1 is still running.</source>
        <translation>Der Befehl für %1 läuft noch.</translation>
    </message>
    <message>
        <source>⚠ The command failed: %1</source>
        <translation>⚠ Der Befehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>⚠ The command finished but printed nothing.</source>
        <translation>⚠ Der Befehl wurde beendet, hat aber nichts ausgegeben.</translation>
    </message>
    <message>
        <source>From the command; check it before sending.</source>
        <translation>Vom Befehl; prüfen Sie es vor dem Senden.</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>Der Befehl wird ausgeführt …</translation>
    </message>
    <message>
        <source>This is not valid JSON; it will be sent as text.</source>
        <translation>Dies ist kein gültiges JSON; es wird als Text gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The answer called %n tool(s): give each call its result</source>
        <translation>
            <numerusform>Die Antwort hat %n Werkzeug aufgerufen: Geben Sie jedem Aufruf sein Ergebnis</numerusform>
            <numerusform>Die Antwort hat %n Werkzeuge aufgerufen: Geben Sie jedem Aufruf sein Ergebnis</numerusform>
        </translation>
    </message>
    <message>
        <source>Or write a message below to go on without them.</source>
        <translation>Oder schreiben Sie unten eine Nachricht, um ohne sie fortzufahren.</translation>
    </message>
    <message>
        <source>Send results</source>
        <translation>Ergebnisse senden</translation>
    </message>
    <message>
        <source>Send the tool results</source>
        <translation>Die Werkzeugergebnisse senden</translation>
    </message>
    <message>
        <source>Ctrl+Enter in a result field</source>
        <translation>Strg+Eingabetaste in einem Ergebnisfeld</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Werkzeugaufrufe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ Arguments are not valid JSON:
%1</source>
        <translation>⚠ Die Argumente sind kein gültiges JSON:
%1</translation>
    </message>
    <message>
        <source>What %1 returned (text or JSON)</source>
        <translation>Was %1 zurückgegeben hat (Text oder JSON)</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <source>Call %1 with arguments %2</source>
        <translation>Aufruf %1 mit den Argumenten %2</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>Run the local command for %1</source>
        <translation>Den lokalen Befehl für %1 ausführen</translation>
    </message>
    <message>
        <source>Runs the command set in Settings with this call on its standard input; its output is put here for you to check.</source>
        <translation>Führt den in den Einstellungen festgelegten Befehl mit diesem Aufruf auf seiner Standardeingabe aus; seine Ausgabe wird hier zur Prüfung eingefügt.</translation>
    </message>
</context>
<context>
    <name>ToolCalls</name>
    <message>
        <source>the message has no tool calls to answer</source>
        <translation>die Nachricht hat keine Werkzeugaufrufe, die zu beantworten wären</translation>
    </message>
    <message>
        <source>call %1 is answered twice</source>
        <translation>Aufruf %1 wird doppelt beantwortet</translation>
    </message>
    <message>
        <source>no call %1 to answer</source>
        <translation>kein Aufruf %1 zum Beantworten</translation>
    </message>
    <message>
        <source>call %1 (%2) has no answer</source>
        <translation>Aufruf %1 (%2) hat keine Antwort</translation>
    </message>
</context>
<context>
    <name>ToolChoiceEditor</name>
    <message>
        <source>Tool choice</source>
        <translation>Werkzeugwahl</translation>
    </message>
    <message>
        <source>“%1” is not among the tools.</source>
        <translation>„%1“ ist nicht unter den Werkzeugen.</translation>
    </message>
    <message>
        <source>The model decides whether to call a tool</source>
        <translation>Das Modell entscheidet, ob es ein Werkzeug aufruft</translation>
    </message>
    <message>
        <source>The model answers without calling a tool</source>
        <translation>Das Modell antwortet, ohne ein Werkzeug aufzurufen</translation>
    </message>
    <message>
        <source>The model calls one or more tools</source>
        <translation>Das Modell ruft ein oder mehrere Werkzeuge auf</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>%1 aufrufen</translation>
    </message>
    <message>
        <source>The model calls %1</source>
        <translation>Das Modell ruft %1 auf</translation>
    </message>
    <message>
        <source>as loaded: %1</source>
        <translation>wie geladen: %1</translation>
    </message>
    <message>
        <source>call %1 (not among the tools)</source>
        <translation>%1 aufrufen (nicht unter den Werkzeugen)</translation>
    </message>
    <message>
        <source>“%1” is not among the tools: the server refuses this choice.</source>
        <translation>„%1“ ist nicht unter den Werkzeugen: Der Server lehnt diese Wahl ab.</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which one it must call</source>
        <translation>Ob das Modell ein Werkzeug aufrufen darf, muss oder nicht darf, oder welches es aufrufen muss</translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Der Befehl wurde nicht innerhalb von %n Sekunde beendet und wurde gestoppt.</numerusform>
            <numerusform>Der Befehl wurde nicht innerhalb von %n Sekunden beendet und wurde gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command wrote more than %1 MB and was stopped.</source>
        <translation>Der Befehl hat mehr als %1 MB ausgegeben und wurde gestoppt.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>Der Befehl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The command crashed.</source>
        <translation>Der Befehl ist abgestürzt.</translation>
    </message>
    <message>
        <source>The command ended with exit code %1.</source>
        <translation>Der Befehl wurde mit Exit-Code %1 beendet.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>strict mode may refuse %1: %2</source>
        <translation>der strict-Modus lehnt %1 möglicherweise ab: %2</translation>
    </message>
    <message>
        <source>What it does and when to call it</source>
        <translation>Was sie tut und wann sie aufzurufen ist</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Funktion hinzufügen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Tools as JSON</source>
        <translation>Werkzeuge als JSON</translation>
    </message>
    <message>
        <source>Add a function tool</source>
        <translation>Ein Funktionswerkzeug hinzufügen</translation>
    </message>
    <message>
        <source>Adds a function template to the list, to fill in and apply</source>
        <translation>Fügt der Liste eine Funktionsvorlage zum Ausfüllen und Anwenden hinzu</translation>
    </message>
    <message>
        <source>Apply tools</source>
        <translation>Werkzeuge anwenden</translation>
    </message>
    <message>
        <source>Use these tools from the next request on (Ctrl+Return)</source>
        <translation>Diese Werkzeuge ab der nächsten Anfrage verwenden (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>These tools can&apos;t be sent: %1</source>
        <translation>Diese Werkzeuge können nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a tool field and is not sent</source>
        <translation>%1 ist kein Werkzeugfeld und wird nicht gesendet</translation>
    </message>
    <message>
        <source>Make the text a valid JSON list first; the function is added to it.</source>
        <translation>Machen Sie den Text zuerst zu einer gültigen JSON-Liste; die Funktion wird ihr hinzugefügt.</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Keine Werkzeuge</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>%n Werkzeug: %1</numerusform>
            <numerusform>%n Werkzeuge: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied yet: Apply (Ctrl+Return) sends these tools.</source>
        <translation>Noch nicht angewendet: „Anwenden“ (Strg+Eingabetaste) sendet diese Werkzeuge.</translation>
    </message>
    <message>
        <source>Edited, not applied: the tools above are still sent.</source>
        <translation>Bearbeitet, nicht angewendet: Es werden weiterhin die bisherigen Werkzeuge gesendet.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Type a list of tools, or press “Add function”.</source>
        <translation>Geben Sie eine Liste von Werkzeugen ein oder klicken Sie auf „Funktion hinzufügen“.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (%2)</source>
        <translation>Kein gültiges JSON: %1 (%2)</translation>
    </message>
    <message>
        <source>tools must be a list: put the tool in [ … ]</source>
        <translation>tools muss eine Liste sein: Setzen Sie das Werkzeug in [ … ]</translation>
    </message>
    <message>
        <source>tools must hold at least one tool (the API refuses an empty list); switch tools off to send none</source>
        <translation>tools muss mindestens ein Werkzeug enthalten (die API lehnt eine leere Liste ab); schalten Sie tools aus, um keine zu senden</translation>
    </message>
    <message>
        <source>%1 must be 1–64 letters, digits, underscores or dashes</source>
        <translation>%1 muss aus 1–64 Buchstaben, Ziffern, Unterstrichen oder Bindestrichen bestehen</translation>
    </message>
    <message>
        <source>%1: “%2” is already the name of tools[%3]</source>
        <translation>%1: „%2“ ist bereits der Name von tools[%3]</translation>
    </message>
    <message>
        <source>The tools the model may call, as the JSON array the API takes; Ctrl+Return applies</source>
        <translation>Die Werkzeuge, die das Modell aufrufen darf, als JSON-Array im Format der API; Strg+Eingabetaste übernimmt sie</translation>
    </message>
</context>
<context>
    <name>Wav</name>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>keine WAV-Datei (kein RIFF/WAVE-Header)</translation>
    </message>
    <message>
        <source>the WAV format chunk is truncated</source>
        <translation>der format-Chunk der WAV-Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the WAV file is not PCM (format %1)</source>
        <translation>die WAV-Datei ist nicht PCM (Format %1)</translation>
    </message>
    <message>
        <source>the WAV format chunk is invalid</source>
        <translation>der format-Chunk der WAV-Datei ist ungültig</translation>
    </message>
    <message>
        <source>the WAV data comes before its format</source>
        <translation>die WAV-Daten stehen vor ihrem format-Chunk</translation>
    </message>
    <message>
        <source>the WAV file has no data chunk</source>
        <translation>die WAV-Datei hat keinen data-Chunk</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli</name>
    <message>
        <source>--param must look like KEY=JSON, got &quot;%1&quot;</source>
        <translation>--param muss die Form KEY=JSON haben, erhalten: „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of messages (%2)</source>
        <translation>%1 muss ein JSON-Array von Nachrichten enthalten (%2)</translation>
    </message>
    <message>
        <source>nothing to send: give a PROMPT, --messages-file or pipe text in</source>
        <translation>nichts zu senden: Geben Sie einen PROMPT oder --messages-file an oder leiten Sie Text per Pipe ein</translation>
    </message>
    <message>
        <source>no model: pass --model or save a default model in the profile</source>
        <translation>kein Modell: Geben Sie --model an oder speichern Sie ein Standardmodell im Profil</translation>
    </message>
    <message>
        <source>complete needs a PROMPT</source>
        <translation>complete benötigt einen PROMPT</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;</source>
        <translation>--header muss die Form &apos;Name: value&apos; haben</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout benötigt eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--retries needs a number, 0 or more</source>
        <translation>--retries benötigt eine Zahl, 0 oder größer</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output muss text oder json sein</translation>
    </message>
    <message>
        <source>--metadata must look like K=V</source>
        <translation>--metadata muss die Form K=V haben</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit benötigt eine positive Zahl</translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation>--order muss asc oder desc sein</translation>
    </message>
    <message>
        <source>--proxy must be system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (never a password: it goes to the keychain)</source>
        <translation>--proxy muss system, none, http://[USER@]HOST:PORT oder socks5://[USER@]HOST:PORT sein (niemals mit Passwort: Es kommt in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see: kaiwa-cli profile list)</source>
        <translation>kein Profil namens „%1“ (siehe: kaiwa-cli profile list)</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot; (openai, azure-openai, azure-inference, gateway, local)</source>
        <translation>unbekannter --provider „%1“ (openai, azure-openai, azure-inference, gateway, local)</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot;</source>
        <translation>unbekannter --provider „%1“</translation>
    </message>
    <message>
        <source>--base-url must be an http or https URL</source>
        <translation>--base-url muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <source>no --base-url given for this provider</source>
        <translation>kein --base-url für diesen Anbieter angegeben</translation>
    </message>
    <message>
        <source>conversations search needs a QUERY</source>
        <translation>conversations search benötigt eine QUERY</translation>
    </message>
    <message>
        <source>--format must be json or markdown</source>
        <translation>--format muss json oder markdown sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>„%1“ ist keine Unterhaltungs-ID</translation>
    </message>
    <message>
        <source>Markdown export takes exactly one conversation ID</source>
        <translation>Der Markdown-Export erwartet genau eine Unterhaltungs-ID</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 (at %3)</source>
        <translation>%1 wurde nicht importiert: %2 (bei %3)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung importiert</numerusform>
            <numerusform>%n Unterhaltungen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conversations command &quot;%1&quot; (list, search, export, import)</source>
        <translation>unbekannter conversations-Befehl „%1“ (list, search, export, import)</translation>
    </message>
    <message>
        <source>this provider needs --base-url</source>
        <translation>dieser Anbieter benötigt --base-url</translation>
    </message>
    <message>
        <source>--auth must be bearer, api-key, both or none</source>
        <translation>--auth muss bearer, api-key, both oder none sein</translation>
    </message>
    <message>
        <source>--token-field must be max_completion_tokens or max_tokens</source>
        <translation>--token-field muss max_completion_tokens oder max_tokens sein</translation>
    </message>
    <message>
        <source>--extra-body must be a JSON object</source>
        <translation>--extra-body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>profile %1 needs a NAME</source>
        <translation>profile %1 benötigt einen NAME</translation>
    </message>
    <message>
        <source>saved profile %1; set its key with: kaiwa-cli profile set-key %1</source>
        <translation>Profil %1 gespeichert; Schlüssel festlegen mit: kaiwa-cli profile set-key %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>removed profile %1</source>
        <translation>Profil %1 entfernt</translation>
    </message>
    <message>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</source>
        <translation>kein Geheimnis auf der Standardeingabe (z. B. printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</translation>
    </message>
    <message>
        <source>the key was not saved: no system keychain</source>
        <translation>der Schlüssel wurde nicht gespeichert: kein Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>stored the proxy password of %1 in the system keychain</source>
        <translation>Proxy-Passwort von %1 im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>stored the key of %1 in the system keychain</source>
        <translation>Schlüssel von %1 im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>unknown profile command &quot;%1&quot; (list, add, remove, set-key, set-proxy-password)</source>
        <translation>unbekannter profile-Befehl „%1“ (list, add, remove, set-key, set-proxy-password)</translation>
    </message>
    <message>
        <source>--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)</source>
        <translation>--save erwartet einen Text-Prompt (nicht --messages-file, --image, --audio oder --no-stream)</translation>
    </message>
    <message>
        <source>stored %1 needs a completion ID</source>
        <translation>stored %1 benötigt eine Completion-ID</translation>
    </message>
    <message>
        <source>stored update needs --metadata K=V (the server replaces the whole map)</source>
        <translation>stored update benötigt --metadata K=V (der Server ersetzt die gesamte Zuordnung)</translation>
    </message>
    <message>
        <source>unknown stored command &quot;%1&quot; (list, get, messages, update, delete)</source>
        <translation>unbekannter stored-Befehl „%1“ (list, get, messages, update, delete)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file name, %2 what is wrong in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[tool call %1] %2 %3</source>
        <extracomment>%1 the call&apos;s id, %2 the function&apos;s name, %3 its JSON arguments</extracomment>
        <translation>[Werkzeugaufruf %1] %2 %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2 (see: kaiwa-cli --help)</source>
        <translation>unbekannter Befehl „%1“; die Befehle sind: %2 (siehe: kaiwa-cli --help)</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; its subcommands are: %3 (see: kaiwa-cli help %1)</source>
        <translation>unbekannter %1-Befehl „%2“; seine Unterbefehle sind: %3 (siehe: kaiwa-cli help %1)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (see: kaiwa-cli help %2)</source>
        <translation>--%1 gilt nicht für %2 (siehe: kaiwa-cli help %2)</translation>
    </message>
    <message>
        <source>no command given (see: kaiwa-cli --help)</source>
        <translation>kein Befehl angegeben (siehe: kaiwa-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2 (see: kaiwa-cli help %1)</source>
        <translation>%1 benötigt einen Unterbefehl: %2 (siehe: kaiwa-cli help %1)</translation>
    </message>
    <message>
        <source>%1 Continuing without an API key.</source>
        <translation>%1 Es wird ohne API-Schlüssel fortgefahren.</translation>
    </message>
    <message>
        <source>command line</source>
        <extracomment>The name of the profile made from command-line options (shown in error messages).</extracomment>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 s</source>
        <extracomment>%1 why the request failed, %2 the retry&apos;s number, %3 seconds until it starts</extracomment>
        <translation>%1; Wiederholung %2 in %3 s</translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>Prefix of every error line on standard error: &quot;kaiwa-cli: error: …&quot;</extracomment>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>Prefix of a warning line on standard error: &quot;kaiwa-cli: warning: …&quot;</extracomment>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli help</name>
    <message>
        <source>List the model ids the server offers.</source>
        <translation>Die Modell-IDs auflisten, die der Server anbietet.</translation>
    </message>
    <message>
        <source>Lists the models of the server (GET /models), one id per line. With --output json, prints the server&apos;s answer as it came.</source>
        <translation>Listet die Modelle des Servers auf (GET /models), eine ID pro Zeile. Mit --output json wird die Antwort des Servers unverändert ausgegeben.</translation>
    </message>
    <message>
        <source>Send a chat completion and stream the answer.</source>
        <translation>Eine Chat-Completion senden und die Antwort streamen.</translation>
    </message>
    <message>
        <source>Sends a Chat Completions request and prints choice 0 of the answer as it streams in. With --output json, prints one chat.completion assembled from the stream (with --no-stream, the server&apos;s object). Tool calls are printed as &quot;[tool call ID] NAME ARGUMENTS&quot;.

The model comes from --model or the profile&apos;s default model. Ctrl+C stops the request and keeps the partial answer.</source>
        <translation>Sendet eine Chat-Completions-Anfrage und gibt Variante 0 der Antwort aus, während sie eintrifft. Mit --output json wird eine aus dem Stream zusammengesetzte chat.completion ausgegeben (mit --no-stream das Objekt des Servers). Werkzeugaufrufe werden als &quot;[Werkzeugaufruf ID] NAME ARGUMENTS&quot; ausgegeben.

Das Modell kommt aus --model oder dem Standardmodell des Profils. Strg+C bricht die Anfrage ab und behält die bisherige Antwort.</translation>
    </message>
    <message>
        <source>The user message: the words after chat, or standard input when it is not a terminal.</source>
        <translation>Die Nachricht des Benutzers: die Wörter nach chat oder die Standardeingabe, wenn sie kein Terminal ist.</translation>
    </message>
    <message>
        <source>Send a legacy text completion (/completions).</source>
        <translation>Eine Legacy-Text-Completion senden (/completions).</translation>
    </message>
    <message>
        <source>Sends a legacy Completions request (POST /completions) and prints the text as it streams in.</source>
        <translation>Sendet eine Legacy-Completions-Anfrage (POST /completions) und gibt den Text aus, während er eintrifft.</translation>
    </message>
    <message>
        <source>The text to continue: the words after complete, or standard input.</source>
        <translation>Der fortzusetzende Text: die Wörter nach complete oder die Standardeingabe.</translation>
    </message>
    <message>
        <source>Completions stored on the server (chat --store).</source>
        <translation>Auf dem Server gespeicherte Completions (chat --store).</translation>
    </message>
    <message>
        <source>Lists, shows, updates and deletes the chat completions that the server stored because the request had store: true (kaiwa-cli chat --store).</source>
        <translation>Listet, zeigt, aktualisiert und löscht die Chat-Completions, die der Server gespeichert hat, weil die Anfrage store: true enthielt (kaiwa-cli chat --store).</translation>
    </message>
    <message>
        <source>List stored completions.</source>
        <translation>Gespeicherte Completions auflisten.</translation>
    </message>
    <message>
        <source>Lists stored completions, one per line: id, creation time (UTC), model and metadata. --model and --metadata filter; --all follows every page.</source>
        <translation>Listet gespeicherte Completions auf, eine pro Zeile: ID, Erstellungszeit (UTC), Modell und Metadaten. --model und --metadata filtern; --all folgt allen Seiten.</translation>
    </message>
    <message>
        <source>Show one stored completion.</source>
        <translation>Eine gespeicherte Completion anzeigen.</translation>
    </message>
    <message>
        <source>Prints the id, model and metadata of a stored completion, then the text of its answer.</source>
        <translation>Gibt ID, Modell und Metadaten einer gespeicherten Completion aus, danach den Text ihrer Antwort.</translation>
    </message>
    <message>
        <source>The completion&apos;s id (chatcmpl-…).</source>
        <translation>Die ID der Completion (chatcmpl-…).</translation>
    </message>
    <message>
        <source>List the request messages of a stored completion.</source>
        <translation>Die Anfragenachrichten einer gespeicherten Completion auflisten.</translation>
    </message>
    <message>
        <source>Lists the messages of the request that produced a stored completion, one &quot;role: text&quot; line each.</source>
        <translation>Listet die Nachrichten der Anfrage auf, die eine gespeicherte Completion erzeugt hat, je eine Zeile &quot;role: text&quot;.</translation>
    </message>
    <message>
        <source>Replace the metadata of a stored completion.</source>
        <translation>Die Metadaten einer gespeicherten Completion ersetzen.</translation>
    </message>
    <message>
        <source>Sets the metadata of a stored completion to the --metadata pairs given; the server replaces the whole map.</source>
        <translation>Setzt die Metadaten einer gespeicherten Completion auf die angegebenen --metadata-Paare; der Server ersetzt die gesamte Zuordnung.</translation>
    </message>
    <message>
        <source>Delete a stored completion.</source>
        <translation>Eine gespeicherte Completion löschen.</translation>
    </message>
    <message>
        <source>Deletes a stored completion from the server.</source>
        <translation>Löscht eine gespeicherte Completion vom Server.</translation>
    </message>
    <message>
        <source>Saved provider profiles.</source>
        <translation>Gespeicherte Anbieterprofile.</translation>
    </message>
    <message>
        <source>Manages the provider profiles that kaiwa-cli and the Kaiwa app share. A profile keeps everything but its secrets in profiles.ini; the API key and the proxy password go to the OS keychain and are read from standard input, never from the command line. Use a profile with --profile NAME.</source>
        <translation>Verwaltet die Anbieterprofile, die kaiwa-cli und die Kaiwa-App gemeinsam nutzen. Ein Profil speichert alles außer seinen Geheimnissen in profiles.ini; der API-Schlüssel und das Proxy-Passwort kommen in den Schlüsselbund des Betriebssystems und werden von der Standardeingabe gelesen, nie von der Befehlszeile. Ein Profil wird mit --profile NAME verwendet.</translation>
    </message>
    <message>
        <source>List saved profiles.</source>
        <translation>Gespeicherte Profile auflisten.</translation>
    </message>
    <message>
        <source>Lists the saved profiles, one per line: name, provider, base URL and default model. With --output json, every setting of each profile (never the key).</source>
        <translation>Listet die gespeicherten Profile auf, eines pro Zeile: Name, Anbieter, Basis-URL und Standardmodell. Mit --output json jede Einstellung jedes Profils (nie den Schlüssel).</translation>
    </message>
    <message>
        <source>Save a profile, or change a saved one.</source>
        <translation>Ein Profil speichern oder ein gespeichertes ändern.</translation>
    </message>
    <message>
        <source>Saves the profile NAME with the options given. For a profile that exists, the options given replace its settings and the others stay; --provider starts again from that provider&apos;s defaults. Then set its key with profile set-key.</source>
        <translation>Speichert das Profil NAME mit den angegebenen Optionen. Bei einem vorhandenen Profil ersetzen die angegebenen Optionen dessen Einstellungen, die übrigen bleiben; --provider beginnt neu mit den Standardwerten dieses Anbieters. Setzen Sie danach seinen Schlüssel mit profile set-key.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>Delete a profile and its secrets.</source>
        <translation>Ein Profil und seine Geheimnisse löschen.</translation>
    </message>
    <message>
        <source>Deletes the profile, its key and its proxy password.</source>
        <translation>Löscht das Profil, seinen Schlüssel und sein Proxy-Passwort.</translation>
    </message>
    <message>
        <source>Store a profile&apos;s API key in the keychain.</source>
        <translation>Den API-Schlüssel eines Profils im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Reads the API key from standard input and stores it in the OS keychain (the Secret Service on Linux). Without a keychain, nothing is stored and the exit status is 1.</source>
        <translation>Liest den API-Schlüssel von der Standardeingabe und speichert ihn im Schlüsselbund des Betriebssystems (unter Linux im Secret Service). Ohne Schlüsselbund wird nichts gespeichert und der Exit-Status ist 1.</translation>
    </message>
    <message>
        <source>Store a profile&apos;s proxy password in the keychain.</source>
        <translation>Das Proxy-Passwort eines Profils im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Reads the password of the profile&apos;s proxy user (profile add sets the proxy) from standard input and stores it in the OS keychain, never in profiles.ini.</source>
        <translation>Liest das Passwort des Proxy-Benutzers des Profils (profile add legt den Proxy fest) von der Standardeingabe und speichert es im Schlüsselbund des Betriebssystems, nie in profiles.ini.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation history.</source>
        <translation>Der Unterhaltungsverlauf von Kaiwa.</translation>
    </message>
    <message>
        <source>Lists, searches, exports and imports the conversations of the Kaiwa app (and of chat --save). They are local: no server is contacted.</source>
        <translation>Listet, durchsucht, exportiert und importiert die Unterhaltungen der Kaiwa-App (und von chat --save). Sie sind lokal: Es wird kein Server kontaktiert.</translation>
    </message>
    <message>
        <source>List conversations.</source>
        <translation>Unterhaltungen auflisten.</translation>
    </message>
    <message>
        <source>Lists the conversations, one per line: id, last change (UTC) and title.</source>
        <translation>Listet die Unterhaltungen auf, eine pro Zeile: ID, letzte Änderung (UTC) und Titel.</translation>
    </message>
    <message>
        <source>Search every message.</source>
        <translation>Alle Nachrichten durchsuchen.</translation>
    </message>
    <message>
        <source>Searches the text of every message, in any language (one character is enough). Prints conversation id, message id, title and a snippet per hit.</source>
        <translation>Durchsucht den Text aller Nachrichten in jeder Sprache (ein Zeichen genügt). Gibt pro Treffer Unterhaltungs-ID, Nachrichten-ID, Titel und einen Ausschnitt aus.</translation>
    </message>
    <message>
        <source>The words to find (the rest of the line).</source>
        <translation>Die zu suchenden Wörter (der Rest der Zeile).</translation>
    </message>
    <message>
        <source>Print conversations as JSON or Markdown.</source>
        <translation>Unterhaltungen als JSON oder Markdown ausgeben.</translation>
    </message>
    <message>
        <source>Prints the conversations as Kaiwa JSON (lossless, attachments included), or one conversation as Markdown.</source>
        <translation>Gibt die Unterhaltungen als Kaiwa-JSON aus (verlustfrei, mit Anhängen) oder eine Unterhaltung als Markdown.</translation>
    </message>
    <message>
        <source>Conversation ids (default: all; exactly one for Markdown).</source>
        <translation>Unterhaltungs-IDs (Standard: alle; genau eine für Markdown).</translation>
    </message>
    <message>
        <source>Import Kaiwa JSON or a ChatGPT export.</source>
        <translation>Kaiwa-JSON oder einen ChatGPT-Export importieren.</translation>
    </message>
    <message>
        <source>Imports a Kaiwa JSON export or a ChatGPT conversations.json, all in one transaction: nothing is imported when the file has an error.</source>
        <translation>Importiert einen Kaiwa-JSON-Export oder eine conversations.json von ChatGPT in einer einzigen Transaktion: Enthält die Datei einen Fehler, wird nichts importiert.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Die Hilfe zu einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Prints the help of a command or subcommand, or this overview without one. &quot;kaiwa-cli COMMAND --help&quot; does the same.</source>
        <translation>Gibt die Hilfe zu einem Befehl oder Unterbefehl aus, ohne Angabe diese Übersicht. &quot;kaiwa-cli COMMAND --help&quot; bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>A command, and for a group one of its subcommands.</source>
        <translation>Ein Befehl und bei einer Gruppe einer ihrer Unterbefehle.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the keychain failed; 2 usage error; 3 API error (an HTTP error status or an error in the stream); 4 network error, timeout, or a stream that ended early. On 3 and 4, standard output keeps what arrived and standard error has one line &quot;kaiwa-cli: error: ...&quot;.</source>
        <translation>Exit-Status: 0 Erfolg; 1 Schlüsselbund fehlgeschlagen; 2 Aufruffehler; 3 API-Fehler (ein HTTP-Fehlerstatus oder ein Fehler im Stream); 4 Netzwerkfehler, Zeitüberschreitung oder ein vorzeitig beendeter Stream. Bei 3 und 4 behält die Standardausgabe, was eingetroffen ist, und die Standardfehlerausgabe enthält eine Zeile &quot;kaiwa-cli: Fehler: ...&quot;.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the conversation database, the profile file or the keychain failed; 2 usage error.</source>
        <translation>Exit-Status: 0 Erfolg; 1 Unterhaltungsdatenbank, Profildatei oder Schlüsselbund fehlgeschlagen; 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 2 unknown command.</source>
        <translation>Exit-Status: 0 Erfolg; 2 unbekannter Befehl.</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</source>
        <translation>Aufruf: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Talks to any OpenAI-compatible Chat Completions API, and to the profiles and conversation history it shares with the Kaiwa app.</source>
        <translation>Spricht mit jeder OpenAI-kompatiblen Chat-Completions-API sowie mit den Profilen und dem Unterhaltungsverlauf, die es mit der Kaiwa-App teilt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Connection options (models, chat, complete, stored):</source>
        <translation>Verbindungsoptionen (models, chat, complete, stored):</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Options may come anywhere on the line. &quot;kaiwa-cli help COMMAND&quot; (or &quot;kaiwa-cli COMMAND --help&quot;) shows a command&apos;s own options, arguments and examples; &quot;man kaiwa-cli&quot; has everything.

The API key comes from the OS keychain (--profile) or from $KAIWA_API_KEY or $OPENAI_API_KEY; it is never accepted on the command line.</source>
        <translation>Optionen dürfen an beliebiger Stelle der Zeile stehen. &quot;kaiwa-cli help COMMAND&quot; (oder &quot;kaiwa-cli COMMAND --help&quot;) zeigt die Optionen, Argumente und Beispiele eines Befehls; &quot;man kaiwa-cli&quot; enthält alles.

Der API-Schlüssel kommt aus dem Schlüsselbund des Betriebssystems (--profile) oder aus $KAIWA_API_KEY oder $OPENAI_API_KEY; auf der Befehlszeile wird er nie akzeptiert.</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] %1</source>
        <translation>Aufruf: kaiwa-cli [OPTIONS] %1</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options of its subcommands:</source>
        <translation>Optionen der Unterbefehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Connection options: %1 (see: kaiwa-cli --help).</source>
        <translation>Verbindungsoptionen: %1 (siehe: kaiwa-cli --help).</translation>
    </message>
    <message>
        <source>Global options: %1.</source>
        <translation>Globale Optionen: %1.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Run &quot;kaiwa-cli help %1 SUBCOMMAND&quot; for the options and examples of a subcommand.</source>
        <translation>Führen Sie &quot;kaiwa-cli help %1 SUBCOMMAND&quot; aus, um die Optionen und Beispiele eines Unterbefehls zu sehen.</translation>
    </message>
    <message>
        <source>Show help (for a command: its own).</source>
        <translation>Hilfe anzeigen (bei einem Befehl: dessen eigene).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>text (default) or json: the server&apos;s JSON, or one JSON document for local data.</source>
        <translation>text (Standard) oder json: das JSON des Servers oder ein JSON-Dokument für lokale Daten.</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation>Basis-URL der API, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>openai (default), azure-openai, azure-inference, gateway or local: sets the authentication and URL style.</source>
        <translation>openai (Standard), azure-openai, azure-inference, gateway oder local: legt Authentifizierung und URL-Form fest.</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable instead of KAIWA_API_KEY or OPENAI_API_KEY (also instead of the keychain with --profile).</source>
        <translation>Den API-Schlüssel aus dieser Umgebungsvariable statt aus KAIWA_API_KEY oder OPENAI_API_KEY lesen (mit --profile auch statt aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>The api-version query parameter (Azure).</source>
        <translation>Der Abfrageparameter api-version (Azure).</translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation>Zusätzlicher Anfrage-Header &apos;Name: value&apos; (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain); the options above override its settings for this run.</source>
        <translation>Ein gespeichertes Profil verwenden (sein Schlüssel kommt aus dem Schlüsselbund des Betriebssystems); die obigen Optionen überschreiben für diesen Aufruf seine Einstellungen.</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation>Sekunden ohne Daten bis zum Aufgeben (Verbindung und Stream; Standard 60).</translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx before any answer arrived (default 2).</source>
        <translation>Wiederholungen bei Verbindungsfehlern, 408, 409, 429 und 5xx, bevor eine Antwort eintraf (Standard 2).</translation>
    </message>
    <message>
        <source>system (default), none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT; the password comes from the keychain (profile set-proxy-password).</source>
        <translation>system (Standard), none, http://[USER@]HOST:PORT oder socks5://[USER@]HOST:PORT; das Passwort kommt aus dem Schlüsselbund (profile set-proxy-password).</translation>
    </message>
    <message>
        <source>PEM file of CA certificates trusted besides the system&apos;s.</source>
        <translation>PEM-Datei mit CA-Zertifikaten, denen zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>PEM client certificate (mutual TLS).</source>
        <translation>PEM-Client-Zertifikat (gegenseitiges TLS).</translation>
    </message>
    <message>
        <source>Its PEM private key (without a passphrase).</source>
        <translation>Dessen privater PEM-Schlüssel (ohne Passphrase).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint that the server&apos;s certificate or its CA must have (repeatable).</source>
        <translation>SHA-256-Fingerabdruck, den das Zertifikat des Servers oder seine CA haben muss (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Accept this one certificate despite its TLS errors (SHA-256, repeatable).</source>
        <translation>Dieses eine Zertifikat trotz seiner TLS-Fehler akzeptieren (SHA-256, mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Model id or Azure deployment (chat, complete: default from the profile; stored list: only this model&apos;s; profile add: the profile&apos;s default).</source>
        <translation>Modell-ID oder Azure-Bereitstellung (chat, complete: Standard aus dem Profil; stored list: nur die dieses Modells; profile add: das Standardmodell des Profils).</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Systemprompt.</translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT (the API&apos;s own message format).</source>
        <translation>JSON-Array von Nachrichten, die vor PROMPT gesendet werden (im Nachrichtenformat der API).</translation>
    </message>
    <message>
        <source>Image file or URL to attach (repeatable).</source>
        <translation>Anzuhängende Bilddatei oder URL (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Audio file to attach (wav or mp3).</source>
        <translation>Anzuhängende Audiodatei (wav oder mp3).</translation>
    </message>
    <message>
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable), e.g. temperature=0.2.</source>
        <translation>Anfrageparameter KEY=JSON oder KEY=@file.json (mehrfach angebbar), z. B. temperature=0.2.</translation>
    </message>
    <message>
        <source>Ask for one JSON answer instead of a stream.</source>
        <translation>Eine einzelne JSON-Antwort statt eines Streams anfordern.</translation>
    </message>
    <message>
        <source>Store the completion on the server (store: true).</source>
        <translation>Die Completion auf dem Server speichern (store: true).</translation>
    </message>
    <message>
        <source>Also save the exchange in Kaiwa&apos;s conversation history (a text prompt only).</source>
        <translation>Den Austausch auch im Unterhaltungsverlauf von Kaiwa speichern (nur bei einem Text-Prompt).</translation>
    </message>
    <message>
        <source>Metadata pair (repeatable): sent with chat, a filter for stored list, the new map for stored update.</source>
        <translation>Metadatenpaar (mehrfach angebbar): bei chat gesendet, bei stored list ein Filter, bei stored update die neuen Metadaten.</translation>
    </message>
    <message>
        <source>Text that follows the completion.</source>
        <translation>Text, der auf die Completion folgt.</translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation>Einträge pro Seite.</translation>
    </message>
    <message>
        <source>asc or desc.</source>
        <translation>asc oder desc.</translation>
    </message>
    <message>
        <source>Start after this id.</source>
        <translation>Nach dieser ID beginnen.</translation>
    </message>
    <message>
        <source>Follow every page and print them as one list.</source>
        <translation>Allen Seiten folgen und sie als eine Liste ausgeben.</translation>
    </message>
    <message>
        <source>How the key is sent: bearer, api-key, both or none (default: the provider&apos;s).</source>
        <translation>Wie der Schlüssel gesendet wird: bearer, api-key, both oder none (Standard: der Wert des Anbieters).</translation>
    </message>
    <message>
        <source>Name of the token-limit field: max_completion_tokens or max_tokens.</source>
        <translation>Name des Token-Limit-Felds: max_completion_tokens oder max_tokens.</translation>
    </message>
    <message>
        <source>JSON object merged into every request body.</source>
        <translation>JSON-Objekt, das in jeden Anfrage-Body eingefügt wird.</translation>
    </message>
    <message>
        <source>Value of the extra-parameters header (Azure AI inference: pass-through, drop or error).</source>
        <translation>Wert des extra-parameters-Headers (Azure AI Inference: pass-through, drop oder error).</translation>
    </message>
    <message>
        <source>json (default) or markdown (one conversation).</source>
        <translation>json (Standard) oder markdown (eine Unterhaltung).</translation>
    </message>
</context>
</TS>
