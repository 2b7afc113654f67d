<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped: %1</source>
        <translation>回答が停止しました: %1</translation>
    </message>
    <message>
        <source>the answer was interrupted</source>
        <translation>回答が中断されました</translation>
    </message>
    <message>
        <source>Answer finished: %1</source>
        <translation>回答が完了しました: %1</translation>
    </message>
    <message>
        <source>Answer finished: the model calls %1</source>
        <translation>回答が完了しました: モデルが %1 を呼び出します</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>回答が完了しました</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP エラー</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API エラー</translation>
    </message>
    <message>
        <source>stream ended early</source>
        <translation>ストリームの途中終了</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>不正な形式の応答</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>応答のサイズ超過</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>キーチェーンのエラー</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>使い方の誤り</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <comment>an error kind, then a status</comment>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error label, then the message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a message, then the server&apos;s error code</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 [request %2]</source>
        <comment>a message, then the request id</comment>
        <translation>%1 [リクエスト %2]</translation>
    </message>
    <message>
        <source>the server refused the request as malformed</source>
        <translation>サーバーはリクエストの形式が正しくないとして拒否しました</translation>
    </message>
    <message>
        <source>the API key was refused; check it in the profile</source>
        <translation>API キーが拒否されました。プロファイルで確認してください</translation>
    </message>
    <message>
        <source>this key may not use this model or endpoint</source>
        <translation>このキーではこのモデルまたはエンドポイントを使用できません</translation>
    </message>
    <message>
        <source>not found; check the profile&apos;s base URL and the model name</source>
        <translation>見つかりません。プロファイルのベース URL とモデル名を確認してください</translation>
    </message>
    <message>
        <source>the server gave up waiting for the request</source>
        <translation>サーバーがリクエストの待機を打ち切りました</translation>
    </message>
    <message>
        <source>the request conflicts with the server&apos;s state; try again</source>
        <translation>リクエストがサーバーの状態と競合しています。もう一度お試しください</translation>
    </message>
    <message>
        <source>the request is too large for the server</source>
        <translation>リクエストが大きすぎてサーバーが受け付けません</translation>
    </message>
    <message>
        <source>too many requests; wait and try again</source>
        <translation>リクエストが多すぎます。しばらく待ってからもう一度お試しください</translation>
    </message>
    <message>
        <source>the server failed with an internal error</source>
        <translation>サーバーで内部エラーが発生しました</translation>
    </message>
    <message>
        <source>a gateway in between got no valid answer from the server</source>
        <translation>途中のゲートウェイがサーバーから有効な応答を受け取れませんでした</translation>
    </message>
    <message>
        <source>the service is unavailable or overloaded; try again later</source>
        <translation>サービスが利用できないか、過負荷の状態です。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <source>a gateway in between timed out waiting for the server</source>
        <translation>途中のゲートウェイがサーバーの応答を待つ間にタイムアウトしました</translation>
    </message>
    <message>
        <source>the server redirected the request</source>
        <translation>サーバーがリクエストをリダイレクトしました</translation>
    </message>
    <message>
        <source>the server gave no message</source>
        <translation>サーバーからのメッセージはありません</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?)</source>
        <translation>サーバーが JSON ではなく HTML ページを返しました（途中にプロキシやゲートウェイがありませんか？）</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?): %1</source>
        <translation>サーバーが JSON ではなく HTML ページを返しました（途中にプロキシやゲートウェイがありませんか？）: %1</translation>
    </message>
    <message>
        <source>an error occurred during streaming</source>
        <translation>ストリーミング中にエラーが発生しました</translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Forget key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API キーを表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation>保存されている API キーを削除</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s key from the system keychain</source>
        <translation>このプロファイルのキーをシステムのキーチェーンから削除します</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API キーを非表示</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>キーはシステムのキーチェーンに保存されています。置き換えるには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>••••••••（保存済み）</translation>
    </message>
    <message>
        <source>No key needed for most local servers. A key you enter is stored in the system keychain.</source>
        <translation>ほとんどのローカルサーバーではキーは不要です。入力したキーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>No key stored yet. It will be stored in the system keychain.</source>
        <translation>キーはまだ保存されていません。入力したキーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>paste your API key</source>
        <translation>API キーを貼り付け</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain, never in Kaiwa&apos;s settings.</source>
        <translation>キーはシステムのキーチェーンに保存され、Kaiwa の設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Keys are kept in memory only and are forgotten when Kaiwa quits.</source>
        <translation>キーはメモリー上にのみ保持され、Kaiwa を終了すると破棄されます。</translation>
    </message>
    <message>
        <source>The secret key the service gave you; it is kept in the system keychain, not in a file</source>
        <translation>サービスから発行された秘密キー。ファイルではなくシステムのキーチェーンに保存されます</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>サーバーから %1 秒間データが届いていません</translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n s)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1（%n 秒後にもう一度お試しください）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n min)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1（%n 分後にもう一度お試しください）</numerusform>
        </translation>
    </message>
    <message>
        <source>the server redirected the request to %1; Kaiwa does not follow redirects, so the API key was not sent there. If that address is right, make it the profile&apos;s base URL.</source>
        <translation>サーバーがリクエストを %1 にリダイレクトしました。Kaiwa はリダイレクトをたどらないため、API キーはそこへ送信されていません。そのアドレスが正しい場合は、プロファイルのベース URL に設定してください。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The conversation history could not be opened, so this session is not saved. %1</source>
        <translation>会話履歴を開けなかったため、このセッションは保存されません。%1</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation>%1 は %2 です。添付できるのは %3 までのファイルです。</translation>
    </message>
    <message>
        <source>Scaled from %1 × %2 to %3 × %4</source>
        <translation>%1 × %2 から %3 × %4 に縮小</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files inside it.</source>
        <translation>%1 はフォルダーです。中のファイルを添付してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The data URL is not base64-encoded image data.</source>
        <translation>この data URL は base64 でエンコードされた画像データではありません。</translation>
    </message>
    <message>
        <source>The data URL&apos;s base64 is damaged.</source>
        <translation>data URL の base64 が壊れています。</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address of an image.</source>
        <translation>%1 は画像の http(s) アドレスではありません。</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Image %1</source>
        <translation>画像 %1</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>%1 の画像</translation>
    </message>
    <message>
        <source>Audio %1 (%2)</source>
        <translation>音声 %1（%2）</translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation>音声 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細度: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細度</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Low (faster, cheaper)</source>
        <translation>低（速く、安い）</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Backspace or Delete removes the selected attachment</source>
        <translation>Backspace または Delete で選択した添付を削除します</translation>
    </message>
</context>
<context>
    <name>AudioConverter</name>
    <message>
        <source>%1 could not be converted: decoding took too long.</source>
        <translation>%1 を変換できませんでした: デコードに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio files.</source>
        <translation>%1 は %2 MB で、音声ファイルの上限 %3 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio sent to the model.</source>
        <translation>%1 は %2 MB で、モデルに送る音声の上限 %3 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is not audio: it looks like %2.</source>
        <translation>%1 は音声ではありません（%2 のようです）。</translation>
    </message>
    <message>
        <source>%1 could not be converted: this system has no audio decoder. Attach a WAV or MP3 file instead.</source>
        <translation>%1 を変換できませんでした: このシステムには音声デコーダーがありません。代わりに WAV か MP3 のファイルを添付してください。</translation>
    </message>
    <message>
        <source>the sample rate changes in the middle</source>
        <translation>途中でサンプルレートが変わっています</translation>
    </message>
    <message>
        <source>%1 is too long: converted to WAV it would be over %2 MB (about %3 minutes).</source>
        <translation>%1 は長すぎます: WAV に変換すると %2 MB（約 %3 分）を超えます。</translation>
    </message>
    <message>
        <source>%1 could not be converted: it contains no sound the decoder could read.</source>
        <translation>%1 を変換できませんでした: デコーダーが読める音声が含まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a sound file Kaiwa can read (%2).</source>
        <translation>%1 は Kaiwa が読める音声ファイルではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 could not be decoded as audio (%2).</source>
        <translation>%1 を音声としてデコードできませんでした（%2）。</translation>
    </message>
</context>
<context>
    <name>AudioLevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>マイクの音量</translation>
    </message>
</context>
<context>
    <name>AudioPlayerWidget</name>
    <message>
        <source>Save Audio</source>
        <translation>音声を保存</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Position and duration</source>
        <translation>再生位置と長さ</translation>
    </message>
    <message>
        <source>Save audio as…</source>
        <translation>音声に名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>This audio cannot be played here: %1</source>
        <translation>この音声はここでは再生できません: %1</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音声 (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3 音声 (*.mp3)</translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation>音声 (*.%1)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 を保存できませんでした: %2。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Where playback is; move it to jump</source>
        <translation>再生位置。動かすとその位置に移動します</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one, or check that the system&apos;s sound settings can see it.</source>
        <translation>マイクが見つかりません。マイクを接続するか、システムのサウンド設定で認識されているか確認してください。</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or Kaiwa may not be allowed to use it (see the system&apos;s privacy or sound settings).</source>
        <translation>マイクを開けませんでした。別のプログラムが使用中か、Kaiwa に使用が許可されていない可能性があります（システムのプライバシー設定またはサウンド設定を確認してください）。</translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation>マイクが動作しなくなりました。</translation>
    </message>
    <message>
        <source>What was recorded until then is kept.</source>
        <translation>それまでに録音した分は残してあります。</translation>
    </message>
    <message>
        <source>The microphone was disconnected. What was recorded until then is kept.</source>
        <translation>マイクが切断されました。それまでに録音した分は残してあります。</translation>
    </message>
</context>
<context>
    <name>ChatAccumulator</name>
    <message>
        <source>the stream ended in the middle of an event</source>
        <translation>イベントの途中でストリームが終了しました</translation>
    </message>
    <message>
        <source>malformed JSON in the stream: %1</source>
        <translation>ストリーム内の JSON が不正です: %1</translation>
    </message>
    <message>
        <source>the server sent choice index %1, outside 0…%2</source>
        <translation>サーバーが範囲 0…%2 の外にある候補のインデックス %1 を送信しました</translation>
    </message>
    <message numerus="yes">
        <source>the server sent tool call index %1; Kaiwa accepts at most %n calls</source>
        <translation>
            <numerusform>サーバーがツール呼び出しのインデックス %1 を送信しました。Kaiwa が受け付ける呼び出しは最大 %n 個です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server sent more than %n tool calls</source>
        <translation>
            <numerusform>サーバーが %n 個を超えるツール呼び出しを送信しました</numerusform>
        </translation>
    </message>
    <message>
        <source>the stream ended before any answer arrived</source>
        <translation>回答が届く前にストリームが終了しました</translation>
    </message>
    <message>
        <source>the stream ended before choice %1 finished</source>
        <translation>候補 %1 が完了する前にストリームが終了しました</translation>
    </message>
    <message numerus="yes">
        <source>the stream ended after %1 of %n choices</source>
        <translation>
            <numerusform>%n 個の候補のうち %1 個が届いた時点でストリームが終了しました</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation>サーバーの応答が JSON オブジェクトではありません: %1</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message numerus="yes">
        <source>metadata has %1 pairs; at most %n are allowed</source>
        <translation>
            <numerusform>metadata のペアが %1 個あります。指定できるのは最大 %n 個です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata key &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>metadata のキー「%1」が %n 文字を超えています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata value of &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>metadata の「%1」の値が %n 文字を超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>messages must contain at least one message</source>
        <translation>messages には少なくとも 1 つのメッセージが必要です</translation>
    </message>
    <message numerus="yes">
        <source>safety_identifier is longer than %n characters</source>
        <translation>
            <numerusform>safety_identifier が %n 文字を超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>stream_options is only allowed with stream: true</source>
        <translation>stream_options は stream: true のときだけ指定できます</translation>
    </message>
    <message>
        <source>top_logprobs requires logprobs: true</source>
        <translation>top_logprobs には logprobs: true が必要です</translation>
    </message>
    <message>
        <source>audio output parameters need &quot;audio&quot; in modalities</source>
        <translation>音声出力のパラメーターには modalities に &quot;audio&quot; が必要です</translation>
    </message>
    <message>
        <source>the audio modality needs audio: {voice, format}</source>
        <translation>audio モダリティには audio: {voice, format} が必要です</translation>
    </message>
    <message>
        <source>%1.voice must be a voice name or {&quot;id&quot;: …}</source>
        <translation>%1.voice は声の名前または {&quot;id&quot;: …} である必要があります</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of text parts</source>
        <translation>%1.content は文字列またはテキストパートのリストである必要があります</translation>
    </message>
    <message>
        <source>parameter name is empty</source>
        <translation>パラメーター名が空です</translation>
    </message>
    <message>
        <source>prompt is required</source>
        <translation>prompt は必須です</translation>
    </message>
    <message>
        <source>best_of cannot be used with stream: true</source>
        <translation>best_of は stream: true と併用できません</translation>
    </message>
    <message>
        <source>best_of must not be less than n</source>
        <translation>best_of は n 以上である必要があります</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 は必須です</translation>
    </message>
    <message>
        <source>%1.type must be one of text, image_url, input_audio, file, refusal</source>
        <translation>%1.type は text、image_url、input_audio、file、refusal のいずれかである必要があります</translation>
    </message>
    <message>
        <source>%1.type must be function or custom</source>
        <translation>%1.type は function または custom である必要があります</translation>
    </message>
    <message>
        <source>%1.role must be one of developer, system, user, assistant, tool, function</source>
        <translation>%1.role は developer、system、user、assistant、tool、function のいずれかである必要があります</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content は文字列またはパートのリストである必要があります</translation>
    </message>
    <message>
        <source>%1 must be none, auto, required or an object</source>
        <translation>%1 は none、auto、required、またはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1.mode must be auto or required</source>
        <translation>%1.mode は auto または required である必要があります</translation>
    </message>
    <message>
        <source>%1 must be none, auto or {&quot;name&quot;: …}</source>
        <translation>%1 は none、auto、または {&quot;name&quot;: …} である必要があります</translation>
    </message>
    <message>
        <source>%1.type must be text, json_object or json_schema</source>
        <translation>%1.type は text、json_object、json_schema のいずれかである必要があります</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>an answer is still arriving</source>
        <translation>まだ回答を受信中です</translation>
    </message>
    <message>
        <source>that message cannot be edited now</source>
        <translation>そのメッセージは現在編集できません</translation>
    </message>
    <message>
        <source>that answer cannot be regenerated now</source>
        <translation>その回答は現在再生成できません</translation>
    </message>
    <message>
        <source>only the last answer can be continued</source>
        <translation>続けられるのは最後の回答だけです</translation>
    </message>
    <message>
        <source>only the last answer&apos;s calls can be answered</source>
        <translation>答えられるのは最後の回答の呼び出しだけです</translation>
    </message>
    <message>
        <source>no provider profile is chosen for this conversation</source>
        <translation>この会話にはプロバイダープロファイルが選択されていません</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the server&apos;s answer is larger than 256 MiB</source>
        <translation>サーバーの応答が 256 MiB を超えています</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 MiB</source>
        <translation>ストリームの 1 行が %1 MiB を超えています</translation>
    </message>
    <message>
        <source>an event of the stream is larger than %1 MiB</source>
        <translation>ストリームのイベントが %1 MiB を超えています</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message numerus="yes">
        <source>Compare %n choice(s)</source>
        <translation>
            <numerusform>%n 個の候補を比較</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>候補 %1 / %2</translation>
    </message>
    <message>
        <source>%1 (the conversation follows this one)</source>
        <translation>%1（会話はこの候補に続きます）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>候補 %1</translation>
    </message>
    <message>
        <source>Continue with choice %1</source>
        <translation>候補 %1 で続ける</translation>
    </message>
</context>
<context>
    <name>ClientPool</name>
    <message>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロバイダープロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Kaiwa にメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Ctrl+Enter to send, Enter for a new line)</source>
        <translation>Kaiwa にメッセージ…（Ctrl+Enter で送信、Enter で改行）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>回答を停止（Esc）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信（Enter）</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>メッセージを送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Attach images, audio or a PDF (or paste or drop them here)</source>
        <translation>画像・音声・PDF を添付（ここに貼り付けやドロップもできます）</translation>
    </message>
    <message>
        <source>Record audio</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Record a voice message from the microphone</source>
        <translation>マイクから音声メッセージを録音</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Images, audio and PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;All files (*)</source>
        <translation>画像・音声・PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Image from URL</source>
        <translation>URL から画像を追加</translation>
    </message>
    <message>
        <source>Address of the image (https://…):</source>
        <translation>画像のアドレス（https://…）:</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <source>Image from URL…</source>
        <translation>URL から画像…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>テキストとして貼り付け</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>録音 %1.wav</translation>
    </message>
    <message>
        <source>The message to send; drop or paste images, audio and PDF files here to attach them</source>
        <translation>送信するメッセージ。画像・音声・PDF ファイルをここにドロップするか貼り付けると添付できます</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Say &amp;hello</source>
        <translation>あいさつを送信(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストをキャンセル</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Ask the server for its models (GET /models)</source>
        <translation>サーバーにモデルの一覧を問い合わせます（GET /models）</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>あいさつを送信</translation>
    </message>
    <message>
        <source>Send a tiny chat request to the default model and show the answer</source>
        <translation>既定のモデルに短いチャットリクエストを送信し、回答を表示します</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>接続テストをキャンセル</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続をテストしています</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>The server&apos;s answer appears here.</source>
        <translation>サーバーの応答がここに表示されます。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 にモデルの一覧を問い合わせています…</translation>
    </message>
    <message>
        <source>Saying hello to %1…</source>
        <translation>%1 にあいさつを送信しています…</translation>
    </message>
    <message>
        <source>Connected. %1 answered:
%2</source>
        <translation>接続しました。%1 の回答:
%2</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation>（空の回答）</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>接続しました。サーバーで %n 個のモデルが利用できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>サーバーがエラーを返しました。</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラーコード: %1</translation>
    </message>
    <message>
        <source>Check the API key and the auth style.</source>
        <translation>API キーと認証方式を確認してください。</translation>
    </message>
    <message>
        <source>This server may have no /models route (Azure deployments); set a default model and try Say hello.</source>
        <translation>このサーバーには /models がない可能性があります（Azure のデプロイなど）。既定のモデルを設定して「あいさつを送信」を試してください。</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>サーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot send the request: %1</source>
        <translation>リクエストを送信できません: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>この証明書を信頼(&amp;R)…</translation>
    </message>
    <message>
        <source>Trust the refused certificate for this profile</source>
        <translation>拒否された証明書をこのプロファイルで信頼する</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>サーバーの証明書が拒否されました: %1</translation>
    </message>
    <message>
        <source>Trust it only if you know this is your server&apos;s certificate (compare the fingerprint).</source>
        <translation>あなたのサーバーの証明書だと確かな場合にだけ信頼してください（フィンガープリントを照合してください）。</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>拒否:</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>音声:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Tool call `%1` (`%2`):</source>
        <translation>ツール呼び出し `%1`（`%2`）:</translation>
    </message>
    <message>
        <source>%1 out (%2 reasoning)</source>
        <translation>出力 %1（推論 %2）</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>出力 %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 · %3 total</source>
        <translation>トークン: 入力 %1 · %2 · 合計 %3</translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>候補 %1 / %2</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Result of `%1`:</source>
        <translation>`%1` の結果:</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>書き起こし:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失敗:</translation>
    </message>
    <message>
        <source>Interrupted:</source>
        <translation>中断:</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>model `%1`</source>
        <translation>モデル `%1`</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Unknown part type &quot;%1&quot;.</source>
        <translation>不明なパートの種類「%1」です。</translation>
    </message>
    <message>
        <source>Every message needs a positive id.</source>
        <translation>すべてのメッセージには正の ID が必要です。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>不明なロール「%1」です。</translation>
    </message>
    <message>
        <source>activeChoice %1 is not one of the message&apos;s choices.</source>
        <translation>activeChoice %1 はこのメッセージの候補にありません。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>不明な状態「%1」です。</translation>
    </message>
    <message>
        <source>The attachment&apos;s data is not valid base64.</source>
        <translation>添付ファイルのデータが正しい base64 ではありません。</translation>
    </message>
    <message>
        <source>The attachment&apos;s data has the SHA-256 %1, not the one it is filed under.</source>
        <translation>添付ファイルのデータの SHA-256 は %1 で、登録されている値と一致しません。</translation>
    </message>
    <message>
        <source>Another message has the id %1 already.</source>
        <translation>ID %1 はすでに別のメッセージが使っています。</translation>
    </message>
    <message>
        <source>Refers to an attachment that the file does not hold.</source>
        <translation>ファイルに含まれていない添付ファイルを参照しています。</translation>
    </message>
    <message>
        <source>Refers to message %1, which is not in this conversation.</source>
        <translation>この会話にないメッセージ %1 を参照しています。</translation>
    </message>
    <message>
        <source>Message %1 is its own ancestor: the parents form a cycle.</source>
        <translation>メッセージ %1 が自分自身の祖先になっています（親子関係が循環しています）。</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>会話に &quot;messages&quot; の一覧がありません。</translation>
    </message>
    <message>
        <source>This is neither a Kaiwa export nor a ChatGPT conversations.json.</source>
        <translation>Kaiwa のエクスポートでも ChatGPT の conversations.json でもありません。</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;kaiwa.conversations&quot;.</source>
        <translation>&quot;format&quot;: &quot;kaiwa.conversations&quot; を含む JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>This is not a Kaiwa conversations file (format &quot;%1&quot;).</source>
        <translation>Kaiwa の会話ファイルではありません（形式「%1」）。</translation>
    </message>
    <message>
        <source>The file has format version %1, made by a newer Kaiwa; this one reads up to version %2.</source>
        <translation>このファイルは新しい Kaiwa で作られた形式バージョン %1 です。この Kaiwa が読めるのはバージョン %2 までです。</translation>
    </message>
    <message>
        <source>The format version is missing or not valid.</source>
        <translation>形式バージョンがないか、正しくありません。</translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation>ファイルに &quot;conversations&quot; の一覧がありません。</translation>
    </message>
    <message>
        <source>[Image %1: not included in conversations.json]</source>
        <translation>［画像 %1: conversations.json に含まれていません］</translation>
    </message>
    <message>
        <source>[Audio %1: not included in conversations.json]</source>
        <translation>［音声 %1: conversations.json に含まれていません］</translation>
    </message>
    <message>
        <source>[%1 %2: not included in conversations.json]</source>
        <translation>［%1 %2: conversations.json に含まれていません］</translation>
    </message>
    <message>
        <source>[Content of type &quot;%1&quot; that Kaiwa cannot show]</source>
        <translation>［Kaiwa が表示できない種類「%1」の内容］</translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation>メッセージに内容がありません。</translation>
    </message>
    <message>
        <source>Refers to node &quot;%1&quot;, which is not in the mapping.</source>
        <translation>mapping にないノード「%1」を参照しています。</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is its own ancestor: the parents form a cycle.</source>
        <translation>ノード「%1」が自分自身の祖先になっています（親子関係が循環しています）。</translation>
    </message>
    <message>
        <source>The conversation has no &quot;mapping&quot; of messages.</source>
        <translation>会話にメッセージの &quot;mapping&quot; がありません。</translation>
    </message>
    <message>
        <source>A ChatGPT conversations.json holds an array of conversations.</source>
        <translation>ChatGPT の conversations.json は会話の配列である必要があります。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もない値</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>ファイルが正しい JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>%1 バイト目（%2 行 %3 列）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>「%1」は ISO 8601 の日時ではありません。</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1 が必要ですが、%2 がありました。</translation>
    </message>
</context>
<context>
    <name>ConversationImport::Detail</name>
    <message>
        <source>A log probability can&apos;t be above 0.</source>
        <translation>対数確率は 0 を超えられません。</translation>
    </message>
    <message>
        <source>Expected a byte (0 to 255).</source>
        <translation>バイト値（0〜255）が必要です。</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>会話のタイトル</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Could not save the conversation; it is kept in memory. %1</source>
        <translation>会話を保存できませんでした。会話はメモリー上に保持されています。%1</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>会話を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Could not start the conversation: %1</source>
        <translation>会話を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>モデルの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new branch, the original stays.</source>
        <translation>メッセージを編集中: 送信すると新しい分岐が作成され、元のメッセージも残ります。</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>会話を始めましょう</translation>
    </message>
    <message>
        <source>Add a provider profile first: File ▸ Profiles…</source>
        <translation>先にプロバイダープロファイルを追加してください: ファイル ▸ プロファイル…</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>with %1 on %2</source>
        <translation>%2 の %1 を使用</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>プレーヤーを閉じる</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Could not open the image: %1</source>
        <translation>画像を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Could not play the audio: %1</source>
        <translation>音声を再生できませんでした: %1</translation>
    </message>
    <message>
        <source>answer-%1</source>
        <translation>回答-%1</translation>
    </message>
    <message>
        <source>Converted from %1 to WAV</source>
        <translation>%1 から WAV に変換</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ConversationRequest</name>
    <message>
        <source>unknown content part</source>
        <translation>不明なコンテンツパート</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>「%1」を削除しました</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話を削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>新しいチャットを開始（Ctrl+N）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>Your conversations, pinned first, then the newest; Enter opens one, F2 renames it</source>
        <translation>会話の一覧（ピン留めした会話が先頭、続いて新しい順）。Enter で開き、F2 で名前を変更します</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Kaiwa cannot write in the folder %1 that holds its conversation database.</source>
        <translation>Kaiwa は会話データベースのあるフォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Make that folder writable for your user (or set XDG_DATA_HOME to a writable folder) and start Kaiwa again.</source>
        <translation>そのフォルダーをお使いのユーザーで書き込めるようにして（または XDG_DATA_HOME を書き込み可能なフォルダーに設定して）、Kaiwa を再起動してください。</translation>
    </message>
    <message>
        <source>Kaiwa was closed while this answer was arriving.</source>
        <translation>この回答の受信中に Kaiwa が終了しました。</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database is not open.</source>
        <translation>Kaiwa の会話データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Restart Kaiwa; if this persists, check the earlier error about the database file.</source>
        <translation>Kaiwa を再起動してください。問題が続く場合は、データベースファイルに関する前のエラーを確認してください。</translation>
    </message>
    <message>
        <source>Kaiwa found no folder for its conversation database.</source>
        <translation>Kaiwa の会話データベース用のフォルダーが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Set HOME (or XDG_DATA_HOME) to a writable folder and start Kaiwa again.</source>
        <translation>HOME（または XDG_DATA_HOME）を書き込み可能なフォルダーに設定して、Kaiwa を再起動してください。</translation>
    </message>
    <message>
        <source>Kaiwa cannot create the folder %1 for its conversation database.</source>
        <translation>Kaiwa は会話データベース用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer version of Kaiwa (schema %2; this version knows up to %3).</source>
        <translation>会話データベース %1 は新しいバージョンの Kaiwa で書き込まれています（スキーマ %2。このバージョンが対応しているのは %3 までです）。</translation>
    </message>
    <message>
        <source>Update Kaiwa to open it; this version did not change the file.</source>
        <translation>開くには Kaiwa を更新してください。このバージョンはファイルを変更していません。</translation>
    </message>
    <message>
        <source>Kaiwa could not copy %1 to %2 before upgrading it (%3).</source>
        <translation>アップグレードの前に %1 を %2 にコピーできませんでした（%3）。</translation>
    </message>
    <message>
        <source>Free some disk space or make the folder writable, then start Kaiwa again; the database was not changed.</source>
        <translation>ディスクの空き容量を増やすかフォルダーを書き込み可能にしてから、Kaiwa を再起動してください。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Kaiwa could not switch its conversation database %1 to WAL mode (it stays in %2 mode).</source>
        <translation>会話データベース %1 を WAL モードに切り替えられませんでした（%2 モードのままです）。</translation>
    </message>
    <message>
        <source>Move the file to a local disk (network file systems do not support WAL) and start Kaiwa again.</source>
        <translation>ファイルをローカルディスクに移動して（ネットワークファイルシステムは WAL に対応していません）、Kaiwa を再起動してください。</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no attachment %1.</source>
        <translation>Kaiwa の会話データベースに添付ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The file may have been removed with its last conversation; attach it again.</source>
        <translation>そのファイルを使っていた最後の会話とともに削除された可能性があります。もう一度添付してください。</translation>
    </message>
    <message>
        <source>Attach the file again.</source>
        <translation>ファイルをもう一度添付してください。</translation>
    </message>
    <message>
        <source>Check or repair the file you imported, then import it again.</source>
        <translation>インポートしたファイルを確認または修復してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has an attachment whose bytes do not match its hash %3; nothing was imported.</source>
        <translation>インポートする会話 %1（「%2」）に、内容がハッシュ %3 と一致しない添付ファイルがあります。何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has a message (number %3) whose parent %4 is not an earlier message of the same conversation; nothing was imported.</source>
        <translation>インポートする会話 %1（「%2」）に、親 %4 が同じ会話の前にあるメッセージではないメッセージ（%3 番目）があります。何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>It may have been deleted in another window; reload the conversation list.</source>
        <translation>別のウィンドウで削除された可能性があります。会話の一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no conversation %1.</source>
        <translation>Kaiwa の会話データベースに会話 %1 がありません。</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no message %1.</source>
        <translation>Kaiwa の会話データベースにメッセージ %1 がありません。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation>プレーンテキストとしてコピー</translation>
    </message>
    <message>
        <source>Select Text</source>
        <translation>テキストを選択</translation>
    </message>
    <message>
        <source>Copy Code Block %1</source>
        <translation>コードブロック %1 をコピー</translation>
    </message>
    <message>
        <source>Hide Reasoning</source>
        <translation>推論を隠す</translation>
    </message>
    <message>
        <source>Show Reasoning</source>
        <translation>推論を表示</translation>
    </message>
    <message>
        <source>Open Image %1</source>
        <translation>画像 %1 を開く</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>Open Image Link (%1)</source>
        <translation>画像のリンクを開く（%1）</translation>
    </message>
    <message>
        <source>Play Spoken Answer</source>
        <translation>音声の回答を再生</translation>
    </message>
    <message>
        <source>Play Audio</source>
        <translation>音声を再生</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Show Formatted Text</source>
        <translation>整形したテキストを表示</translation>
    </message>
    <message>
        <source>Show Token Probabilities</source>
        <translation>トークンの確率を表示</translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first; the context menu or the actions under a message copy, edit or retry it</source>
        <translation>この会話のメッセージ（古い順）。コンテキストメニューまたはメッセージの下の操作で、コピー・編集・再試行ができます</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>リソース名</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>サーバーの URL(&amp;U):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>Paste your API key; it is stored in the system keychain.</source>
        <translation>API キーを貼り付けてください。キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Check the address of your local server.</source>
        <translation>ローカルサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>デプロイ(&amp;D):</translation>
    </message>
    <message>
        <source>the deployment name from the Azure portal</source>
        <translation>Azure ポータルに表示されるデプロイ名</translation>
    </message>
    <message>
        <source>optional; pick one after testing</source>
        <translation>省略可。テスト後に選択できます</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>先にサービスを選択してください。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>プロファイルの一覧表示と選択に使う名前</translation>
    </message>
    <message>
        <source>The Azure resource name, the first part of its endpoint address</source>
        <translation>Azure のリソース名（エンドポイントのアドレスの先頭部分）</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>リクエストの送信先アドレス（/v1 まで）</translation>
    </message>
    <message>
        <source>The model new conversations start with</source>
        <translation>新しい会話で最初に使うモデル</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>the profile has no valid base URL</source>
        <translation>プロファイルに有効なベース URL がありません</translation>
    </message>
    <message>
        <source>a stored completion id is required</source>
        <translation>保存済み応答の ID が必要です</translation>
    </message>
    <message>
        <source>Azure OpenAI needs a deployment name: set a model or the profile&apos;s default model</source>
        <translation>Azure OpenAI にはデプロイ名が必要です: モデルか、プロファイルの既定のモデルを設定してください</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Kaiwa</source>
        <translation>Kaiwa へようこそ</translation>
    </message>
    <message>
        <source>Kaiwa chats with OpenAI-compatible services: OpenAI, Azure, gateways such as OpenRouter, or a model running on your own computer with Ollama, llama.cpp or LM Studio.

Let&apos;s set up your first connection. It takes a minute; your API key is kept in the system keychain, never in a file.</source>
        <translation>Kaiwa は OpenAI 互換のサービスとチャットできます。OpenAI、Azure、OpenRouter などのゲートウェイのほか、Ollama、llama.cpp、LM Studio を使って自分のコンピューターで動かすモデルにも対応しています。

最初の接続を設定しましょう。1 分ほどで完了します。API キーはシステムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Set up Kaiwa</source>
        <translation>Kaiwa のセットアップ</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <source>Ask the server for its models, or say hello to the model. You can also skip this and press Finish.</source>
        <translation>サーバーにモデルの一覧を問い合わせるか、モデルにあいさつを送信します。この手順を省略して「完了」を押すこともできます。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>プロファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain: %1</source>
        <translation>キーをシステムのキーチェーンに保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>a PDF file</source>
        <translation>PDF ファイル</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>音声ファイル</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>Web ページ（HTML）</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>動画ファイル</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP アーカイブ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for images.</source>
        <translation>%1 は %2 MB あり、画像の上限 %3 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is a %2 image, which Kaiwa cannot read: convert it to PNG or JPEG.</source>
        <translation>%1 は %2 画像で、Kaiwa では読み込めません。PNG か JPEG に変換してください。</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but cannot be decoded: the file is damaged or incomplete.</source>
        <translation>%1 は %2 画像のようですが、デコードできません。ファイルが壊れているか不完全です。</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 は画像ではありません。</translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation>%1 は画像ではありません（%2 のようです）。</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels, too large to decode: reduce it to at most %4 pixels on the long side first.</source>
        <translation>%1 は %2×%3 ピクセルで、大きすぎてデコードできません。先に長辺を %4 ピクセル以下に縮小してください。</translation>
    </message>
    <message>
        <source>%1 could not be re-encoded.</source>
        <translation>%1 を再エンコードできませんでした。</translation>
    </message>
    <message>
        <source>%1 is still %2 MB after scaling down, over the %3 MB limit.</source>
        <translation>%1 は縮小後も %2 MB あり、上限 %3 MB を超えています。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>画像ビューアー</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save the image as</source>
        <translation>画像に名前を付けて保存</translation>
    </message>
    <message>
        <source>Can&apos;t show this image: %1</source>
        <translation>この画像を表示できません: %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1（%2 × %3）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>画像に名前を付けて保存</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to %1: %2</source>
        <translation>%1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Copied as curl. Set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) before running it.</source>
        <translation>curl コマンドとしてコピーしました。実行する前に OPENAI_API_KEY（または AZURE_OPENAI_API_KEY）を設定してください。</translation>
    </message>
    <message>
        <source>Save Requests</source>
        <translation>リクエストを保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The requests could not be saved to %1: %2</source>
        <translation>リクエストを %1 に保存できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recording: %n request(s). Keys are hidden.</source>
        <translation>
            <numerusform>記録中: %n 件のリクエスト。キーは隠されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n request(s) kept until this window closes.</source>
        <translation>
            <numerusform>一時停止中: %n 件のリクエストをこのウィンドウを閉じるまで保持します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording. Turn on Record, then send a message.</source>
        <translation>記録していません。「記録」をオンにしてからメッセージを送信してください。</translation>
    </message>
    <message>
        <source>Request Inspector — Kaiwa</source>
        <translation>リクエストインスペクター — Kaiwa</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● 記録(&amp;R)</translation>
    </message>
    <message>
        <source>Record the requests Kaiwa sends (off while this is not pressed)</source>
        <translation>Kaiwa が送るリクエストを記録します（押されていない間はオフ）</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>リクエストを記録</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>curl としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>選択したリクエストを curl コマンドとしてコピー</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the recorded requests to a JSON file</source>
        <translation>記録したリクエストを JSON ファイルに保存</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the recorded requests</source>
        <translation>記録したリクエストを消去</translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation>記録したリクエスト</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>記録の状態</translation>
    </message>
    <message>
        <source>Requests sent while recording, newest last; select one to see its details</source>
        <translation>記録中に送信したリクエスト（最新が末尾）。選択すると詳細を表示します</translation>
    </message>
</context>
<context>
    <name>JsonAnswer</name>
    <message>
        <source>The answer is empty</source>
        <translation>回答が空です</translation>
    </message>
    <message>
        <source>%1 (at character %2 of %3)</source>
        <translation>%1（%3 文字中 %2 文字目）</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 は文字列である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 は数値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 は整数である必要があります</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 が範囲外です</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 は true または false である必要があります</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 はリストである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of strings</source>
        <translation>%1 は文字列または文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 は文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 は値が文字列のオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1 must be an object of whole numbers</source>
        <translation>%1 は値が整数のオブジェクトである必要があります</translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server&apos;s answer is not a JSON object (%1)</source>
        <translation>サーバーの応答が JSON オブジェクトではありません（%1）</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object (another JSON value)</source>
        <translation>サーバーの応答が JSON オブジェクトではありません（別の JSON 値）</translation>
    </message>
</context>
<context>
    <name>JsonResultDialog</name>
    <message>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>JSON としての回答</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>回答のテキスト</translation>
    </message>
    <message>
        <source>Schema violations</source>
        <translation>スキーマ違反</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Copy the answer as indented JSON</source>
        <translation>回答を整形した JSON としてコピー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>schema “%1” (strict)</source>
        <translation>スキーマ「%1」（strict）</translation>
    </message>
    <message>
        <source>schema “%1”</source>
        <translation>スキーマ「%1」</translation>
    </message>
    <message>
        <source>Valid: the answer matches the %1.</source>
        <translation>有効: 回答は %1 に合っています。</translation>
    </message>
    <message numerus="yes">
        <source>The answer breaks the %1 in %n place(s).</source>
        <translation>
            <numerusform>回答は %n か所で %1 に違反しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request named schema “%1” but sent no schema body: parsed only.</source>
        <translation>リクエストはスキーマ「%1」を指定していますが本体がありません。解析のみ行いました。</translation>
    </message>
    <message>
        <source>Requested as a JSON object (no schema to check against): parsed only.</source>
        <translation>JSON オブジェクトとして要求されています（照合するスキーマなし）。解析のみ行いました。</translation>
    </message>
    <message>
        <source>Not requested as JSON; the answer parses as JSON (nothing to check against).</source>
        <translation>JSON としては要求されていませんが、回答は JSON として解析できます（照合対象なし）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（ルート）</translation>
    </message>
    <message>
        <source>&amp;Violations (%1):</source>
        <translation>違反(&amp;V)（%1）:</translation>
    </message>
    <message>
        <source>This answer is not valid JSON, so it can&apos;t be shown as a tree or checked against a schema. If the answer was cut off mid-stream, the error is at its end.</source>
        <translation>この回答は有効な JSON ではないため、ツリー表示やスキーマとの照合ができません。回答がストリームの途中で途切れた場合、エラーは末尾にあります。</translation>
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation>解析エラー: %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>The schema nests $ref or anyOf too deeply here</source>
        <translation>このスキーマは $ref または anyOf の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>The schema&apos;s $ref &quot;%1&quot; does not resolve</source>
        <translation>スキーマの $ref「%1」を解決できません</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>%1 のはずが %2 です</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Must be one of %1, got %2</source>
        <translation>%1 のいずれかでなければなりませんが %2 です</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>%1 でなければなりませんが %2 です</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 で %1</translation>
    </message>
    <message numerus="yes">
        <source>Matches none of the %n alternatives (anyOf); the closest fails with: %1</source>
        <translation>
            <numerusform>%n 個の選択肢（anyOf）のどれにも合いません。最も近いものの失敗理由: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing required property &quot;%1&quot;</source>
        <translation>必須プロパティ「%1」がありません</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is not allowed</source>
        <translation>プロパティ「%1」は許可されていません</translation>
    </message>
    <message numerus="yes">
        <source>Must have at least %n item(s)</source>
        <translation>
            <numerusform>%n 個以上の要素が必要です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must have at most %n item(s)</source>
        <translation>
            <numerusform>要素は %n 個までです</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be greater than %1</source>
        <translation>%1 より大きくなければなりません</translation>
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation>%1 以上でなければなりません</translation>
    </message>
    <message>
        <source>Must be less than %1</source>
        <translation>%1 より小さくなければなりません</translation>
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation>%1 以下でなければなりません</translation>
    </message>
    <message>
        <source>Must be a multiple of %1</source>
        <translation>%1 の倍数でなければなりません</translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s) long</source>
        <translation>
            <numerusform>%n 文字以上でなければなりません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s) long</source>
        <translation>
            <numerusform>%n 文字以下でなければなりません</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema&apos;s pattern %1 is invalid: %2</source>
        <translation>スキーマのパターン %1 が無効です: %2</translation>
    </message>
    <message>
        <source>Must match the pattern %1</source>
        <translation>パターン %1 に一致しなければなりません</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>不明な型「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported in strict mode</source>
        <translation>「%1」は strict モードでは使えません</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; does not resolve</source>
        <translation>$ref「%1」を解決できません</translation>
    </message>
    <message>
        <source>Set &quot;additionalProperties&quot; to false</source>
        <translation>「additionalProperties」を false にしてください</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; must be listed in &quot;required&quot; (allow null to make it optional)</source>
        <translation>プロパティ「%1」は「required」に含める必要があります（省略可能にするには null を許可してください）</translation>
    </message>
    <message>
        <source>&quot;required&quot; lists &quot;%1&quot;, which is not a property</source>
        <translation>「required」にプロパティではない「%1」があります</translation>
    </message>
    <message>
        <source>The root must be an object schema (&quot;type&quot;: &quot;object&quot;)</source>
        <translation>ルートはオブジェクトのスキーマ（&quot;type&quot;: &quot;object&quot;）でなければなりません</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <source>JSON tree</source>
        <translation>JSON ツリー</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（ルート）</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{キー %n 個}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[要素 %n 個]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON as a tree of keys and values; arrow keys expand and collapse</source>
        <translation>回答の JSON をキーと値のツリーで表示します。矢印キーで展開・折りたたみができます</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for your password; unlock it and try again.</source>
        <translation>システムのキーチェーンが %1 秒以内に応答しませんでした。ロックされていてパスワードの入力を待っている可能性があります。ロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Allow Kaiwa to use the keychain, unlock it if asked, and try again.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました（%1）。Kaiwa にキーチェーンの使用を許可し、求められたらロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The API key for “%1” could not be removed from the system keychain (%2). Try again, or delete the entry “%1” of “%3” with your keychain manager.</source>
        <translation>「%1」の API キーをシステムのキーチェーンから削除できませんでした（%2）。もう一度お試しいただくか、キーチェーン管理ツールで「%3」の項目「%1」を削除してください。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation>使用できるシステムのキーチェーンがありません（%1）。API キーは Kaiwa を終了するまでメモリー上にのみ保持され、保存されません。</translation>
    </message>
    <message>
        <source>The system keychain could not save the API key for “%1” (%2). Try again.</source>
        <translation>システムのキーチェーンに「%1」の API キーを保存できませんでした（%2）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain could not read the API key for “%1” (%2). Try again.</source>
        <translation>システムのキーチェーンから「%1」の API キーを読み取れませんでした（%2）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain could not remove the API key for “%1” (%2). Try again.</source>
        <translation>システムのキーチェーンから「%1」の API キーを削除できませんでした（%2）。もう一度お試しください。</translation>
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
        <translation>代わりの候補:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Kaiwa</source>
        <translation>Kaiwa について(&amp;A)</translation>
    </message>
    <message>
        <source>About Kaiwa</source>
        <translation>Kaiwa について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;A desktop chat client for OpenAI-compatible APIs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;OpenAI 互換 API のためのデスクトップ チャットクライアントです。&lt;/p&gt;&lt;p&gt;GNU GPL バージョン 3 以降のライセンスで提供されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kaiwa</source>
        <translation>Kaiwa</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>会話を検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>メッセージを入力(&amp;W)</translation>
    </message>
    <message>
        <source>Choose &amp;Model</source>
        <translation>モデルを選択(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>ピン留めの切り替え(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top Answer</source>
        <translation>回答を停止(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;Conversations</source>
        <translation>会話一覧を表示(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Parameters</source>
        <translation>パラメーターを表示(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tored Completions…</source>
        <translation>保存済み応答(&amp;T)…</translation>
    </message>
    <message>
        <source>Completions Play&amp;ground…</source>
        <translation>Completions プレイグラウンド(&amp;G)…</translation>
    </message>
    <message>
        <source>Request &amp;Inspector…</source>
        <translation>リクエストインスペクター(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>MarkdownImages</name>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>MediaParts</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; Kaiwa sends at most %3 MB)</source>
        <translation>%1 が大きすぎます（%2 MB。Kaiwa が送信できるのは最大 %3 MB です）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the data URL does not hold an image</source>
        <translation>データ URL に画像が含まれていません</translation>
    </message>
    <message>
        <source>%1 is %2, which the API does not accept: use PNG, JPEG, WebP or GIF</source>
        <translation>%1 は %2 形式で、API が受け付けません: PNG、JPEG、WebP、GIF のいずれかを使ってください</translation>
    </message>
    <message>
        <source>%1 is not an image (%2)</source>
        <translation>%1 は画像ではありません（%2）</translation>
    </message>
    <message>
        <source>%1 is not an audio file (%2)</source>
        <translation>%1 は音声ファイルではありません（%2）</translation>
    </message>
    <message>
        <source>%1 is not supported by the API: convert to wav or mp3</source>
        <translation>API は %1 に対応していません: wav または mp3 に変換してください</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>前の候補</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>次の候補</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Copy the message&apos;s Markdown</source>
        <translation>メッセージを Markdown でコピー</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>このメッセージを編集して再送信</translation>
    </message>
    <message>
        <source>Ask for another answer</source>
        <translation>別の回答を求める</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>リクエストをもう一度送信</translation>
    </message>
    <message>
        <source>Continue the interrupted answer</source>
        <translation>中断した回答の続きを生成</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>バージョン %1 / %2</translation>
    </message>
    <message>
        <source>Choice %1/%2</source>
        <translation>候補 %1/%2</translation>
    </message>
    <message>
        <source>%1 prompt (%2 cached)</source>
        <translation>入力 %1（キャッシュ %2）</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>入力 %1</translation>
    </message>
    <message>
        <source>%1 completion (%2 reasoning)</source>
        <translation>出力 %1（推論 %2）</translation>
    </message>
    <message>
        <source>%1 completion</source>
        <translation>出力 %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation>ツールの結果 · %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>JSON を表示</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the answer as a JSON tree, checked against the request&apos;s schema</source>
        <translation>回答を JSON ツリーで表示し、リクエストのスキーマと照合します</translation>
    </message>
    <message>
        <source>Token Probabilities</source>
        <translation>トークンの確率</translation>
    </message>
    <message>
        <source>Compare the choices side by side</source>
        <translation>候補を並べて比較</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>整形表示</translation>
    </message>
    <message>
        <source>Show the answer formatted instead of its token probabilities</source>
        <translation>トークンの確率の代わりに整形した回答を表示</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>Colour the answer&apos;s tokens by probability (the less likely, the stronger); hover a token to see the alternatives</source>
        <translation>回答のトークンを確率で色分けします（確率が低いほど濃く表示）。トークンにポインターを重ねると他の候補を表示します</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
</context>
<context>
    <name>MessageChrome</name>
    <message>
        <source>Tool call (arguments are not valid JSON)</source>
        <translation>ツール呼び出し（引数が正しい JSON ではありません）</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>ツール呼び出し</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Interrupted</source>
        <translation>中断されました</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>中断されました: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>MessageMedia</name>
    <message>
        <source>image link</source>
        <translation>画像のリンク</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Play the spoken answer (%1)</source>
        <translation>音声の回答を再生（%1）</translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation>音声の回答を再生</translation>
    </message>
    <message>
        <source>Play audio (%1)</source>
        <translation>音声を再生（%1）</translation>
    </message>
    <message>
        <source>Play audio</source>
        <translation>音声を再生</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>（中断）</translation>
    </message>
</context>
<context>
    <name>MessageTextSelector</name>
    <message>
        <source>Message text</source>
        <translation>メッセージのテキスト</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>テキストカーソルをトークンに移動すると、その確率と他の候補を読めます。</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Store completions (store)</source>
        <translation>補完を保存（store）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Store completions</source>
        <translation>補完を保存</translation>
    </message>
    <message>
        <source>Let OpenAI keep each completion for later retrieval, evals and distillation (store: true)</source>
        <translation>各補完を OpenAI 側に保存し、後で取得・評価・蒸留に使えるようにします（store: true）</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Sent as metadata: up to %1 pairs to filter stored completions by</source>
        <translation>metadata として送信されます。保存された補完の絞り込みに使うペアを最大 %1 個まで指定できます</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>メタデータのペアを追加</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>メタデータのペアを削除</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>%1 行目に値がありますが、キーがありません。</translation>
    </message>
    <message>
        <source>The key in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 行目のキーは %2 文字です。最大 %3 文字まで使用できます。</translation>
    </message>
    <message>
        <source>The value in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 行目の値は %2 文字です。最大 %3 文字まで使用できます。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>キー「%1」が重複しています。</translation>
    </message>
    <message>
        <source>At most %1 pairs are allowed.</source>
        <translation>ペアは最大 %1 個までです。</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>適用されていません: %1</translation>
    </message>
    <message>
        <source>Add a key/value pair</source>
        <translation>キーと値のペアを追加</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>the server&apos;s /models answer has no model list</source>
        <translation>サーバーの /models の応答にモデルの一覧がありません</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Updated just now</source>
        <translation>たった今更新</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前に更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model to ask (any name the server accepts) — Ctrl+K</source>
        <translation>問い合わせるモデル（サーバーが受け付ける任意の名前）— Ctrl+K</translation>
    </message>
    <message>
        <source>Profile default</source>
        <translation>プロファイルの既定</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>モデルを更新</translation>
    </message>
    <message>
        <source>Fetch the list of models from the server</source>
        <translation>サーバーからモデルの一覧を取得します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>モデルを取得しています…</translation>
    </message>
    <message>
        <source>Could not fetch models: %1</source>
        <translation>モデルを取得できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered by %1</source>
        <translation>
            <numerusform>%1 で利用できるモデル: %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Models not fetched yet</source>
        <translation>モデルはまだ取得されていません</translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1): %2</source>
        <translation>サーバーが API キーを拒否しました（HTTP %1）: %2</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>取り消す(&amp;R)</translation>
    </message>
    <message>
        <source>Network and TLS: %1</source>
        <translation>ネットワークと TLS: %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシのホスト</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>追加の CA 証明書ファイル</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>クライアント証明書ファイル</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>クライアント鍵ファイル</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation>固定する SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile</source>
        <translation>このプロファイルで信頼する証明書</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>選択した証明書の信頼を取り消す</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 プロキシ</translation>
    </message>
    <message>
        <source>(port)</source>
        <translation>（ポート）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>(stored in the keychain; type to replace)</source>
        <translation>（キーチェーンに保存済み。入力すると置き換えます）</translation>
    </message>
    <message>
        <source>(kept in the keychain)</source>
        <translation>（キーチェーンに保存されます）</translation>
    </message>
    <message>
        <source>PEM file, added to the system&apos;s CAs</source>
        <translation>PEM ファイル。システムの CA に追加されます</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>パスフレーズなしの PEM ファイル</translation>
    </message>
    <message>
        <source>One SHA-256 fingerprint per line (the server&apos;s certificate or its CA); empty: no pinning</source>
        <translation>1 行に 1 つの SHA-256 フィンガープリント（サーバーの証明書またはその CA）。空なら固定しません</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors, by SHA-256 fingerprint</source>
        <translation>TLS エラーがあってもこのプロファイルで信頼する証明書（SHA-256 フィンガープリント）</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Extra &amp;CAs:</source>
        <translation>追加の CA(&amp;C):</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>クライアント証明書(&amp;E):</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアント鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <source>&amp;Pinned:</source>
        <translation>固定(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Trusted:</source>
        <translation>信頼済み(&amp;T):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>%1 のファイルを選ぶ</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.cer *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>手動のプロキシにはホストとポートが必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>「%1」は SHA-256 フィンガープリント（16 進数 64 桁）ではありません。</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and its key.</source>
        <translation>クライアント証明書には証明書と鍵の両方が必要です。</translation>
    </message>
    <message>
        <source>No proxy, the system&apos;s proxy settings, or an HTTP or SOCKS5 proxy given here</source>
        <translation>プロキシなし、システムのプロキシ設定、またはここで指定する HTTP・SOCKS5 プロキシ</translation>
    </message>
    <message>
        <source>The proxy server&apos;s host name or address</source>
        <translation>プロキシサーバーのホスト名またはアドレス</translation>
    </message>
    <message>
        <source>The proxy server&apos;s port</source>
        <translation>プロキシサーバーのポート</translation>
    </message>
    <message>
        <source>The user name for the proxy, if it asks for one</source>
        <translation>プロキシのユーザー名（求められる場合）</translation>
    </message>
    <message>
        <source>The proxy password, kept in the system keychain; empty keeps the stored one</source>
        <translation>プロキシのパスワード（システムのキーチェーンに保存）。空欄のままにすると保存済みのパスワードを使います</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s</source>
        <translation>システムの認証局に加えて信頼する認証局の PEM ファイル</translation>
    </message>
    <message>
        <source>A PEM certificate the client shows to servers that ask for one</source>
        <translation>要求するサーバーにクライアントが提示する PEM 形式の証明書</translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM</source>
        <translation>クライアント証明書の秘密鍵（PEM 形式）</translation>
    </message>
    <message>
        <source>Only servers whose certificate has one of these SHA-256 fingerprints are accepted; one per line</source>
        <translation>これらの SHA-256 フィンガープリントのいずれかを持つ証明書のサーバーだけを受け入れます。1 行に 1 つ</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors; select one to revoke it</source>
        <translation>TLS エラーがあってもこのプロファイルで信頼する証明書。選択すると信頼を取り消せます</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Send %1</source>
        <translation>%1 を送信</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>例: 42</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>Randomness: 0 is focused and repeatable, 2 is very varied (0–2)</source>
        <translation>ランダム性: 0 は一貫して再現性が高く、2 は非常に多様になります（0〜2）</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens making up this probability (0–1)</source>
        <translation>核サンプリング: 累積確率がこの値になるまでの、可能性の高いトークンだけを使います（0〜1）</translation>
    </message>
    <message>
        <source>The most tokens the answer may use (reasoning included); the name is the one the profile sends</source>
        <translation>回答に使えるトークンの上限（推論を含む）。フィールド名はプロファイルで送信するものです</translation>
    </message>
    <message>
        <source>Positive values favour new topics (−2 to 2)</source>
        <translation>正の値にすると新しい話題が出やすくなります（−2〜2）</translation>
    </message>
    <message>
        <source>Positive values discourage repeating the same words (−2 to 2)</source>
        <translation>正の値にすると同じ語の繰り返しが減ります（−2〜2）</translation>
    </message>
    <message>
        <source>Best-effort repeatable answers for the same seed and parameters</source>
        <translation>同じシードとパラメーターで、できる限り同じ回答を返します</translation>
    </message>
    <message>
        <source>How many answers to generate (1–128); every one is billed</source>
        <translation>生成する回答の数（1〜128）。すべての回答が課金対象になります</translation>
    </message>
    <message>
        <source>Up to 4 sequences where the model stops (not included in the answer)</source>
        <translation>モデルが生成を停止する文字列（最大 4 個、回答には含まれません）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>How long reasoning models think before answering; support varies by model</source>
        <translation>推論モデルが回答前に考える長さ。対応状況はモデルによって異なります</translation>
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
        <translation>出力トークンごとの対数確率を返します</translation>
    </message>
    <message>
        <source>Also return this many likely alternatives per token (0–20); needs logprobs: true</source>
        <translation>トークンごとに、可能性の高い候補をこの数だけ返します（0〜20）。logprobs: true が必要です</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that follows a schema</source>
        <translation>プレーンテキスト、任意の JSON オブジェクト、またはスキーマに従う JSON</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Functions the model may call, as JSON: name, description, parameters (a JSON Schema) and strict</source>
        <translation>モデルが呼び出せる関数（JSON）: name、description、parameters（JSON Schema）、strict</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which function it calls; needs tools</source>
        <translation>モデルがツールを呼び出してよいか、必ず呼ぶか、呼ばないか、またはどの関数を呼ぶか。tools が必要です</translation>
    </message>
    <message>
        <source>Whether the model may call several tools at once; needs tools</source>
        <translation>モデルが複数のツールを同時に呼び出せるか。tools が必要です</translation>
    </message>
    <message>
        <source>tool_choice was unset: “%1” is no longer among the tools.</source>
        <translation>tool_choice を未設定にしました: 「%1」はもうツールにありません。</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>The server and account this conversation talks to</source>
        <translation>この会話で使うサーバーとアカウント</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation</source>
        <translation>会話の前に送信される指示</translation>
    </message>
    <message>
        <source>Send as developer message</source>
        <translation>developer メッセージとして送信</translation>
    </message>
    <message>
        <source>Send the prompt as a developer message</source>
        <translation>プロンプトを developer メッセージとして送信</translation>
    </message>
    <message>
        <source>Reasoning models (o1 and newer) take instructions in a developer message instead of a system message</source>
        <translation>推論モデル（o1 以降）は、system メッセージではなく developer メッセージで指示を受け取ります</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Unset the model, the prompt and every parameter</source>
        <translation>モデル、プロンプト、すべてのパラメーターの設定を解除します</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（見つかりません）</translation>
    </message>
    <message>
        <source>Also sent, set elsewhere: %1</source>
        <translation>ほかの場所で設定され、送信される項目: %1</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
</context>
<context>
    <name>PlaygroundParams</name>
    <message>
        <source>Logit bias must be a JSON object of token ids and biases, e.g. {&quot;50256&quot;: -100}.</source>
        <translation>logit bias はトークン ID とバイアスの JSON オブジェクトでなければなりません（例: {&quot;50256&quot;: -100}）。</translation>
    </message>
    <message>
        <source>Logit bias: &quot;%1&quot; is not a token id (a whole number).</source>
        <translation>logit bias: 「%1」はトークン ID（整数）ではありません。</translation>
    </message>
    <message>
        <source>Logit bias: the bias of token %1 must be a number from -100 to 100.</source>
        <translation>logit bias: トークン %1 のバイアスは -100 から 100 の数値でなければなりません。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Ec&amp;ho the prompt</source>
        <translation>プロンプトをエコー(&amp;H)</translation>
    </message>
    <message>
        <source>Echo the prompt</source>
        <translation>プロンプトをエコー</translation>
    </message>
    <message>
        <source>The answer repeats the prompt before the completion.</source>
        <translation>回答の補完の前にプロンプトを繰り返します。</translation>
    </message>
    <message>
        <source>&amp;Best of:</source>
        <translation>best of(&amp;B):</translation>
    </message>
    <message>
        <source>Generate this many completions on the server and return the best (not streamed).</source>
        <translation>サーバーでこの数だけ補完を生成し、最良のものを返します（ストリーミングなし）。</translation>
    </message>
    <message>
        <source>&amp;Choices (n):</source>
        <translation>候補数 n(&amp;C):</translation>
    </message>
    <message>
        <source>How many completions to return.</source>
        <translation>返す補完の数。</translation>
    </message>
    <message>
        <source>&amp;Logprobs:</source>
        <translation>logprobs(&amp;L):</translation>
    </message>
    <message>
        <source>Return the log probability of each token and this many likely alternatives (0–5).</source>
        <translation>各トークンの対数確率と、この数の有力な候補を返します（0–5）。</translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation>最大トークン数(&amp;K):</translation>
    </message>
    <message>
        <source>Most tokens to generate (servers default to 16).</source>
        <translation>生成する最大トークン数（サーバーの既定は 16）。</translation>
    </message>
    <message>
        <source>Temp&amp;erature:</source>
        <translation>temperature(&amp;E):</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>サンプリング温度（0 から 2）。</translation>
    </message>
    <message>
        <source>T&amp;op p:</source>
        <translation>top p(&amp;O):</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the tokens in this probability mass.</source>
        <translation>核サンプリング: この確率質量に入るトークンだけを使います。</translation>
    </message>
    <message>
        <source>Presence penalt&amp;y:</source>
        <translation>presence penalty(&amp;Y):</translation>
    </message>
    <message>
        <source>-2 to 2: positive values favour new topics.</source>
        <translation>-2 から 2: 正の値で新しい話題を好みます。</translation>
    </message>
    <message>
        <source>&amp;Frequency penalty:</source>
        <translation>frequency penalty(&amp;F):</translation>
    </message>
    <message>
        <source>-2 to 2: positive values reduce repetition.</source>
        <translation>-2 から 2: 正の値で繰り返しを減らします。</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>シード(&amp;D):</translation>
    </message>
    <message>
        <source>Same seed and parameters: the same answer, if the server can.</source>
        <translation>同じシードとパラメーターなら、サーバーが対応していれば同じ回答になります。</translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation>停止シーケンス(&amp;Q):</translation>
    </message>
    <message>
        <source>Stop sequence %1</source>
        <translation>停止シーケンス %1</translation>
    </message>
    <message>
        <source>Generation stops before this text. Write a newline as \n.</source>
        <translation>このテキストの手前で生成を止めます。改行は 
 と書きます。</translation>
    </message>
    <message>
        <source>Lo&amp;git bias:</source>
        <translation>logit bias(&amp;G):</translation>
    </message>
    <message>
        <source>A JSON object of token ids and biases from -100 (never) to 100 (always).</source>
        <translation>トークン ID と -100（出さない）から 100（必ず出す）までのバイアスの JSON オブジェクト。</translation>
    </message>
    <message>
        <source>Logit bias problem</source>
        <translation>logit bias の問題</translation>
    </message>
</context>
<context>
    <name>PlaygroundResult</name>
    <message>
        <source>Choice %1 of %2</source>
        <translation>候補 %1 / %2</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>補完</translation>
    </message>
    <message>
        <source> · not finished</source>
        <translation> · 未完了</translation>
    </message>
    <message>
        <source> · finished: %1</source>
        <translation> · 終了理由: %1</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>前の候補</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>次の候補</translation>
    </message>
    <message>
        <source>Prompt and completion</source>
        <translation>プロンプトと補完</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>テキストカーソルをトークンに置くと、その確率と候補が表示されます。</translation>
    </message>
    <message>
        <source>Token at the cursor</source>
        <translation>カーソル位置のトークン</translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Completions Playground</source>
        <translation>Completions プレイグラウンド</translation>
    </message>
    <message>
        <source>Completions Playground — %1</source>
        <translation>Completions プレイグラウンド — %1</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>A base model, e.g. gpt-3.5-turbo-instruct</source>
        <translation>ベースモデル（例: gpt-3.5-turbo-instruct）</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run the prompt (Ctrl+Enter)</source>
        <translation>プロンプトを実行（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop and keep what arrived (Esc)</source>
        <translation>停止して届いた分を残す（Esc）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Earlier runs: select one to restore its prompt, parameters and result</source>
        <translation>以前の実行: 選ぶとプロンプト・パラメーター・結果を復元します</translation>
    </message>
    <message>
        <source>Promp&amp;t:</source>
        <translation>プロンプト(&amp;T):</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Text for the model to continue…</source>
        <translation>モデルに続けさせるテキスト…</translation>
    </message>
    <message>
        <source>&amp;Insert mode: text after the completion (suffix)</source>
        <translation>挿入モード: 補完の後に続くテキスト（suffix）(&amp;I)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>挿入モード</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>サフィックス</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion…</source>
        <translation>挿入される補完の後に続くテキスト…</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>結果(&amp;U):</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>プロファイルがまだありません。ファイル › プロファイルで追加してください。</translation>
    </message>
    <message>
        <source>Enter a model.</source>
        <translation>モデルを入力してください。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>先にプロンプトを書いてください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the completion so far is kept.</source>
        <translation>停止しました。ここまでの補完は残してあります。</translation>
    </message>
    <message>
        <source>This server does not offer legacy completions (POST /completions): %1. Base models on llama.cpp, vLLM and similar servers do; chat-only services do not.</source>
        <translation>このサーバーは従来の completions（POST /completions）に対応していません: %1。llama.cpp や vLLM などのベースモデルは対応していますが、チャット専用のサービスは対応していません。</translation>
    </message>
    <message>
        <source>The completion failed: %1</source>
        <translation>補完に失敗しました: %1</translation>
    </message>
    <message>
        <source>The run history could not be saved to %1.</source>
        <translation>実行履歴を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The server and account the prompt is sent to</source>
        <translation>プロンプトの送信先のサーバーとアカウント</translation>
    </message>
    <message>
        <source>The text the model continues; Ctrl+Enter runs it</source>
        <translation>モデルが続きを書くテキスト。Ctrl+Enter で実行します</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion</source>
        <translation>挿入される補完の後に続くテキスト</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <source>Where do you want to chat?</source>
        <translation>どこでチャットしますか？</translation>
    </message>
    <message>
        <source>Pick the service or local server Kaiwa should talk to. You can add more later under Provider profiles.</source>
        <translation>Kaiwa が接続するサービスまたはローカルサーバーを選んでください。あとから「プロバイダープロファイル」で追加できます。</translation>
    </message>
    <message>
        <source>Services and servers</source>
        <translation>サービスとサーバー</translation>
    </message>
    <message>
        <source>Pick the service or local server to connect to</source>
        <translation>接続するサービスまたはローカルサーバーを選択します</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>プロバイダープロファイル</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation>プリセットからプロファイルを追加</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>プロファイルを複製</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>キーを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>「%1」への変更を破棄しますか？</translation>
    </message>
    <message>
        <source>No profiles yet. Add one from a preset.</source>
        <translation>プロファイルはまだありません。プリセットから追加してください。</translation>
    </message>
    <message>
        <source>Could not read the key from the keychain: %1</source>
        <translation>キーチェーンからキーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Save this profile before duplicating it.</source>
        <translation>複製する前にこのプロファイルを保存してください。</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>先に、印の付いた項目を修正してください。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its API key from the keychain?</source>
        <translation>プロファイル「%1」を削除し、その API キーをキーチェーンから削除しますか？</translation>
    </message>
    <message>
        <source>Could not remove the profile: %1</source>
        <translation>プロファイルを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The profile was removed, but its key is still in the keychain: %1</source>
        <translation>プロファイルは削除されましたが、キーはキーチェーンに残っています: %1</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields first.</source>
        <translation>保存されていません。先に、印の付いた項目を修正してください。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>Saved “%1”. %2 The key is kept only until Kaiwa quits.</source>
        <translation>「%1」を保存しました。%2 キーは Kaiwa を終了するまでしか保持されません。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>“%1” was saved, but its key could not be stored in the keychain: %2</source>
        <translation>「%1」は保存されましたが、キーをキーチェーンに保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Fix the marked fields first: %1</source>
        <translation>先に、印の付いた項目を修正してください: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain: %1</source>
        <translation>プロキシのパスワードをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read the proxy password from the keychain: %1</source>
        <translation>キーチェーンからプロキシのパスワードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Test the connection again.</source>
        <translation>「%1」でこの証明書を信頼しました。もう一度接続をテストしてください。</translation>
    </message>
    <message>
        <source>The saved provider profiles; the selected one is edited on the right</source>
        <translation>保存済みのプロバイダープロファイル。選択したプロファイルを右側で編集します</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>プロバイダーの種類</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>追加パラメーター</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>追加ヘッダー</translation>
    </message>
    <message>
        <source>Extra body JSON</source>
        <translation>追加の本文 JSON</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>Token limit field</source>
        <translation>トークン上限フィールド</translation>
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
        <translation>Azure AI inference</translation>
    </message>
    <message>
        <source>Gateway (OpenRouter, OfoxAI, …)</source>
        <translation>ゲートウェイ（OpenRouter、OfoxAI など）</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>ローカルサーバー（Ollama、llama.cpp、LM Studio、vLLM）</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>api-key header</source>
        <translation>api-key ヘッダー</translation>
    </message>
    <message>
        <source>Both headers</source>
        <translation>両方のヘッダー</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>max_completion_tokens (OpenAI)</source>
        <translation>max_completion_tokens（OpenAI）</translation>
    </message>
    <message>
        <source>max_tokens (most other servers)</source>
        <translation>max_tokens（その他の多くのサーバー）</translation>
    </message>
    <message>
        <source>What Azure does with body fields it does not know: drop them, pass them to the model, or reject the request</source>
        <translation>Azure が未知の本文フィールドをどう扱うか: 破棄する、モデルに渡す、またはリクエストを拒否する</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini; Azure OpenAI: the deployment</source>
        <translation>例: gpt-4o-mini（Azure OpenAI ではデプロイ名）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>認証(&amp;A):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>追加パラメーター(&amp;X):</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>既定のモデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Token limit field:</source>
        <translation>トークン上限フィールド(&amp;T):</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>追加ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>Extra &amp;body:</source>
        <translation>追加の本文(&amp;B):</translation>
    </message>
    <message>
        <source>Net&amp;work and TLS…</source>
        <translation>ネットワークと TLS(&amp;W)…</translation>
    </message>
    <message>
        <source>Network and TLS settings</source>
        <translation>ネットワークと TLS の設定</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク:</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>%1 proxy %2:%3</source>
        <translation>%1 プロキシ %2:%3</translation>
    </message>
    <message>
        <source>extra CAs</source>
        <translation>追加の CA</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message numerus="yes">
        <source>%n pinned fingerprint(s)</source>
        <translation>
            <numerusform>固定フィンガープリント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trusted certificate(s)</source>
        <translation>
            <numerusform>信頼済み証明書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>プロファイルの一覧表示と選択に使う名前</translation>
    </message>
    <message>
        <source>The kind of server, which decides the URL form and the authentication</source>
        <translation>サーバーの種類（URL の形式と認証方式が決まります）</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>リクエストの送信先アドレス（/v1 まで）</translation>
    </message>
    <message>
        <source>How the API key is sent to the server</source>
        <translation>API キーをサーバーに送る方法</translation>
    </message>
    <message>
        <source>Azure&apos;s api-version query parameter</source>
        <translation>Azure の api-version クエリパラメーター</translation>
    </message>
    <message>
        <source>Headers added to every request, one &quot;Name: value&quot; per line</source>
        <translation>すべてのリクエストに追加するヘッダー（1 行に 1 つ、&quot;Name: value&quot; の形式）</translation>
    </message>
    <message>
        <source>A JSON object whose fields are added to every request body</source>
        <translation>フィールドがすべてのリクエスト本文に追加される JSON オブジェクト</translation>
    </message>
    <message>
        <source>The model new conversations with this profile start with</source>
        <translation>このプロファイルの新しい会話で最初に使うモデル</translation>
    </message>
    <message>
        <source>Which request field carries the answer length limit</source>
        <translation>回答の長さの上限を送るリクエストフィールド</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot; (letters, digits and -).</source>
        <translation>%1 行目: ヘッダーは「Name: value」の形で記述してください（英字、数字、- のみ）。</translation>
    </message>
    <message>
        <source>Not valid JSON (line %1): %2</source>
        <translation>正しい JSON ではありません（%1 行目）: %2</translation>
    </message>
    <message>
        <source>The extra body must be a JSON object: { … }</source>
        <translation>追加の本文は JSON オブジェクトにしてください: { … }</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation>サーバーのベース URL を入力してください。</translation>
    </message>
    <message>
        <source>Replace the part in braces, e.g. {resource}, with your own value.</source>
        <translation>{resource} など、波かっこで囲まれた部分を実際の値に置き換えてください。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>ベース URL は http:// または https:// で始まり、ホスト名を含む必要があります。</translation>
    </message>
</context>
<context>
    <name>ProfileNetwork</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>the client key “%1” is encrypted with a passphrase, which Kaiwa does not support; export it without one (openssl pkey -in KEY -out PLAIN.pem) and keep that file private</source>
        <translation>クライアント鍵「%1」はパスフレーズで暗号化されていますが、Kaiwa はこれに対応していません。パスフレーズなしでエクスポートし（openssl pkey -in KEY -out PLAIN.pem）、そのファイルは他人に読まれないように保管してください</translation>
    </message>
    <message>
        <source>“%1” holds no PEM private key</source>
        <translation>「%1」に PEM 形式の秘密鍵がありません</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate</source>
        <translation>「%1」に PEM 形式の証明書がありません</translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>クライアント証明書には証明書ファイルと鍵ファイルの両方が必要です</translation>
    </message>
    <message>
        <source>No certificate of the server matches the fingerprints pinned in the profile</source>
        <translation>サーバーのどの証明書も、プロファイルで固定したフィンガープリントと一致しません</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1
%2</source>
        <translation>サーバーの証明書を拒否しました: %1
%2</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may not accept the profile&apos;s client certificate</source>
        <translation>TLS ハンドシェイクの直後にサーバーが接続を閉じました。プロファイルのクライアント証明書を受け付けていない可能性があります</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may require a client certificate (mutual TLS): set one in the profile</source>
        <translation>TLS ハンドシェイクの直後にサーバーが接続を閉じました。クライアント証明書（相互 TLS）が必要な可能性があります: プロファイルで設定してください</translation>
    </message>
    <message>
        <source>the proxy %1:%2 refused the user name and password of the profile (HTTP 407)</source>
        <translation>プロキシ %1:%2 がプロファイルのユーザー名とパスワードを拒否しました（HTTP 407）</translation>
    </message>
    <message>
        <source>the proxy %1:%2 asks for a user name and password; set them in the profile</source>
        <translation>プロキシ %1:%2 がユーザー名とパスワードを要求しています。プロファイルで設定してください</translation>
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
        <translation>platform.openai.com の「API keys」で API キーを作成してください。</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure OpenAI resource name. The key is under Keys and Endpoint in the Azure portal; the default model is your deployment name.</source>
        <translation>{resource} を Azure OpenAI のリソース名に置き換えてください。キーは Azure ポータルの「キーとエンドポイント」にあります。既定のモデルにはデプロイ名を指定します。</translation>
    </message>
    <message>
        <source>Azure AI inference</source>
        <translation>Azure AI inference</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure AI services resource name (for a serverless endpoint, paste its full URL instead). The key is on the endpoint&apos;s page.</source>
        <translation>{resource} を Azure AI サービスのリソース名に置き換えてください（サーバーレス エンドポイントの場合は、代わりに完全な URL を貼り付けます）。キーはエンドポイントのページにあります。</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys. Models are named provider/model; routing preferences go into the extra body as a &quot;provider&quot; object.</source>
        <translation>openrouter.ai/keys でキーを作成してください。モデル名は provider/model の形式です。ルーティングの設定は、追加の本文に &quot;provider&quot; オブジェクトとして指定します。</translation>
    </message>
    <message>
        <source>OfoxAI</source>
        <translation>OfoxAI</translation>
    </message>
    <message>
        <source>Create a key in the OfoxAI console. Models are named provider/model, e.g. openai/gpt-4o.</source>
        <translation>OfoxAI のコンソールでキーを作成してください。モデル名は provider/model の形式です（例: openai/gpt-4o）。</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Start Ollama and pull a model first (ollama pull llama3.2). No key needed.</source>
        <translation>先に Ollama を起動してモデルを取得してください（ollama pull llama3.2）。キーは不要です。</translation>
    </message>
    <message>
        <source>llama.cpp</source>
        <translation>llama.cpp</translation>
    </message>
    <message>
        <source>Start llama-server with a model (-m model.gguf). No key unless you started it with --api-key.</source>
        <translation>モデルを指定して llama-server を起動してください（-m model.gguf）。--api-key を付けて起動した場合を除き、キーは不要です。</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Start the local server in LM Studio&apos;s Developer tab and load a model. No key needed.</source>
        <translation>LM Studio の「Developer」タブでローカルサーバーを起動し、モデルを読み込んでください。キーは不要です。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>A profile called “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>A profile name cannot consist of spaces only.</source>
        <translation>プロファイル名を空白だけにすることはできません。</translation>
    </message>
    <message>
        <source>A profile name cannot contain line breaks, tabs or other control characters.</source>
        <translation>プロファイル名に改行、タブ、その他の制御文字は使用できません。</translation>
    </message>
    <message>
        <source>Could not save the profiles to “%1”. Check that the folder exists and that you may write to it.</source>
        <translation>プロファイルを「%1」に保存できませんでした。フォルダーが存在し、書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid settings file, so Kaiwa did not overwrite it. Fix or remove it and try again.</source>
        <translation>「%1」は有効な設定ファイルではないため、Kaiwa は上書きしませんでした。ファイルを修正するか削除してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>RecorderWidget</name>
    <message>
        <source>Record</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>聞く</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Recording length</source>
        <translation>録音の長さ</translation>
    </message>
    <message>
        <source>Attach the recording to the message</source>
        <translation>録音をメッセージに添付</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>録音 %1.wav</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>何も録音されませんでした: マイクから音が届いていません。</translation>
    </message>
    <message>
        <source>Recording stopped at the %1 limit.</source>
        <translation>上限の %1 に達したため録音を停止しました。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>録音し直す</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>RemoteImageLoader</name>
    <message>
        <source>not an image (%1)</source>
        <translation>画像ではありません（%1）</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>too large (%1 MB)</source>
        <translation>大きすぎます（%1 MB）</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>can&apos;t read the image</source>
        <translation>画像を読み込めません</translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <source>&amp;Request</source>
        <translation>リクエスト(&amp;R)</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>レスポンス(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tream</source>
        <translation>ストリーム(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>リクエストのヘッダーと本文</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>レスポンスのヘッダーと本文</translation>
    </message>
    <message>
        <source>Stream events with their times</source>
        <translation>ストリームのイベントと時刻</translation>
    </message>
    <message>
        <source>Summary: timing and usage</source>
        <translation>概要: 時間と使用量</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <source>(%1 bytes sent; base64 data shortened here)</source>
        <translation>（%1 バイト送信。base64 データはここでは省略しています）</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>応答を待っています…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>リクエスト ID %1</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>残り %1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>full again in %1</source>
        <translation>%1 後に回復</translation>
    </message>
    <message>
        <source>retry after %1</source>
        <translation>%1 後に再試行</translation>
    </message>
    <message>
        <source>(streamed: see the Stream tab)</source>
        <translation>（ストリーミング: 「ストリーム」タブを参照）</translation>
    </message>
    <message>
        <source>This response was not a stream.</source>
        <translation>この応答はストリームではありませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>… %n more events not kept</source>
        <translation>
            <numerusform>… ほか %n 件のイベントは保持していません</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation>試行: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>最初のトークンまで: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>所要時間: %1</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Tokens per second: %1</source>
        <translation>毎秒トークン数: %1</translation>
    </message>
    <message>
        <source>(from usage)</source>
        <translation>（usage から）</translation>
    </message>
    <message numerus="yes">
        <source>(counted from %n chunks)</source>
        <translation>
            <numerusform>（%n 個のチャンクから数えた値）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream events: %1</source>
        <translation>ストリームのイベント: %1</translation>
    </message>
    <message>
        <source>Usage: not reported</source>
        <translation>使用量: 報告なし</translation>
    </message>
    <message>
        <source>Prompt tokens: %1</source>
        <translation>プロンプトのトークン: %1</translation>
    </message>
    <message>
        <source>  cached: %1</source>
        <translation>  キャッシュ: %1</translation>
    </message>
    <message>
        <source>Completion tokens: %1</source>
        <translation>補完のトークン: %1</translation>
    </message>
    <message>
        <source>  reasoning: %1</source>
        <translation>  推論: %1</translation>
    </message>
    <message>
        <source>Total tokens: %1</source>
        <translation>合計トークン: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Kaiwa retried this request.</source>
        <translation>Kaiwa はこのリクエストを再試行しました。</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
</context>
<context>
    <name>ResponseFormatEditor</name>
    <message>
        <source>Strict</source>
        <translation>厳密</translation>
    </message>
    <message>
        <source>Response format type</source>
        <translation>応答形式の種類</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON スキーマ</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>スキーマ名</translation>
    </message>
    <message>
        <source>e.g. answer</source>
        <translation>例: answer</translation>
    </message>
    <message>
        <source>Strict schema adherence</source>
        <translation>スキーマに厳密に従う</translation>
    </message>
    <message>
        <source>The model follows the schema exactly (a subset of JSON Schema)</source>
        <translation>モデルがスキーマに厳密に従います（JSON Schema のサブセット）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The schema name must be 1–64 letters, digits, underscores or dashes.</source>
        <translation>スキーマ名は英字、数字、アンダースコア、ハイフンで 1〜64 文字にしてください。</translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1 (at character %2)</source>
        <translation>スキーマが正しい JSON ではありません: %1（%2 文字目）</translation>
    </message>
    <message>
        <source>The schema must be a JSON object.</source>
        <translation>スキーマは JSON オブジェクトにしてください。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Saved schemas</source>
        <translation>保存したスキーマ</translation>
    </message>
    <message>
        <source>Load a saved schema</source>
        <translation>保存したスキーマを読み込む</translation>
    </message>
    <message>
        <source>Save schema</source>
        <translation>スキーマを保存</translation>
    </message>
    <message>
        <source>Save this schema under its name (replacing one of the same name)</source>
        <translation>このスキーマをその名前で保存します（同じ名前のものは置き換えます）</translation>
    </message>
    <message>
        <source>Delete saved schema</source>
        <translation>保存したスキーマを削除</translation>
    </message>
    <message>
        <source>Delete the chosen saved schema (the editor keeps it: Save brings it back)</source>
        <translation>選んだ保存済みスキーマを削除します（エディターには残るので、保存すれば元に戻せます）</translation>
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
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict mode may refuse this schema:</source>
        <translation>strict モードではこのスキーマが拒否される可能性があります:</translation>
    </message>
    <message>
        <source>None saved</source>
        <translation>保存なし</translation>
    </message>
    <message>
        <source>Saved…</source>
        <translation>保存済み…</translation>
    </message>
    <message>
        <source>“%1” is no longer saved.</source>
        <translation>「%1」はもう保存されていません。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>「%1」として保存しました。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Whether the answer is free text, any JSON object or JSON following a schema</source>
        <translation>回答を自由なテキスト、任意の JSON オブジェクト、スキーマに従う JSON のどれにするか</translation>
    </message>
    <message>
        <source>The name sent with the schema and used to save it</source>
        <translation>スキーマとともに送信し、保存にも使う名前</translation>
    </message>
    <message>
        <source>The JSON Schema the answer must follow</source>
        <translation>回答が従う必要のある JSON Schema</translation>
    </message>
</context>
<context>
    <name>SchemaLibrary</name>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); fix or remove it to save schemas again.</source>
        <translation>%1 が壊れています（%2）。スキーマを再び保存するには修正するか削除してください。</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Internal error: the keychain needs a running Qt application.</source>
        <translation>内部エラー: キーチェーンには実行中の Qt アプリケーションが必要です。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for a password; unlock it and try again.</source>
        <translation>システムのキーチェーンが %1 秒以内に応答しませんでした。ロックされていてパスワードの入力を待っている可能性があります。ロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The operation was cancelled because Kaiwa is shutting down.</source>
        <translation>Kaiwa の終了処理中のため、操作をキャンセルしました。</translation>
    </message>
    <message>
        <source>An API key needs a profile name.</source>
        <translation>API キーにはプロファイル名が必要です。</translation>
    </message>
</context>
<context>
    <name>SessionRegistry</name>
    <message>
        <source>The conversation is not open.</source>
        <translation>この会話は開かれていません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter で送信、Enter で改行</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>送信方法:</translation>
    </message>
    <message>
        <source>Show images from the web in answers</source>
        <translation>回答中のウェブ上の画像を表示</translation>
    </message>
    <message>
        <source>Scale images down to a long side of</source>
        <translation>画像を縮小する長辺のサイズ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>添付ファイルの上限</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Markdown images in answers are downloaded from their sites, which can see your address. Off: they are shown as links.</source>
        <translation>回答中の Markdown 画像はそのサイトからダウンロードされるため、相手のサイトにあなたのアドレスが伝わります。オフにするとリンクとして表示します。</translation>
    </message>
    <message>
        <source>Scale images down to a long side of:</source>
        <translation>画像を縮小する長辺のサイズ:</translation>
    </message>
    <message>
        <source>Largest attachment:</source>
        <translation>添付ファイルの上限:</translation>
    </message>
    <message>
        <source>Offer to run a local command for tool calls</source>
        <translation>ツール呼び出しにローカルコマンドの実行を提案する</translation>
    </message>
    <message>
        <source>Each call gets a Run button: the command reads the call as JSON on its standard input, and what it prints is put in the answer for you to check before sending. Nothing runs unless you press Run.</source>
        <translation>各呼び出しに「実行」ボタンが付きます。コマンドは呼び出しを JSON として標準入力から読み、出力した内容が送信前の確認用に結果欄へ入ります。「実行」を押さない限り何も実行されません。</translation>
    </message>
    <message>
        <source>Tool command</source>
        <translation>ツールのコマンド</translation>
    </message>
    <message>
        <source>e.g. python3 /home/me/tools.py</source>
        <translation>例: python3 /home/me/tools.py</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>ツール呼び出し:</translation>
    </message>
    <message>
        <source>Tool &amp;command:</source>
        <translation>ツールのコマンド(&amp;C):</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels on their long side before sending</source>
        <translation>これより大きい画像は、送信前に長辺がこのピクセル数になるよう縮小されます</translation>
    </message>
    <message>
        <source>Files larger than this are refused as attachments</source>
        <translation>これより大きいファイルは添付できません</translation>
    </message>
    <message>
        <source>The language of Kaiwa&apos;s windows; it changes at once, without a restart</source>
        <translation>Kaiwa のウィンドウの表示言語。再起動しなくてもすぐに切り替わります</translation>
    </message>
</context>
<context>
    <name>SpokenAnswerEditor</name>
    <message>
        <source>Voice:</source>
        <translation>声:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Spoken answers</source>
        <translation>音声で回答</translation>
    </message>
    <message>
        <source>Ask an audio-capable model (gpt-4o-audio-preview and similar) to answer aloud as well; the transcript is shown as the text</source>
        <translation>音声対応モデル（gpt-4o-audio-preview など）に音声でも回答させます。書き起こしがテキストとして表示されます</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>音声の形式</translation>
    </message>
    <message>
        <source>Answers stream only in pcm16 (Kaiwa saves it as WAV); OpenAI refuses other formats while streaming.</source>
        <translation>ストリーミングできる回答は pcm16 だけです（Kaiwa は WAV として保存します）。OpenAI はストリーミング中のほかの形式を拒否します。</translation>
    </message>
    <message>
        <source>The voice a spoken answer is read in</source>
        <translation>音声の回答を読み上げる声</translation>
    </message>
    <message>
        <source>The audio format the spoken answer arrives in</source>
        <translation>音声の回答が届く音声形式</translation>
    </message>
</context>
<context>
    <name>StopEditor</name>
    <message>
        <source>Stop sequence %1</source>
        <translation>停止シーケンス %1</translation>
    </message>
    <message>
        <source>Stop sequence %1 (\n for a line break)</source>
        <translation>停止シーケンス %1（改行は \n）</translation>
    </message>
    <message>
        <source>Enter at least one stop sequence.</source>
        <translation>停止シーケンスを 1 つ以上入力してください。</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Could not find unfinished answers.</source>
        <translation>未完了の回答を検索できませんでした。</translation>
    </message>
    <message>
        <source>Could not open the conversation database for writing.</source>
        <translation>書き込み用に会話データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Could not open the conversation database.</source>
        <translation>会話データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Could not read the conversation database.</source>
        <translation>会話データベースを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not set up the conversation database.</source>
        <translation>会話データベースを準備できませんでした。</translation>
    </message>
    <message>
        <source>Could not write to the conversation database.</source>
        <translation>会話データベースに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not upgrade the conversation database.</source>
        <translation>会話データベースをアップグレードできませんでした。</translation>
    </message>
    <message>
        <source>Could not read the list of open windows.</source>
        <translation>開いているウィンドウの一覧を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not register this window.</source>
        <translation>このウィンドウを登録できませんでした。</translation>
    </message>
    <message>
        <source>Could not save an attachment.</source>
        <translation>添付ファイルを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not read an attachment.</source>
        <translation>添付ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then what the user can do (the advice sentence)</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an action sentence (&quot;Could not save a message.&quot;), then a cause sentence</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 SQLite says: %2.</source>
        <comment>a message, then SQLite&apos;s own English error text</comment>
        <translation>%1（SQLite のメッセージ: %2）</translation>
    </message>
    <message>
        <source>(no file)</source>
        <comment>in place of a file name</comment>
        <translation>（ファイルなし）</translation>
    </message>
    <message>
        <source>The conversation database %1 is damaged.</source>
        <translation>会話データベース %1 が破損しています。</translation>
    </message>
    <message>
        <source>Kaiwa did not change the file and your open conversation is still in memory; copy the file somewhere safe, then move it away (or restore a %1.bak-… copy) and start Kaiwa again.</source>
        <translation>Kaiwa はファイルを変更しておらず、開いている会話はメモリー上に残っています。ファイルを安全な場所にコピーしてから元の場所から移動し（または %1.bak-… のコピーを復元し）、Kaiwa を再起動してください。</translation>
    </message>
    <message>
        <source>The conversation database %1 is read-only.</source>
        <translation>会話データベース %1 は読み取り専用です。</translation>
    </message>
    <message>
        <source>Make the file and its folder writable for your user (or move them off read-only media) and try again; nothing in memory was lost.</source>
        <translation>ファイルとそのフォルダーをお使いのユーザーで書き込めるようにして（または読み取り専用のメディアから移動して）、もう一度お試しください。メモリー上のデータは失われていません。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>%1 があるディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>Free some space on that disk and try again; the conversation stays in memory until it is saved.</source>
        <translation>そのディスクの空き容量を増やしてから、もう一度お試しください。会話は保存されるまでメモリー上に残ります。</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>別のプログラムが %1 を使用しています。</translation>
    </message>
    <message>
        <source>Close other Kaiwa windows or programs that use this file, then try again; nothing in memory was lost.</source>
        <translation>このファイルを使っている他の Kaiwa ウィンドウやプログラムを閉じてから、もう一度お試しください。メモリー上のデータは失われていません。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>ファイル %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and are writable for your user, then start Kaiwa again.</source>
        <translation>ファイルとそのフォルダーが存在し、お使いのユーザーで書き込めることを確認してから、Kaiwa を再起動してください。</translation>
    </message>
    <message>
        <source>The data does not fit the database&apos;s rules.</source>
        <translation>データがデータベースの制約に合いません。</translation>
    </message>
    <message>
        <source>This is a bug in Kaiwa; please report it. The data is still in memory.</source>
        <translation>これは Kaiwa の不具合です。報告をお願いします。データはメモリー上に残っています。</translation>
    </message>
    <message>
        <source>Reading or writing the conversation database %1 failed.</source>
        <translation>会話データベース %1 の読み書きに失敗しました。</translation>
    </message>
    <message>
        <source>Check that the disk is connected and working, then try again; the conversation stays in memory.</source>
        <translation>ディスクが接続され正常に動作していることを確認してから、もう一度お試しください。会話はメモリー上に残っています。</translation>
    </message>
    <message>
        <source>Could not import conversations.</source>
        <translation>会話をインポートできませんでした。</translation>
    </message>
    <message>
        <source>Could not create a conversation.</source>
        <translation>会話を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the conversation.</source>
        <translation>会話を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete a conversation.</source>
        <translation>会話を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not list the conversations.</source>
        <translation>会話の一覧を取得できませんでした。</translation>
    </message>
    <message>
        <source>Could not read a conversation.</source>
        <translation>会話を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not save a message.</source>
        <translation>メッセージを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the arriving answer.</source>
        <translation>受信中の回答を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not read messages.</source>
        <translation>メッセージを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not read the active branch.</source>
        <translation>現在の分岐を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not search the conversations.</source>
        <translation>会話を検索できませんでした。</translation>
    </message>
</context>
<context>
    <name>StoredCompletionModel</name>
    <message>
        <source>Prompt %1 · completion %2 · total %3</source>
        <translation>入力 %1 · 出力 %2 · 合計 %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>最初のメッセージ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>サーバーに接続していません。</translation>
    </message>
    <message>
        <source>The server did not delete it.</source>
        <translation>サーバーが削除しませんでした。</translation>
    </message>
    <message>
        <source>A metadata key cannot be empty.</source>
        <translation>メタデータのキーは空にできません。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be text.</source>
        <translation>「%1」の値はテキストでなければなりません。</translation>
    </message>
    <message>
        <source>No such stored completion.</source>
        <translation>その保存済み応答はありません。</translation>
    </message>
    <message>
        <source>The metadata was not saved: %1</source>
        <translation>メタデータを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>StoredCompletions</name>
    <message>
        <source>An export is running.</source>
        <translation>エクスポートを実行中です。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401).</source>
        <translation>API キーが拒否されました（HTTP 401）。</translation>
    </message>
    <message>
        <source>No permission to use stored completions with this key (HTTP 403).</source>
        <translation>このキーには保存済み応答を使う権限がありません（HTTP 403）。</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP 404).</source>
        <translation>このサーバーは保存済み応答に対応していません（HTTP 404）。</translation>
    </message>
    <message>
        <source>This stored completion does not exist (any more) (HTTP 404).</source>
        <translation>この保存済み応答は（もう）存在しません（HTTP 404）。</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP %1).</source>
        <translation>このサーバーは保存済み応答に対応していません（HTTP %1）。</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>クライアントがありません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Kaiwa&apos;s sentence, then the server&apos;s own message</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): try again later.</source>
        <translation>レート制限中です（HTTP 429）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n s.</source>
        <translation>
            <numerusform>レート制限中です（HTTP 429）。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n min.</source>
        <translation>
            <numerusform>レート制限中です（HTTP 429）。%n 分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredCompletionsWindow</name>
    <message>
        <source>Delete Stored Completions</source>
        <translation>保存済み応答を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored completion(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>サーバーから保存済み応答 %n 件を削除しますか？ 元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n completion(s)…</source>
        <translation>
            <numerusform>%n 件を削除中…</numerusform>
        </translation>
    </message>
    <message>
        <source>not deleted: %1</source>
        <translation>削除されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stored completion(s).</source>
        <translation>
            <numerusform>保存済み応答 %n 件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 could not be deleted (see Problems below).</source>
        <translation>%1 件を削除しました。%2 件は削除できませんでした（下の「問題」を参照）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Stored Completions</source>
        <translation>保存済み応答をエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation>%1 件エクスポート済み</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>エクスポートされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stored completion(s) to %1.</source>
        <translation>
            <numerusform>保存済み応答 %n 件を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Opening %1 as a conversation…</source>
        <translation>%1 を会話として開いています…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>会話を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Opened %1 as a conversation in the main window.</source>
        <translation>%1 をメインウィンドウで会話として開きました。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Stored completions</source>
        <translation>保存済み応答</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>一覧を読み込み直す</translation>
    </message>
    <message>
        <source>Open as &amp;Conversation</source>
        <translation>会話として開く(&amp;C)</translation>
    </message>
    <message>
        <source>Open the selected completion as a conversation</source>
        <translation>選択した応答を会話として開く</translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation>JSON Lines としてエクスポート</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected completions</source>
        <translation>選択した応答を削除</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>エクスポートを中止</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>エクスポートを中止</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <source>Problems with single completions</source>
        <translation>個々の応答の問題</translation>
    </message>
    <message>
        <source>C&amp;lear Problems</source>
        <translation>問題をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the problem list</source>
        <translation>問題の一覧をクリア</translation>
    </message>
    <message>
        <source>Stored completions cannot be changed. Open this one as a conversation to edit or continue it.</source>
        <translation>保存済み応答は変更できません。編集したり続けたりするには会話として開いてください。</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>プロファイルがまだありません。ファイル › プロファイルで追加してください。</translation>
    </message>
    <message>
        <source>Stored Completions</source>
        <translation>保存済み応答</translation>
    </message>
    <message>
        <source>Stored Completions — %1</source>
        <translation>保存済み応答 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored completion(s) loaded</source>
        <translation>
            <numerusform>保存済み応答 %n 件を読み込み済み</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · 読み込み中…</translation>
    </message>
    <message>
        <source> · more when you scroll down</source>
        <translation> · 下へスクロールするとさらに読み込みます</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>選択をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;xport All…</source>
        <translation>すべてエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>The account whose stored completions are listed</source>
        <translation>保存済み応答を一覧表示するアカウント</translation>
    </message>
    <message>
        <source>Completions the server kept; select one to see its messages and metadata</source>
        <translation>サーバーに保存された応答。選択するとメッセージとメタデータを表示します</translation>
    </message>
</context>
<context>
    <name>StoredDetailPane</name>
    <message>
        <source>Messages of the selected completion</source>
        <translation>選択した応答のメッセージ</translation>
    </message>
    <message>
        <source>No completion selected</source>
        <translation>応答が選択されていません</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>パラメーター: %1</translation>
    </message>
    <message>
        <source>Usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation>使用量: 入力 %1 + 出力 %2 = %3 トークン</translation>
    </message>
    <message>
        <source>Select a stored completion to see its messages.</source>
        <translation>保存済み応答を選ぶとメッセージが表示されます。</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>メッセージを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>メッセージを読み込み中…</translation>
    </message>
</context>
<context>
    <name>StoredFilterBar</name>
    <message>
        <source>&amp;Apply Filters</source>
        <translation>絞り込みを適用(&amp;A)</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>モデルで絞り込み</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>Metadata filter</source>
        <translation>メタデータで絞り込み</translation>
    </message>
    <message>
        <source>Metadata, e.g. app=kaiwa, user=alice</source>
        <translation>メタデータ（例: app=kaiwa, user=alice）</translation>
    </message>
    <message>
        <source>Only completions whose metadata has every one of these key=value pairs, separated by commas</source>
        <translation>カンマ区切りの key=value をすべてメタデータに持つ応答だけを表示します</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>絞り込みを適用</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation>メタデータ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>並び順(&amp;O):</translation>
    </message>
    <message>
        <source>“%1” is not a key=value pair.</source>
        <translation>「%1」は key=value の形式ではありません。</translation>
    </message>
    <message>
        <source>Newest or oldest completions first</source>
        <translation>新しい順または古い順</translation>
    </message>
</context>
<context>
    <name>StoredMetadataPanel</name>
    <message>
        <source>Add Pa&amp;ir</source>
        <translation>ペアを追加(&amp;I)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Pair</source>
        <translation>ペアを削除(&amp;V)</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>元に戻す(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save Metadata</source>
        <translation>メタデータを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Metadata of the selected completion</source>
        <translation>選択した応答のメタデータ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add a metadata pair</source>
        <translation>メタデータのペアを追加</translation>
    </message>
    <message>
        <source>Remove the selected metadata pair</source>
        <translation>選択したメタデータのペアを削除</translation>
    </message>
    <message>
        <source>Revert the metadata to the saved pairs</source>
        <translation>メタデータを保存済みのペアに戻す</translation>
    </message>
    <message>
        <source>Save the metadata</source>
        <translation>メタデータを保存</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>%1 行目に値がありますがキーがありません。</translation>
    </message>
    <message>
        <source>The key “%1” is used twice.</source>
        <translation>キー「%1」が 2 回使われています。</translation>
    </message>
    <message>
        <source>A stored completion can have at most %1 metadata pairs: remove one before adding another.</source>
        <translation>保存済み応答のメタデータは %1 ペアまでです。追加する前にどれかを削除してください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>%1 / %2 ペア</translation>
    </message>
    <message>
        <source>Key and value pairs; edit them, then Save</source>
        <translation>キーと値のペア。編集してから保存してください</translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>subject: %1
issuer: %2
valid from %3 to %4
SHA-256: %5</source>
        <translation>サブジェクト: %1
発行者: %2
有効期間: %3 〜 %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>TlsTrustBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the certificate message</source>
        <translation>証明書のメッセージを閉じる</translation>
    </message>
    <message>
        <source>The certificate of the server of “%1” was refused (%2): %3, SHA-256 %4</source>
        <translation>「%1」のサーバーの証明書が拒否されました（%2）: %3、SHA-256 %4</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”…</source>
        <translation>「%1」でこの証明書を信頼…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>この証明書を信頼しますか？</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”?</source>
        <translation>「%1」でこの証明書を信頼しますか？</translation>
    </message>
    <message>
        <source>Requests of this profile will accept this one certificate despite its errors; no other certificate and no other profile is affected. You can revoke it under File ▸ Profiles ▸ Network and TLS.</source>
        <translation>このプロファイルのリクエストは、エラーがあってもこの 1 つの証明書を受け入れます。ほかの証明書やほかのプロファイルには影響しません。「ファイル ▸ プロファイル ▸ ネットワークと TLS」で取り消せます。</translation>
    </message>
    <message>
        <source>Refused because: %1</source>
        <translation>拒否の理由: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>有効期間: %1 〜 %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Trust for “%1”</source>
        <translation>「%1」で信頼(&amp;T)</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>プロファイルを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ToolAnswerPanel</name>
    <message>
        <source>Answer every call before sending: %1 (%2) has no answer yet.</source>
        <translation>送信する前にすべての呼び出しに答えてください: %1（%2）にまだ結果がありません。</translation>
    </message>
    <message>
        <source>The command for %1 is still running.</source>
        <translation>%1 のコマンドはまだ実行中です。</translation>
    </message>
    <message>
        <source>⚠ The command failed: %1</source>
        <translation>⚠ コマンドが失敗しました: %1</translation>
    </message>
    <message>
        <source>⚠ The command finished but printed nothing.</source>
        <translation>⚠ コマンドは終了しましたが、何も出力しませんでした。</translation>
    </message>
    <message>
        <source>From the command; check it before sending.</source>
        <translation>コマンドの出力です。送信する前に確認してください。</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>コマンドを実行しています…</translation>
    </message>
    <message>
        <source>This is not valid JSON; it will be sent as text.</source>
        <translation>有効な JSON ではありません。テキストとして送信されます。</translation>
    </message>
    <message numerus="yes">
        <source>The answer called %n tool(s): give each call its result</source>
        <translation>
            <numerusform>回答が %n 個のツールを呼び出しました。それぞれの結果を入力してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Or write a message below to go on without them.</source>
        <translation>または下にメッセージを書けば、結果なしで会話を続けられます。</translation>
    </message>
    <message>
        <source>Send results</source>
        <translation>結果を送信</translation>
    </message>
    <message>
        <source>Send the tool results</source>
        <translation>ツールの結果を送信</translation>
    </message>
    <message>
        <source>Ctrl+Enter in a result field</source>
        <translation>結果欄で Ctrl+Enter</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>ツール呼び出し</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ Arguments are not valid JSON:
%1</source>
        <translation>⚠ 引数が有効な JSON ではありません:
%1</translation>
    </message>
    <message>
        <source>What %1 returned (text or JSON)</source>
        <translation>%1 が返した結果（テキストまたは JSON）</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 の結果</translation>
    </message>
    <message>
        <source>Call %1 with arguments %2</source>
        <translation>呼び出し %1、引数 %2</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>コマンドを実行</translation>
    </message>
    <message>
        <source>Run the local command for %1</source>
        <translation>%1 のローカルコマンドを実行</translation>
    </message>
    <message>
        <source>Runs the command set in Settings with this call on its standard input; its output is put here for you to check.</source>
        <translation>設定したコマンドをこの呼び出しを標準入力に渡して実行します。出力は確認できるようにここに入ります。</translation>
    </message>
</context>
<context>
    <name>ToolCalls</name>
    <message>
        <source>the message has no tool calls to answer</source>
        <translation>このメッセージには答えるべきツール呼び出しがありません</translation>
    </message>
    <message>
        <source>call %1 is answered twice</source>
        <translation>呼び出し %1 に 2 回答えています</translation>
    </message>
    <message>
        <source>no call %1 to answer</source>
        <translation>答える対象の呼び出し %1 がありません</translation>
    </message>
    <message>
        <source>call %1 (%2) has no answer</source>
        <translation>呼び出し %1（%2）に結果がありません</translation>
    </message>
</context>
<context>
    <name>ToolChoiceEditor</name>
    <message>
        <source>Tool choice</source>
        <translation>ツールの選択</translation>
    </message>
    <message>
        <source>“%1” is not among the tools.</source>
        <translation>「%1」はツールにありません。</translation>
    </message>
    <message>
        <source>The model decides whether to call a tool</source>
        <translation>ツールを呼び出すかどうかはモデルが決めます</translation>
    </message>
    <message>
        <source>The model answers without calling a tool</source>
        <translation>モデルはツールを呼び出さずに回答します</translation>
    </message>
    <message>
        <source>The model calls one or more tools</source>
        <translation>モデルは 1 つ以上のツールを呼び出します</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>%1 を呼び出す</translation>
    </message>
    <message>
        <source>The model calls %1</source>
        <translation>モデルは %1 を呼び出します</translation>
    </message>
    <message>
        <source>as loaded: %1</source>
        <translation>読み込んだまま: %1</translation>
    </message>
    <message>
        <source>call %1 (not among the tools)</source>
        <translation>%1 を呼び出す（ツールにありません）</translation>
    </message>
    <message>
        <source>“%1” is not among the tools: the server refuses this choice.</source>
        <translation>「%1」はツールにありません。サーバーはこの選択を拒否します。</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which one it must call</source>
        <translation>モデルがツールを呼び出してよいか、必ず呼び出すか、呼び出さないか、またはどのツールを呼び出すか</translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>コマンドが %n 秒以内に終わらなかったため停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The command wrote more than %1 MB and was stopped.</source>
        <translation>コマンドの出力が %1 MB を超えたため停止しました。</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>コマンドを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The command crashed.</source>
        <translation>コマンドがクラッシュしました。</translation>
    </message>
    <message>
        <source>The command ended with exit code %1.</source>
        <translation>コマンドは終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>strict mode may refuse %1: %2</source>
        <translation>strict モードでは %1 が拒否される可能性があります: %2</translation>
    </message>
    <message>
        <source>What it does and when to call it</source>
        <translation>何をするか、いつ呼ぶか</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>関数を追加</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Tools as JSON</source>
        <translation>ツール（JSON）</translation>
    </message>
    <message>
        <source>Add a function tool</source>
        <translation>関数ツールを追加</translation>
    </message>
    <message>
        <source>Adds a function template to the list, to fill in and apply</source>
        <translation>関数のひな形を一覧に追加します。記入して適用してください</translation>
    </message>
    <message>
        <source>Apply tools</source>
        <translation>ツールを適用</translation>
    </message>
    <message>
        <source>Use these tools from the next request on (Ctrl+Return)</source>
        <translation>次のリクエストからこのツールを使います（Ctrl+Return）</translation>
    </message>
    <message>
        <source>These tools can&apos;t be sent: %1</source>
        <translation>これらのツールは送信できません: %1</translation>
    </message>
    <message>
        <source>%1 is not a tool field and is not sent</source>
        <translation>%1 はツールの項目ではないため送信されません</translation>
    </message>
    <message>
        <source>Make the text a valid JSON list first; the function is added to it.</source>
        <translation>まずテキストを有効な JSON の配列にしてください。関数はそこに追加されます。</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>ツールなし</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>ツール %n 個: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied yet: Apply (Ctrl+Return) sends these tools.</source>
        <translation>まだ適用されていません: 「適用」（Ctrl+Return）でこれらのツールが送信されます。</translation>
    </message>
    <message>
        <source>Edited, not applied: the tools above are still sent.</source>
        <translation>編集済み・未適用: 送信されるのは引き続き以前のツールです。</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>Type a list of tools, or press “Add function”.</source>
        <translation>ツールの一覧を入力するか、「関数を追加」を押してください。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (%2)</source>
        <translation>有効な JSON ではありません: %1（%2）</translation>
    </message>
    <message>
        <source>tools must be a list: put the tool in [ … ]</source>
        <translation>tools は配列でなければなりません: ツールを [ … ] で囲んでください</translation>
    </message>
    <message>
        <source>tools must hold at least one tool (the API refuses an empty list); switch tools off to send none</source>
        <translation>tools には少なくとも 1 つのツールが必要です（API は空の配列を拒否します）。送らない場合は tools をオフにしてください</translation>
    </message>
    <message>
        <source>%1 must be 1–64 letters, digits, underscores or dashes</source>
        <translation>%1 は 1〜64 文字の英字・数字・アンダースコア・ハイフンでなければなりません</translation>
    </message>
    <message>
        <source>%1: “%2” is already the name of tools[%3]</source>
        <translation>%1: 「%2」はすでに tools[%3] の名前です</translation>
    </message>
    <message>
        <source>The tools the model may call, as the JSON array the API takes; Ctrl+Return applies</source>
        <translation>モデルが呼び出せるツール（API が受け付ける JSON 配列）。Ctrl+Return で適用します</translation>
    </message>
</context>
<context>
    <name>Wav</name>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>WAV ファイルではありません（RIFF/WAVE ヘッダーがありません）</translation>
    </message>
    <message>
        <source>the WAV format chunk is truncated</source>
        <translation>WAV の format チャンクが途中で切れています</translation>
    </message>
    <message>
        <source>the WAV file is not PCM (format %1)</source>
        <translation>WAV ファイルが PCM ではありません（形式 %1）</translation>
    </message>
    <message>
        <source>the WAV format chunk is invalid</source>
        <translation>WAV の format チャンクが不正です</translation>
    </message>
    <message>
        <source>the WAV data comes before its format</source>
        <translation>WAV のデータが format チャンクより前にあります</translation>
    </message>
    <message>
        <source>the WAV file has no data chunk</source>
        <translation>WAV ファイルに data チャンクがありません</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli</name>
    <message>
        <source>--param must look like KEY=JSON, got &quot;%1&quot;</source>
        <translation>--param は KEY=JSON の形で指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of messages (%2)</source>
        <translation>%1 にはメッセージの JSON 配列が必要です（%2）</translation>
    </message>
    <message>
        <source>nothing to send: give a PROMPT, --messages-file or pipe text in</source>
        <translation>送信する内容がありません: PROMPT、--messages-file、またはパイプで文章を渡してください</translation>
    </message>
    <message>
        <source>no model: pass --model or save a default model in the profile</source>
        <translation>モデルが指定されていません: --model を指定するか、プロファイルに既定のモデルを保存してください</translation>
    </message>
    <message>
        <source>--metadata must look like K=V</source>
        <translation>--metadata は K=V の形で指定してください</translation>
    </message>
    <message>
        <source>complete needs a PROMPT</source>
        <translation>complete には PROMPT が必要です</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <source>--retries needs a number, 0 or more</source>
        <translation>--retries には 0 以上の数を指定してください</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output は text または json を指定してください</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit には正の数を指定してください</translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation>--order は asc または desc を指定してください</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see: kaiwa-cli profile list)</source>
        <translation>「%1」という名前のプロファイルはありません（kaiwa-cli profile list を参照）</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot; (openai, azure-openai, azure-inference, gateway, local)</source>
        <translation>不明な --provider「%1」です（openai、azure-openai、azure-inference、gateway、local）</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot;</source>
        <translation>不明な --provider「%1」です</translation>
    </message>
    <message>
        <source>--base-url must be an http or https URL</source>
        <translation>--base-url には http または https の URL を指定してください</translation>
    </message>
    <message>
        <source>no --base-url given for this provider</source>
        <translation>このプロバイダーには --base-url が指定されていません</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;</source>
        <translation>--header は &apos;Name: value&apos; の形で指定してください</translation>
    </message>
    <message>
        <source>this provider needs --base-url</source>
        <translation>このプロバイダーには --base-url が必要です</translation>
    </message>
    <message>
        <source>--auth must be bearer, api-key, both or none</source>
        <translation>--auth は bearer、api-key、both、none のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--token-field must be max_completion_tokens or max_tokens</source>
        <translation>--token-field は max_completion_tokens または max_tokens を指定してください</translation>
    </message>
    <message>
        <source>--extra-body must be a JSON object</source>
        <translation>--extra-body には JSON オブジェクトを指定してください</translation>
    </message>
    <message>
        <source>profile %1 needs a NAME</source>
        <translation>profile %1 には NAME が必要です</translation>
    </message>
    <message>
        <source>saved profile %1; set its key with: kaiwa-cli profile set-key %1</source>
        <translation>プロファイル %1 を保存しました。キーの設定: kaiwa-cli profile set-key %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>「%1」という名前のプロファイルはありません</translation>
    </message>
    <message>
        <source>removed profile %1</source>
        <translation>プロファイル %1 を削除しました</translation>
    </message>
    <message>
        <source>the key was not saved: no system keychain</source>
        <translation>キーは保存されませんでした: システムのキーチェーンがありません</translation>
    </message>
    <message>
        <source>stored the key of %1 in the system keychain</source>
        <translation>%1 のキーをシステムのキーチェーンに保存しました</translation>
    </message>
    <message>
        <source>stored %1 needs a completion ID</source>
        <translation>stored %1 には補完の ID が必要です</translation>
    </message>
    <message>
        <source>stored update needs --metadata K=V (the server replaces the whole map)</source>
        <translation>stored update には --metadata K=V が必要です（サーバーはメタデータ全体を置き換えます）</translation>
    </message>
    <message>
        <source>unknown stored command &quot;%1&quot; (list, get, messages, update, delete)</source>
        <translation>不明な stored コマンド「%1」です（list、get、messages、update、delete）</translation>
    </message>
    <message>
        <source>--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)</source>
        <translation>--save にはテキストのプロンプトを指定してください（--messages-file、--image、--audio、--no-stream は使えません）</translation>
    </message>
    <message>
        <source>conversations search needs a QUERY</source>
        <translation>conversations search には QUERY が必要です</translation>
    </message>
    <message>
        <source>--format must be json or markdown</source>
        <translation>--format は json または markdown を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>「%1」は会話の ID ではありません</translation>
    </message>
    <message>
        <source>Markdown export takes exactly one conversation ID</source>
        <translation>Markdown のエクスポートには会話の ID を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 (at %3)</source>
        <translation>%1 はインポートされませんでした: %2（場所: %3）</translation>
    </message>
    <message numerus="yes">
        <source>imported %n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話をインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conversations command &quot;%1&quot; (list, search, export, import)</source>
        <translation>不明な conversations コマンド「%1」です（list、search、export、import）</translation>
    </message>
    <message>
        <source>--proxy must be system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (never a password: it goes to the keychain)</source>
        <translation>--proxy は system、none、http://[USER@]HOST:PORT、socks5://[USER@]HOST:PORT のいずれかです（パスワードは含めないでください。キーチェーンに保存します）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>「%1」は SHA-256 フィンガープリント（16 進数 64 桁）ではありません</translation>
    </message>
    <message>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</source>
        <translation>標準入力に秘密情報がありません（例: printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME）</translation>
    </message>
    <message>
        <source>stored the proxy password of %1 in the system keychain</source>
        <translation>%1 のプロキシのパスワードをシステムのキーチェーンに保存しました</translation>
    </message>
    <message>
        <source>unknown profile command &quot;%1&quot; (list, add, remove, set-key, set-proxy-password)</source>
        <translation>不明な profile コマンド「%1」（list、add、remove、set-key、set-proxy-password）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file name, %2 what is wrong in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[tool call %1] %2 %3</source>
        <extracomment>%1 the call&apos;s id, %2 the function&apos;s name, %3 its JSON arguments</extracomment>
        <translation>[ツール呼び出し %1] %2 %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2 (see: kaiwa-cli --help)</source>
        <translation>不明なコマンド「%1」です。コマンド: %2（kaiwa-cli --help を参照）</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; its subcommands are: %3 (see: kaiwa-cli help %1)</source>
        <translation>不明な %1 コマンド「%2」です。サブコマンド: %3（kaiwa-cli help %1 を参照）</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (see: kaiwa-cli help %2)</source>
        <translation>--%1 は %2 には使えません（kaiwa-cli help %2 を参照）</translation>
    </message>
    <message>
        <source>no command given (see: kaiwa-cli --help)</source>
        <translation>コマンドが指定されていません（kaiwa-cli --help を参照）</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2 (see: kaiwa-cli help %1)</source>
        <translation>%1 にはサブコマンドが必要です: %2（kaiwa-cli help %1 を参照）</translation>
    </message>
    <message>
        <source>%1 Continuing without an API key.</source>
        <translation>%1 API キーなしで続行します。</translation>
    </message>
    <message>
        <source>command line</source>
        <extracomment>The name of the profile made from command-line options (shown in error messages).</extracomment>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 s</source>
        <extracomment>%1 why the request failed, %2 the retry&apos;s number, %3 seconds until it starts</extracomment>
        <translation>%1（%3 秒後に %2 回目の再試行）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>Prefix of every error line on standard error: &quot;kaiwa-cli: error: …&quot;</extracomment>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>Prefix of a warning line on standard error: &quot;kaiwa-cli: warning: …&quot;</extracomment>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 を更新しました</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli help</name>
    <message>
        <source>List the model ids the server offers.</source>
        <translation>サーバーが提供するモデル ID を一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the models of the server (GET /models), one id per line. With --output json, prints the server&apos;s answer as it came.</source>
        <translation>サーバーのモデル (GET /models) を 1 行に 1 つの ID で一覧表示します。 --output json を指定すると、サーバーの応答をそのまま出力します。</translation>
    </message>
    <message>
        <source>Send a chat completion and stream the answer.</source>
        <translation>チャット補完を送信し、回答をストリーミングで表示します。</translation>
    </message>
    <message>
        <source>Sends a Chat Completions request and prints choice 0 of the answer as it streams in. With --output json, prints one chat.completion assembled from the stream (with --no-stream, the server&apos;s object). Tool calls are printed as &quot;[tool call ID] NAME ARGUMENTS&quot;.

The model comes from --model or the profile&apos;s default model. Ctrl+C stops the request and keeps the partial answer.</source>
        <translation>Chat Completions リクエストを送信し、回答の候補 0 を届いた順に出力します。 --output json を指定すると、ストリームから組み立てた chat.completion を 1 つ出力します (--no-stream のときはサーバーのオブジェクト)。ツール呼び出しは &quot;[ツール呼び出し ID] NAME ARGUMENTS&quot; の形式で出力します。

モデルは --model またはプロファイルの既定のモデルです。 Ctrl+C でリクエストを止めると、途中までの回答が残ります。</translation>
    </message>
    <message>
        <source>The user message: the words after chat, or standard input when it is not a terminal.</source>
        <translation>ユーザーのメッセージ: chat の後に続く語句、または端末でない場合は標準入力。</translation>
    </message>
    <message>
        <source>Send a legacy text completion (/completions).</source>
        <translation>旧形式のテキスト補完を送信します (/completions)。</translation>
    </message>
    <message>
        <source>Sends a legacy Completions request (POST /completions) and prints the text as it streams in.</source>
        <translation>旧形式の Completions リクエスト (POST /completions) を送信し、テキストを届いた順に出力します。</translation>
    </message>
    <message>
        <source>The text to continue: the words after complete, or standard input.</source>
        <translation>続きを書かせるテキスト: complete の後に続く語句、または標準入力。</translation>
    </message>
    <message>
        <source>Completions stored on the server (chat --store).</source>
        <translation>サーバーの保存済み応答 (chat --store)。</translation>
    </message>
    <message>
        <source>Lists, shows, updates and deletes the chat completions that the server stored because the request had store: true (kaiwa-cli chat --store).</source>
        <translation>リクエストに store: true が指定されていたためにサーバーが保存したチャット補完を、一覧表示・表示・更新・削除します (kaiwa-cli chat --store)。</translation>
    </message>
    <message>
        <source>List stored completions.</source>
        <translation>保存済み応答を一覧表示します。</translation>
    </message>
    <message>
        <source>Lists stored completions, one per line: id, creation time (UTC), model and metadata. --model and --metadata filter; --all follows every page.</source>
        <translation>保存済み応答を 1 行に 1 件ずつ一覧表示します: ID、作成日時 (UTC)、モデル、メタデータ。 --model と --metadata で絞り込み、 --all ですべてのページをたどります。</translation>
    </message>
    <message>
        <source>Show one stored completion.</source>
        <translation>保存済み応答を 1 件表示します。</translation>
    </message>
    <message>
        <source>Prints the id, model and metadata of a stored completion, then the text of its answer.</source>
        <translation>保存済み応答の ID、モデル、メタデータを出力し、続いて回答のテキストを出力します。</translation>
    </message>
    <message>
        <source>The completion&apos;s id (chatcmpl-…).</source>
        <translation>補完の ID (chatcmpl-…)。</translation>
    </message>
    <message>
        <source>List the request messages of a stored completion.</source>
        <translation>保存済み応答のリクエストのメッセージを一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the messages of the request that produced a stored completion, one &quot;role: text&quot; line each.</source>
        <translation>保存済み応答を生成したリクエストのメッセージを、1 件につき &quot;role: text&quot; の 1 行で一覧表示します。</translation>
    </message>
    <message>
        <source>Replace the metadata of a stored completion.</source>
        <translation>保存済み応答のメタデータを置き換えます。</translation>
    </message>
    <message>
        <source>Sets the metadata of a stored completion to the --metadata pairs given; the server replaces the whole map.</source>
        <translation>保存済み応答のメタデータを、指定した --metadata のペアに設定します。サーバーはメタデータ全体を置き換えます。</translation>
    </message>
    <message>
        <source>Delete a stored completion.</source>
        <translation>保存済み応答を削除します。</translation>
    </message>
    <message>
        <source>Deletes a stored completion from the server.</source>
        <translation>サーバーから保存済み応答を削除します。</translation>
    </message>
    <message>
        <source>Saved provider profiles.</source>
        <translation>保存したプロバイダープロファイル。</translation>
    </message>
    <message>
        <source>Manages the provider profiles that kaiwa-cli and the Kaiwa app share. A profile keeps everything but its secrets in profiles.ini; the API key and the proxy password go to the OS keychain and are read from standard input, never from the command line. Use a profile with --profile NAME.</source>
        <translation>kaiwa-cli と Kaiwa アプリが共有するプロバイダープロファイルを管理します。プロファイルは秘密情報以外のすべてを profiles.ini に保持します。API キーとプロキシのパスワードは OS のキーチェーンに保存し、コマンドラインではなく標準入力から読み込みます。プロファイルを使うには --profile NAME を指定します。</translation>
    </message>
    <message>
        <source>List saved profiles.</source>
        <translation>保存したプロファイルを一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the saved profiles, one per line: name, provider, base URL and default model. With --output json, every setting of each profile (never the key).</source>
        <translation>保存したプロファイルを 1 行に 1 件ずつ一覧表示します: 名前、プロバイダー、ベース URL、既定のモデル。 --output json を指定すると、各プロファイルのすべての設定を出力します (キーは出力しません)。</translation>
    </message>
    <message>
        <source>Save a profile, or change a saved one.</source>
        <translation>プロファイルを保存するか、保存したプロファイルを変更します。</translation>
    </message>
    <message>
        <source>Saves the profile NAME with the options given. For a profile that exists, the options given replace its settings and the others stay; --provider starts again from that provider&apos;s defaults. Then set its key with profile set-key.</source>
        <translation>指定したオプションでプロファイル NAME を保存します。既存のプロファイルでは、指定したオプションの設定だけが置き換わり、他の設定はそのまま残ります。 --provider を指定すると、そのプロバイダーの既定値からやり直します。その後、 profile set-key でキーを設定してください。</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>プロファイルの名前。</translation>
    </message>
    <message>
        <source>Delete a profile and its secrets.</source>
        <translation>プロファイルとその秘密情報を削除します。</translation>
    </message>
    <message>
        <source>Deletes the profile, its key and its proxy password.</source>
        <translation>プロファイルと、そのキーおよびプロキシのパスワードを削除します。</translation>
    </message>
    <message>
        <source>Store a profile&apos;s API key in the keychain.</source>
        <translation>プロファイルの API キーをキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Reads the API key from standard input and stores it in the OS keychain (the Secret Service on Linux). Without a keychain, nothing is stored and the exit status is 1.</source>
        <translation>標準入力から API キーを読み込み、OS のキーチェーン (Linux では Secret Service) に保存します。キーチェーンがない場合は何も保存せず、終了ステータスは 1 になります。</translation>
    </message>
    <message>
        <source>Store a profile&apos;s proxy password in the keychain.</source>
        <translation>プロファイルのプロキシのパスワードをキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Reads the password of the profile&apos;s proxy user (profile add sets the proxy) from standard input and stores it in the OS keychain, never in profiles.ini.</source>
        <translation>プロファイルのプロキシユーザーのパスワード (プロキシは profile add で設定) を標準入力から読み込み、 profiles.ini ではなく OS のキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation history.</source>
        <translation>Kaiwa の会話履歴。</translation>
    </message>
    <message>
        <source>Lists, searches, exports and imports the conversations of the Kaiwa app (and of chat --save). They are local: no server is contacted.</source>
        <translation>Kaiwa アプリ (および chat --save) の会話を一覧表示・検索・エクスポート・インポートします。会話はローカルにあり、サーバーには接続しません。</translation>
    </message>
    <message>
        <source>List conversations.</source>
        <translation>会話を一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the conversations, one per line: id, last change (UTC) and title.</source>
        <translation>会話を 1 行に 1 件ずつ一覧表示します: ID、最終更新日時 (UTC)、タイトル。</translation>
    </message>
    <message>
        <source>Search every message.</source>
        <translation>すべてのメッセージを検索します。</translation>
    </message>
    <message>
        <source>Searches the text of every message, in any language (one character is enough). Prints conversation id, message id, title and a snippet per hit.</source>
        <translation>すべてのメッセージの本文を、言語を問わず検索します (1 文字から検索できます)。一致ごとに会話 ID、メッセージ ID、タイトル、抜粋を出力します。</translation>
    </message>
    <message>
        <source>The words to find (the rest of the line).</source>
        <translation>検索する語句 (行の残りすべて)。</translation>
    </message>
    <message>
        <source>Print conversations as JSON or Markdown.</source>
        <translation>会話を JSON または Markdown で出力します。</translation>
    </message>
    <message>
        <source>Prints the conversations as Kaiwa JSON (lossless, attachments included), or one conversation as Markdown.</source>
        <translation>会話を Kaiwa JSON (情報の欠落なし、添付ファイルを含む) で出力するか、1 つの会話を Markdown で出力します。</translation>
    </message>
    <message>
        <source>Conversation ids (default: all; exactly one for Markdown).</source>
        <translation>会話の ID (既定: すべて。Markdown では 1 つだけ)。</translation>
    </message>
    <message>
        <source>Import Kaiwa JSON or a ChatGPT export.</source>
        <translation>Kaiwa JSON または ChatGPT のエクスポートをインポートします。</translation>
    </message>
    <message>
        <source>Imports a Kaiwa JSON export or a ChatGPT conversations.json, all in one transaction: nothing is imported when the file has an error.</source>
        <translation>Kaiwa JSON のエクスポートまたは ChatGPT の conversations.json を 1 つのトランザクションでインポートします。ファイルにエラーがある場合は何もインポートしません。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>インポートするファイル。</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>コマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Prints the help of a command or subcommand, or this overview without one. &quot;kaiwa-cli COMMAND --help&quot; does the same.</source>
        <translation>コマンドまたはサブコマンドのヘルプを出力します。指定がない場合はこの概要を出力します。 &quot;kaiwa-cli COMMAND --help&quot; でも同じです。</translation>
    </message>
    <message>
        <source>A command, and for a group one of its subcommands.</source>
        <translation>コマンド。グループの場合はそのサブコマンドの 1 つも指定します。</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the keychain failed; 2 usage error; 3 API error (an HTTP error status or an error in the stream); 4 network error, timeout, or a stream that ended early. On 3 and 4, standard output keeps what arrived and standard error has one line &quot;kaiwa-cli: error: ...&quot;.</source>
        <translation>終了ステータス: 0 成功、1 キーチェーンの失敗、2 使い方の誤り、3 API エラー (HTTP のエラーステータスまたはストリーム内のエラー)、4 ネットワークエラー・タイムアウト・途中で終わったストリーム。3 と 4 の場合、標準出力には届いた内容が残り、標準エラー出力には &quot;kaiwa-cli: エラー: ...&quot; の 1 行が出力されます。</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the conversation database, the profile file or the keychain failed; 2 usage error.</source>
        <translation>終了ステータス: 0 成功、1 会話データベース・プロファイルのファイル・キーチェーンの失敗、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 2 unknown command.</source>
        <translation>終了ステータス: 0 成功、2 不明なコマンド。</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</source>
        <translation>使い方: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Talks to any OpenAI-compatible Chat Completions API, and to the profiles and conversation history it shares with the Kaiwa app.</source>
        <translation>OpenAI 互換の Chat Completions API と対話し、Kaiwa アプリと共有するプロファイルと会話履歴を扱います。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Connection options (models, chat, complete, stored):</source>
        <translation>接続オプション (models, chat, complete, stored):</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>グローバルオプション:</translation>
    </message>
    <message>
        <source>Options may come anywhere on the line. &quot;kaiwa-cli help COMMAND&quot; (or &quot;kaiwa-cli COMMAND --help&quot;) shows a command&apos;s own options, arguments and examples; &quot;man kaiwa-cli&quot; has everything.

The API key comes from the OS keychain (--profile) or from $KAIWA_API_KEY or $OPENAI_API_KEY; it is never accepted on the command line.</source>
        <translation>オプションは行のどこに置いてもかまいません。 &quot;kaiwa-cli help COMMAND&quot; (または &quot;kaiwa-cli COMMAND --help&quot;) でコマンド固有のオプション、引数、例を表示します。 &quot;man kaiwa-cli&quot; にはすべてが載っています。

API キーは OS のキーチェーン (--profile) または $KAIWA_API_KEY か $OPENAI_API_KEY から読み込みます。コマンドラインでは受け付けません。</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] %1</source>
        <translation>使い方: kaiwa-cli [OPTIONS] %1</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Options of its subcommands:</source>
        <translation>サブコマンドのオプション:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Connection options: %1 (see: kaiwa-cli --help).</source>
        <translation>接続オプション: %1 (kaiwa-cli --help を参照)。</translation>
    </message>
    <message>
        <source>Global options: %1.</source>
        <translation>グローバルオプション: %1</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Run &quot;kaiwa-cli help %1 SUBCOMMAND&quot; for the options and examples of a subcommand.</source>
        <translation>サブコマンドのオプションと例は &quot;kaiwa-cli help %1 SUBCOMMAND&quot; で表示できます。</translation>
    </message>
    <message>
        <source>Show help (for a command: its own).</source>
        <translation>ヘルプを表示します (コマンドに付けるとそのコマンドのヘルプ)。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>text (default) or json: the server&apos;s JSON, or one JSON document for local data.</source>
        <translation>text (既定) または json: サーバーの JSON、またはローカルのデータなら 1 つの JSON ドキュメント。</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation>API のベース URL。例: https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>openai (default), azure-openai, azure-inference, gateway or local: sets the authentication and URL style.</source>
        <translation>openai (既定), azure-openai, azure-inference, gateway, local のいずれか。認証方式と URL の形式が決まります。</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable instead of KAIWA_API_KEY or OPENAI_API_KEY (also instead of the keychain with --profile).</source>
        <translation>KAIWA_API_KEY や OPENAI_API_KEY の代わりに、この環境変数から API キーを読み込みます (--profile 指定時はキーチェーンの代わりにも)。</translation>
    </message>
    <message>
        <source>The api-version query parameter (Azure).</source>
        <translation>api-version クエリパラメーター (Azure)。</translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation>追加のリクエストヘッダー &apos;Name: value&apos; (複数指定可)。</translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain); the options above override its settings for this run.</source>
        <translation>保存したプロファイルを使います (キーは OS のキーチェーンから読み込みます)。上記のオプションは、この実行に限りプロファイルの設定より優先されます。</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation>データが届かないまま待つ秒数 (接続とストリーム。既定 60)。</translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx before any answer arrived (default 2).</source>
        <translation>回答が届く前の接続エラーと 408, 409, 429, 5xx の再試行回数 (既定 2)。</translation>
    </message>
    <message>
        <source>system (default), none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT; the password comes from the keychain (profile set-proxy-password).</source>
        <translation>system (既定), none, http://[USER@]HOST:PORT, socks5://[USER@]HOST:PORT のいずれか。パスワードはキーチェーンから読み込みます (profile set-proxy-password で設定)。</translation>
    </message>
    <message>
        <source>PEM file of CA certificates trusted besides the system&apos;s.</source>
        <translation>システムの CA 証明書に加えて信頼する CA 証明書の PEM ファイル。</translation>
    </message>
    <message>
        <source>PEM client certificate (mutual TLS).</source>
        <translation>PEM 形式のクライアント証明書 (相互 TLS)。</translation>
    </message>
    <message>
        <source>Its PEM private key (without a passphrase).</source>
        <translation>その PEM 形式の秘密鍵 (パスフレーズなし)。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint that the server&apos;s certificate or its CA must have (repeatable).</source>
        <translation>サーバーの証明書またはその CA が持つべき SHA-256 フィンガープリント (複数指定可)。</translation>
    </message>
    <message>
        <source>Accept this one certificate despite its TLS errors (SHA-256, repeatable).</source>
        <translation>TLS エラーがあってもこの証明書を受け入れます (SHA-256, 複数指定可)。</translation>
    </message>
    <message>
        <source>Model id or Azure deployment (chat, complete: default from the profile; stored list: only this model&apos;s; profile add: the profile&apos;s default).</source>
        <translation>モデル ID または Azure のデプロイ名 (chat, complete: 既定はプロファイルのモデル。 stored list: このモデルの応答だけ。 profile add: プロファイルの既定のモデル)。</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>システムプロンプト。</translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT (the API&apos;s own message format).</source>
        <translation>PROMPT の前に送るメッセージの JSON 配列 (API のメッセージ形式)。</translation>
    </message>
    <message>
        <source>Image file or URL to attach (repeatable).</source>
        <translation>添付する画像ファイルまたは URL (複数指定可)。</translation>
    </message>
    <message>
        <source>Audio file to attach (wav or mp3).</source>
        <translation>添付する音声ファイル (wav または mp3)。</translation>
    </message>
    <message>
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable), e.g. temperature=0.2.</source>
        <translation>リクエストパラメーター KEY=JSON または KEY=@file.json (複数指定可)。例: temperature=0.2</translation>
    </message>
    <message>
        <source>Ask for one JSON answer instead of a stream.</source>
        <translation>ストリームではなく 1 つの JSON で回答を受け取ります。</translation>
    </message>
    <message>
        <source>Store the completion on the server (store: true).</source>
        <translation>補完をサーバーに保存します (store: true)。</translation>
    </message>
    <message>
        <source>Also save the exchange in Kaiwa&apos;s conversation history (a text prompt only).</source>
        <translation>このやり取りを Kaiwa の会話履歴にも保存します (テキストのプロンプトのみ)。</translation>
    </message>
    <message>
        <source>Metadata pair (repeatable): sent with chat, a filter for stored list, the new map for stored update.</source>
        <translation>メタデータのペア (複数指定可)。chat では送信する値、stored list では絞り込み条件、stored update では新しいメタデータ。</translation>
    </message>
    <message>
        <source>Text that follows the completion.</source>
        <translation>補完の後に続くテキスト。</translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation>1 ページあたりの件数。</translation>
    </message>
    <message>
        <source>asc or desc.</source>
        <translation>asc または desc。</translation>
    </message>
    <message>
        <source>Start after this id.</source>
        <translation>この ID の次から一覧表示します。</translation>
    </message>
    <message>
        <source>Follow every page and print them as one list.</source>
        <translation>すべてのページをたどり、1 つの一覧として出力します。</translation>
    </message>
    <message>
        <source>How the key is sent: bearer, api-key, both or none (default: the provider&apos;s).</source>
        <translation>キーの送り方: bearer, api-key, both, none のいずれか (既定はプロバイダーごとの値)。</translation>
    </message>
    <message>
        <source>Name of the token-limit field: max_completion_tokens or max_tokens.</source>
        <translation>トークン上限のフィールド名: max_completion_tokens または max_tokens。</translation>
    </message>
    <message>
        <source>JSON object merged into every request body.</source>
        <translation>すべてのリクエスト本文に統合する JSON オブジェクト。</translation>
    </message>
    <message>
        <source>Value of the extra-parameters header (Azure AI inference: pass-through, drop or error).</source>
        <translation>extra-parameters ヘッダーの値 (Azure AI inference: pass-through, drop, error のいずれか)。</translation>
    </message>
    <message>
        <source>json (default) or markdown (one conversation).</source>
        <translation>json (既定) または markdown (会話 1 つ)。</translation>
    </message>
</context>
</TS>
