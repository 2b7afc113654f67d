<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</TS>
