<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>The system keychain could not %1 the API key for “%2” (%3). Try again.</source>
        <translation>Der Schlüsselbund des Systems konnte den API-Schlüssel für „%2“ nicht %1 (%3). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1). Der API-Schlüssel wird bis zum Beenden von Kaiwa im Arbeitsspeicher gehalten; er wird nicht gespeichert.</translation>
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
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”?</source>
        <translation>Diesem Zertifikat für „%1“ vertrauen?</translation>
    </message>
    <message>
        <source>Requests of this profile will accept this one certificate despite its errors; no other certificate and no other profile is affected. You can revoke it under Network and TLS.

%1</source>
        <translation>Anfragen dieses Profils akzeptieren dieses eine Zertifikat trotz seiner Fehler; kein anderes Zertifikat und kein anderes Profil ist betroffen. Sie können dies unter „Netzwerk und TLS“ widerrufen.

%1</translation>
    </message>
    <message>
        <source>&amp;Trust for “%1”</source>
        <translation>Für „%1“ &amp;vertrauen</translation>
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
        <source>try again in %1 s.</source>
        <translation>in %1 s erneut versuchen.</translation>
    </message>
    <message>
        <source>try again in %1 min.</source>
        <translation>in %1 min erneut versuchen.</translation>
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
        <source>Rate limited (HTTP 429): %1</source>
        <translation>Ratenbegrenzung erreicht (HTTP 429): %1</translation>
    </message>
    <message>
        <source>try again later.</source>
        <translation>später erneut versuchen.</translation>
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
        <source>Commands:
  models                       list the server&apos;s model ids
  chat [PROMPT]                send a chat completion (streams by default)
  complete PROMPT              legacy /completions
  stored list|get|messages|update|delete   stored completions (store: true)
  profile list|add|remove|set-key|set-proxy-password NAME   saved provider profiles
  conversations list|search|export|import  Kaiwa&apos;s conversation history

Exit codes: 0 success, 2 usage error, 3 API error, 4 network error, timeout or a
stream that ended early. The API key comes from the OS keychain (--profile) or from
$KAIWA_API_KEY / $OPENAI_API_KEY; it is never accepted on the command line.</source>
        <translation>Befehle:
  models                       die Modell-IDs des Servers auflisten
  chat [PROMPT]                eine Chat-Completion senden (standardmäßig gestreamt)
  complete PROMPT              Legacy-/completions
  stored list|get|messages|update|delete   gespeicherte Completions (store: true)
  profile list|add|remove|set-key|set-proxy-password NAME   gespeicherte Anbieterprofile
  conversations list|search|export|import  Unterhaltungsverlauf von Kaiwa

Exit-Codes: 0 Erfolg, 2 Aufruffehler, 3 API-Fehler, 4 Netzwerkfehler,
Zeitüberschreitung oder ein vorzeitig beendeter Stream. Der API-Schlüssel stammt
aus dem Schlüsselbund des Betriebssystems (--profile) oder aus
$KAIWA_API_KEY / $OPENAI_API_KEY; auf der Befehlszeile wird er nie angenommen.</translation>
    </message>
    <message>
        <source>Talk to any OpenAI-compatible Chat Completions API.</source>
        <translation>Mit jeder OpenAI-kompatiblen Chat-Completions-API sprechen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation>Basis-URL der API, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>openai, azure-openai, azure-inference, gateway or local.</source>
        <translation>openai, azure-openai, azure-inference, gateway oder local.</translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation>Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <source>api-version query parameter (Azure).</source>
        <translation>Abfrageparameter api-version (Azure).</translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation>Zusätzlicher Anfrage-Header &apos;Name: value&apos; (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain).</source>
        <translation>Ein gespeichertes Profil verwenden (sein Schlüssel kommt aus dem Schlüsselbund des Betriebssystems).</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation>Sekunden ohne Daten bis zum Aufgeben (Verbindung und Stream; Standard 60).</translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx (default 2).</source>
        <translation>Wiederholungen bei Verbindungsfehlern, 408, 409, 429 und 5xx (Standard 2).</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text oder json.</translation>
    </message>
    <message>
        <source>Model id (or Azure deployment).</source>
        <translation>Modell-ID (oder Azure-Bereitstellung).</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Systemprompt.</translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT.</source>
        <translation>JSON-Array von Nachrichten, die vor PROMPT gesendet werden.</translation>
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
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable).</source>
        <translation>Anfrageparameter KEY=JSON oder KEY=@file.json (mehrfach angebbar).</translation>
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
        <source>Also save the exchange in Kaiwa&apos;s conversation history.</source>
        <translation>Den Austausch auch im Unterhaltungsverlauf von Kaiwa speichern.</translation>
    </message>
    <message>
        <source>Metadata K=V (repeatable).</source>
        <translation>Metadaten K=V (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Text after the completion (legacy completions).</source>
        <translation>Text nach der Completion (Legacy-Completions).</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>Exportformat: json oder markdown.</translation>
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
        <source>List after this id.</source>
        <translation>Nach dieser ID auflisten.</translation>
    </message>
    <message>
        <source>Follow every page.</source>
        <translation>Allen Seiten folgen.</translation>
    </message>
    <message>
        <source>Profile auth: bearer, api-key, both or none.</source>
        <translation>Authentifizierung des Profils: bearer, api-key, both oder none.</translation>
    </message>
    <message>
        <source>Profile token-limit field: max_completion_tokens or max_tokens.</source>
        <translation>Token-Limit-Feld des Profils: max_completion_tokens oder max_tokens.</translation>
    </message>
    <message>
        <source>Profile JSON object merged into every request body.</source>
        <translation>JSON-Objekt des Profils, das in jeden Anfrage-Body eingefügt wird.</translation>
    </message>
    <message>
        <source>Profile extra-parameters header (Azure AI inference).</source>
        <translation>extra-parameters-Header des Profils (Azure AI Inference).</translation>
    </message>
    <message>
        <source>Proxy: system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (the password: kaiwa-cli profile set-proxy-password NAME).</source>
        <translation>Proxy: system, none, http://[USER@]HOST:PORT oder socks5://[USER@]HOST:PORT (das Passwort: kaiwa-cli profile set-proxy-password NAME).</translation>
    </message>
    <message>
        <source>PEM file of extra CA certificates.</source>
        <translation>PEM-Datei mit zusätzlichen CA-Zertifikaten.</translation>
    </message>
    <message>
        <source>PEM client certificate (mutual TLS).</source>
        <translation>PEM-Client-Zertifikat (gegenseitiges TLS).</translation>
    </message>
    <message>
        <source>Its PEM private key (no passphrase).</source>
        <translation>Dessen privater PEM-Schlüssel (ohne Passphrase).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint the server&apos;s certificate or its CA must have (repeatable).</source>
        <translation>SHA-256-Fingerabdruck, den das Zertifikat des Servers oder seine CA haben muss (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Accept this one certificate despite its TLS errors (SHA-256, repeatable).</source>
        <translation>Dieses eine Zertifikat trotz seiner TLS-Fehler akzeptieren (SHA-256, mehrfach angebbar).</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
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
        <source>no command given (try --help)</source>
        <translation>kein Befehl angegeben (siehe --help)</translation>
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
        <source>Continuing without an API key.</source>
        <translation>Es wird ohne API-Schlüssel fortgefahren.</translation>
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
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
</context>
</TS>
