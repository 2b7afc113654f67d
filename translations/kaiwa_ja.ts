<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>The system keychain could not %1 the API key for “%2” (%3). Try again.</source>
        <translation>システムのキーチェーンで「%2」の API キーを%1できませんでした（%3）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation>使用できるシステムのキーチェーンがありません（%1）。API キーは Kaiwa を終了するまでメモリー上にのみ保持され、保存されません。</translation>
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
        <source>Trust this certificate?</source>
        <translation>この証明書を信頼しますか？</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”?</source>
        <translation>「%1」でこの証明書を信頼しますか？</translation>
    </message>
    <message>
        <source>Requests of this profile will accept this one certificate despite its errors; no other certificate and no other profile is affected. You can revoke it under Network and TLS.

%1</source>
        <translation>このプロファイルのリクエストは、エラーがあってもこの 1 つの証明書を受け入れます。ほかの証明書やほかのプロファイルには影響しません。「ネットワークと TLS」で取り消せます。

%1</translation>
    </message>
    <message>
        <source>&amp;Trust for “%1”</source>
        <translation>「%1」で信頼(&amp;T)</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Test the connection again.</source>
        <translation>「%1」でこの証明書を信頼しました。もう一度接続をテストしてください。</translation>
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
        <source>try again in %1 s.</source>
        <translation>%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>try again in %1 min.</source>
        <translation>%1 分後にもう一度お試しください。</translation>
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
        <source>Rate limited (HTTP 429): %1</source>
        <translation>レート制限中です（HTTP 429）: %1</translation>
    </message>
    <message>
        <source>try again later.</source>
        <translation>しばらくしてからもう一度お試しください。</translation>
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
</context>
<context>
    <name>kaiwa-cli</name>
    <message>
        <source>unknown command &quot;%1&quot; (try --help)</source>
        <translation>不明なコマンド「%1」です（--help を参照）</translation>
    </message>
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
        <source>Talk to any OpenAI-compatible Chat Completions API.</source>
        <translation>OpenAI 互換の Chat Completions API と対話します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation>API のベース URL（例: https://api.openai.com/v1）。</translation>
    </message>
    <message>
        <source>openai, azure-openai, azure-inference, gateway or local.</source>
        <translation>openai、azure-openai、azure-inference、gateway、local のいずれか。</translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation>API キーを保持する環境変数。</translation>
    </message>
    <message>
        <source>api-version query parameter (Azure).</source>
        <translation>api-version クエリパラメーター（Azure）。</translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation>追加のリクエストヘッダー &apos;Name: value&apos;（複数指定可）。</translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain).</source>
        <translation>保存したプロファイルを使います（キーは OS のキーチェーンから読み込みます）。</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation>データが届かないまま待つ秒数（接続とストリーム、既定 60）。</translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx (default 2).</source>
        <translation>接続エラーと 408・409・429・5xx の再試行回数（既定 2）。</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text または json。</translation>
    </message>
    <message>
        <source>Model id (or Azure deployment).</source>
        <translation>モデル ID（または Azure のデプロイ名）。</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>システムプロンプト。</translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT.</source>
        <translation>PROMPT の前に送るメッセージの JSON 配列。</translation>
    </message>
    <message>
        <source>Image file or URL to attach (repeatable).</source>
        <translation>添付する画像ファイルまたは URL（複数指定可）。</translation>
    </message>
    <message>
        <source>Audio file to attach (wav or mp3).</source>
        <translation>添付する音声ファイル（wav または mp3）。</translation>
    </message>
    <message>
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable).</source>
        <translation>リクエストパラメーター KEY=JSON または KEY=@file.json（複数指定可）。</translation>
    </message>
    <message>
        <source>Ask for one JSON answer instead of a stream.</source>
        <translation>ストリームではなく 1 つの JSON で回答を受け取ります。</translation>
    </message>
    <message>
        <source>Store the completion on the server (store: true).</source>
        <translation>補完をサーバーに保存します（store: true）。</translation>
    </message>
    <message>
        <source>Metadata K=V (repeatable).</source>
        <translation>メタデータ K=V（複数指定可）。</translation>
    </message>
    <message>
        <source>Text after the completion (legacy completions).</source>
        <translation>補完の後に続く文章（旧形式の completions）。</translation>
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
        <source>List after this id.</source>
        <translation>この ID より後を一覧表示します。</translation>
    </message>
    <message>
        <source>Follow every page.</source>
        <translation>すべてのページをたどります。</translation>
    </message>
    <message>
        <source>Profile auth: bearer, api-key, both or none.</source>
        <translation>プロファイルの認証方式: bearer、api-key、both、none。</translation>
    </message>
    <message>
        <source>Profile token-limit field: max_completion_tokens or max_tokens.</source>
        <translation>プロファイルのトークン上限フィールド: max_completion_tokens または max_tokens。</translation>
    </message>
    <message>
        <source>Profile JSON object merged into every request body.</source>
        <translation>すべてのリクエスト本文に統合するプロファイルの JSON オブジェクト。</translation>
    </message>
    <message>
        <source>Profile extra-parameters header (Azure AI inference).</source>
        <translation>プロファイルの extra-parameters ヘッダー（Azure AI inference）。</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>実行する内容（「コマンド」を参照）。</translation>
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
        <source>no command given (try --help)</source>
        <translation>コマンドが指定されていません（--help を参照）</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see: kaiwa-cli profile list)</source>
        <translation>「%1」という名前のプロファイルはありません（kaiwa-cli profile list を参照）</translation>
    </message>
    <message>
        <source>Continuing without an API key.</source>
        <translation>API キーなしで続行します。</translation>
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
        <source>Also save the exchange in Kaiwa&apos;s conversation history.</source>
        <translation>このやり取りを Kaiwa の会話履歴にも保存します。</translation>
    </message>
    <message>
        <source>--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)</source>
        <translation>--save にはテキストのプロンプトを指定してください（--messages-file、--image、--audio、--no-stream は使えません）</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>エクスポート形式: json または markdown。</translation>
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
        <translation>コマンド:
  models                       サーバーのモデル ID を一覧表示
  chat [PROMPT]                チャット補完を送信（既定でストリーミング）
  complete PROMPT              旧形式の /completions
  stored list|get|messages|update|delete   保存された補完（store: true）
  profile list|add|remove|set-key|set-proxy-password NAME   保存したプロバイダープロファイル
  conversations list|search|export|import  Kaiwa の会話履歴

終了コード: 0 成功、2 使い方の誤り、3 API エラー、4 ネットワークエラー・タイムアウト・
途中で終わったストリーム。API キーは OS のキーチェーン（--profile）または
$KAIWA_API_KEY / $OPENAI_API_KEY から読み込みます。コマンドラインでは受け付けません。</translation>
    </message>
    <message>
        <source>Proxy: system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (the password: kaiwa-cli profile set-proxy-password NAME).</source>
        <translation>プロキシ: system、none、http://[USER@]HOST:PORT または socks5://[USER@]HOST:PORT（パスワードは kaiwa-cli profile set-proxy-password NAME で設定）。</translation>
    </message>
    <message>
        <source>PEM file of extra CA certificates.</source>
        <translation>追加の CA 証明書の PEM ファイル。</translation>
    </message>
    <message>
        <source>PEM client certificate (mutual TLS).</source>
        <translation>PEM 形式のクライアント証明書（相互 TLS）。</translation>
    </message>
    <message>
        <source>Its PEM private key (no passphrase).</source>
        <translation>その PEM 秘密鍵（パスフレーズなし）。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint the server&apos;s certificate or its CA must have (repeatable).</source>
        <translation>サーバーの証明書またはその CA が持つべき SHA-256 フィンガープリント（複数指定可）。</translation>
    </message>
    <message>
        <source>Accept this one certificate despite its TLS errors (SHA-256, repeatable).</source>
        <translation>TLS エラーがあってもこの証明書を受け入れる（SHA-256、複数指定可）。</translation>
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
</context>
</TS>
