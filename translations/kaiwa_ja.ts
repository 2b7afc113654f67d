<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
    <name>MainWindow</name>
    <message>
        <source>&lt;h1&gt;Welcome to Kaiwa&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Kaiwa へようこそ&lt;/h1&gt;</translation>
    </message>
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
        <source>Kaiwa is a chat client for OpenAI-compatible APIs.</source>
        <translation>Kaiwa は OpenAI 互換 API のためのチャットクライアントです。</translation>
    </message>
    <message>
        <source>The chat window arrives in a later version.</source>
        <translation>チャット画面は今後のバージョンで追加されます。</translation>
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
        <source>no key on standard input (e.g. printf %s &quot;$KEY&quot; | kaiwa-cli profile set-key NAME)</source>
        <translation>標準入力にキーがありません（例: printf %s &quot;$KEY&quot; | kaiwa-cli profile set-key NAME）</translation>
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
        <source>unknown profile command &quot;%1&quot; (list, add, remove, set-key)</source>
        <translation>不明な profile コマンド「%1」です（list、add、remove、set-key）</translation>
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
        <translation>コマンド:
  models                       サーバーのモデル ID を一覧表示
  chat [PROMPT]                チャット補完を送信（既定でストリーミング）
  complete PROMPT              旧形式の /completions
  stored list|get|messages|update|delete   保存された補完（store: true）
  profile list|add|remove|set-key NAME     保存したプロバイダープロファイル
  conversations list|search|export|import  Kaiwa の会話履歴

終了コード: 0 成功、2 使い方の誤り、3 API エラー、4 ネットワークエラー・タイムアウト・
途中で終わったストリーム。API キーは OS のキーチェーン（--profile）または
$KAIWA_API_KEY / $OPENAI_API_KEY から読み込みます。コマンドラインでは受け付けません。</translation>
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
</context>
</TS>
