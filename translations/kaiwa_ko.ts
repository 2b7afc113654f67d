<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped: %1</source>
        <translation>응답 중지됨: %1</translation>
    </message>
    <message>
        <source>the answer was interrupted</source>
        <translation>응답이 중단되었습니다</translation>
    </message>
    <message>
        <source>Answer finished: %1</source>
        <translation>응답 완료: %1</translation>
    </message>
    <message>
        <source>Answer finished: the model calls %1</source>
        <translation>응답 완료: 모델이 %1을(를) 호출합니다</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>응답 완료</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 오류</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 오류</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API 오류</translation>
    </message>
    <message>
        <source>stream ended early</source>
        <translation>스트림이 일찍 끝남</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>잘못된 형식의 응답</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>응답이 너무 큼</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>키체인 오류</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>사용법 오류</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <comment>an error kind, then a status</comment>
        <translation>%1(HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an error label, then the message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a message, then the server&apos;s error code</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 [request %2]</source>
        <comment>a message, then the request id</comment>
        <translation>%1 [요청 %2]</translation>
    </message>
    <message>
        <source>the server refused the request as malformed</source>
        <translation>서버가 요청의 형식이 잘못되었다며 거부했습니다</translation>
    </message>
    <message>
        <source>the API key was refused; check it in the profile</source>
        <translation>API 키가 거부되었습니다. 프로필에서 키를 확인하십시오</translation>
    </message>
    <message>
        <source>this key may not use this model or endpoint</source>
        <translation>이 키로는 이 모델이나 엔드포인트를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>not found; check the profile&apos;s base URL and the model name</source>
        <translation>찾을 수 없습니다. 프로필의 기본 URL과 모델 이름을 확인하십시오</translation>
    </message>
    <message>
        <source>the server gave up waiting for the request</source>
        <translation>서버가 요청을 기다리다가 포기했습니다</translation>
    </message>
    <message>
        <source>the request conflicts with the server&apos;s state; try again</source>
        <translation>요청이 서버 상태와 충돌합니다. 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the request is too large for the server</source>
        <translation>요청이 서버가 처리하기에 너무 큽니다</translation>
    </message>
    <message>
        <source>too many requests; wait and try again</source>
        <translation>요청이 너무 많습니다. 잠시 기다린 후 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the server failed with an internal error</source>
        <translation>서버에서 내부 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>a gateway in between got no valid answer from the server</source>
        <translation>중간의 게이트웨이가 서버에서 올바른 응답을 받지 못했습니다</translation>
    </message>
    <message>
        <source>the service is unavailable or overloaded; try again later</source>
        <translation>서비스를 사용할 수 없거나 과부하 상태입니다. 나중에 다시 시도하십시오</translation>
    </message>
    <message>
        <source>a gateway in between timed out waiting for the server</source>
        <translation>중간의 게이트웨이가 서버를 기다리다가 시간 초과되었습니다</translation>
    </message>
    <message>
        <source>the server redirected the request</source>
        <translation>서버가 요청을 리디렉션했습니다</translation>
    </message>
    <message>
        <source>the server gave no message</source>
        <translation>서버가 메시지를 보내지 않았습니다</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?)</source>
        <translation>서버가 JSON 대신 HTML 페이지로 응답했습니다(중간에 프록시나 게이트웨이가 있습니까?)</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?): %1</source>
        <translation>서버가 JSON 대신 HTML 페이지로 응답했습니다(중간에 프록시나 게이트웨이가 있습니까?): %1</translation>
    </message>
    <message>
        <source>an error occurred during streaming</source>
        <translation>스트리밍 중에 오류가 발생했습니다</translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Forget key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API 키 표시</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation>저장된 API 키 삭제</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s key from the system keychain</source>
        <translation>시스템 키체인에서 이 프로필의 키를 제거합니다</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API 키 숨기기</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>키가 시스템 키체인에 저장되어 있습니다. 바꾸려면 새 키를 입력하십시오.</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>•••••••• (저장됨)</translation>
    </message>
    <message>
        <source>No key needed for most local servers. A key you enter is stored in the system keychain.</source>
        <translation>대부분의 로컬 서버에는 키가 필요하지 않습니다. 입력한 키는 시스템 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <source>No key stored yet. It will be stored in the system keychain.</source>
        <translation>아직 저장된 키가 없습니다. 키는 시스템 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>paste your API key</source>
        <translation>API 키 붙여넣기</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain, never in Kaiwa&apos;s settings.</source>
        <translation>키는 Kaiwa 설정이 아닌 시스템 키체인에만 저장됩니다.</translation>
    </message>
    <message>
        <source>Keys are kept in memory only and are forgotten when Kaiwa quits.</source>
        <translation>키는 메모리에만 보관되며 Kaiwa를 종료하면 삭제됩니다.</translation>
    </message>
    <message>
        <source>The secret key the service gave you; it is kept in the system keychain, not in a file</source>
        <translation>서비스에서 받은 비밀 키. 파일이 아닌 시스템 키체인에 보관됩니다</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>%1초 동안 서버에서 데이터가 오지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n s)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1(%n초 후에 다시 시도하십시오)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n min)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1(%n분 후에 다시 시도하십시오)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server redirected the request to %1; Kaiwa does not follow redirects, so the API key was not sent there. If that address is right, make it the profile&apos;s base URL.</source>
        <translation>서버가 요청을 %1(으)로 리디렉션했습니다. Kaiwa는 리디렉션을 따르지 않으므로 API 키를 그곳으로 보내지 않았습니다. 그 주소가 맞다면 프로필의 기본 URL로 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The conversation history could not be opened, so this session is not saved. %1</source>
        <translation>대화 기록을 열 수 없어 이 세션은 저장되지 않습니다. %1</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation>%1의 크기는 %2입니다. %3 이하의 파일만 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Scaled from %1 × %2 to %3 × %4</source>
        <translation>%1 × %2에서 %3 × %4(으)로 축소함</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files inside it.</source>
        <translation>%1은(는) 폴더입니다. 폴더 안의 파일을 첨부하십시오.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>The data URL is not base64-encoded image data.</source>
        <translation>데이터 URL이 base64로 인코딩된 이미지 데이터가 아닙니다.</translation>
    </message>
    <message>
        <source>The data URL&apos;s base64 is damaged.</source>
        <translation>데이터 URL의 base64가 손상되었습니다.</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>붙여넣은 이미지</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address of an image.</source>
        <translation>%1은(는) 이미지의 http(s) 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Image %1</source>
        <translation>이미지 %1</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>%1의 이미지</translation>
    </message>
    <message>
        <source>Audio %1 (%2)</source>
        <translation>오디오 %1 (%2)</translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation>오디오 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>세부 수준: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 수준</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Low (faster, cheaper)</source>
        <translation>낮음(빠르고 저렴함)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Backspace or Delete removes the selected attachment</source>
        <translation>Backspace 또는 Delete 키로 선택한 첨부 파일을 제거합니다</translation>
    </message>
</context>
<context>
    <name>AudioConverter</name>
    <message>
        <source>%1 could not be converted: decoding took too long.</source>
        <translation>%1을(를) 변환할 수 없습니다: 디코딩 시간이 너무 오래 걸렸습니다.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio files.</source>
        <translation>%1의 크기는 %2MB로, 오디오 파일 제한인 %3MB를 초과합니다.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio sent to the model.</source>
        <translation>%1의 크기는 %2MB로, 모델에 보내는 오디오 제한인 %3MB를 초과합니다.</translation>
    </message>
    <message>
        <source>%1 is not audio: it looks like %2.</source>
        <translation>%1은(는) 오디오가 아닙니다. %2(으)로 보입니다.</translation>
    </message>
    <message>
        <source>%1 could not be converted: this system has no audio decoder. Attach a WAV or MP3 file instead.</source>
        <translation>%1을(를) 변환할 수 없습니다: 이 시스템에 오디오 디코더가 없습니다. 대신 WAV 또는 MP3 파일을 첨부하십시오.</translation>
    </message>
    <message>
        <source>the sample rate changes in the middle</source>
        <translation>중간에 샘플 레이트가 바뀝니다</translation>
    </message>
    <message>
        <source>%1 is too long: converted to WAV it would be over %2 MB (about %3 minutes).</source>
        <translation>%1이(가) 너무 깁니다: WAV로 변환하면 %2MB(약 %3분)를 넘습니다.</translation>
    </message>
    <message>
        <source>%1 could not be converted: it contains no sound the decoder could read.</source>
        <translation>%1을(를) 변환할 수 없습니다: 디코더가 읽을 수 있는 소리가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a sound file Kaiwa can read (%2).</source>
        <translation>%1은(는) Kaiwa가 읽을 수 있는 소리 파일이 아닙니다(%2).</translation>
    </message>
    <message>
        <source>%1 could not be decoded as audio (%2).</source>
        <translation>%1을(를) 오디오로 디코딩할 수 없습니다(%2).</translation>
    </message>
</context>
<context>
    <name>AudioLevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>마이크 음량</translation>
    </message>
</context>
<context>
    <name>AudioPlayerWidget</name>
    <message>
        <source>Save Audio</source>
        <translation>오디오 저장</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>Position and duration</source>
        <translation>재생 위치와 길이</translation>
    </message>
    <message>
        <source>Save audio as…</source>
        <translation>다른 이름으로 오디오 저장…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>This audio cannot be played here: %1</source>
        <translation>이 오디오는 여기서 재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 오디오 (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3 오디오 (*.mp3)</translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation>오디오 (*.%1)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1을(를) 저장할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Where playback is; move it to jump</source>
        <translation>재생 위치. 옮기면 해당 위치로 이동합니다</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one, or check that the system&apos;s sound settings can see it.</source>
        <translation>마이크를 찾을 수 없습니다. 마이크를 연결하거나 시스템 소리 설정에서 인식되는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or Kaiwa may not be allowed to use it (see the system&apos;s privacy or sound settings).</source>
        <translation>마이크를 열 수 없습니다. 다른 프로그램이 사용 중이거나 Kaiwa에 사용 권한이 없을 수 있습니다(시스템 개인 정보 또는 소리 설정을 확인하십시오).</translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation>마이크가 작동을 멈췄습니다.</translation>
    </message>
    <message>
        <source>What was recorded until then is kept.</source>
        <translation>그때까지 녹음한 내용은 보존됩니다.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. What was recorded until then is kept.</source>
        <translation>마이크 연결이 끊어졌습니다. 그때까지 녹음한 내용은 보존됩니다.</translation>
    </message>
</context>
<context>
    <name>ChatAccumulator</name>
    <message>
        <source>the stream ended in the middle of an event</source>
        <translation>이벤트 도중에 스트림이 끝났습니다</translation>
    </message>
    <message>
        <source>malformed JSON in the stream: %1</source>
        <translation>스트림에 잘못된 형식의 JSON이 있습니다: %1</translation>
    </message>
    <message>
        <source>the server sent choice index %1, outside 0…%2</source>
        <translation>서버가 0…%2 범위를 벗어난 선택지 인덱스 %1을(를) 보냈습니다</translation>
    </message>
    <message numerus="yes">
        <source>the server sent tool call index %1; Kaiwa accepts at most %n calls</source>
        <translation>
            <numerusform>서버가 도구 호출 인덱스 %1을(를) 보냈습니다. Kaiwa는 호출을 최대 %n개까지 받습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server sent more than %n tool calls</source>
        <translation>
            <numerusform>서버가 도구 호출을 %n개보다 많이 보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the stream ended before any answer arrived</source>
        <translation>응답이 도착하기 전에 스트림이 끝났습니다</translation>
    </message>
    <message>
        <source>the stream ended before choice %1 finished</source>
        <translation>선택지 %1이(가) 끝나기 전에 스트림이 끝났습니다</translation>
    </message>
    <message numerus="yes">
        <source>the stream ended after %1 of %n choices</source>
        <translation>
            <numerusform>선택지 %n개 중 %1개가 도착한 후 스트림이 끝났습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation>서버의 응답이 JSON 객체가 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message numerus="yes">
        <source>metadata has %1 pairs; at most %n are allowed</source>
        <translation>
            <numerusform>metadata에 쌍이 %1개 있습니다. 최대 %n개까지 허용됩니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata key &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>metadata 키 &quot;%1&quot;이(가) %n자보다 깁니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata value of &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>metadata &quot;%1&quot;의 값이 %n자보다 깁니다</numerusform>
        </translation>
    </message>
    <message>
        <source>messages must contain at least one message</source>
        <translation>messages에는 메시지가 하나 이상 있어야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>safety_identifier is longer than %n characters</source>
        <translation>
            <numerusform>safety_identifier가 %n자보다 깁니다</numerusform>
        </translation>
    </message>
    <message>
        <source>stream_options is only allowed with stream: true</source>
        <translation>stream_options는 stream: true일 때만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>top_logprobs requires logprobs: true</source>
        <translation>top_logprobs에는 logprobs: true가 필요합니다</translation>
    </message>
    <message>
        <source>audio output parameters need &quot;audio&quot; in modalities</source>
        <translation>오디오 출력 매개변수를 사용하려면 modalities에 &quot;audio&quot;가 있어야 합니다</translation>
    </message>
    <message>
        <source>the audio modality needs audio: {voice, format}</source>
        <translation>audio 모달리티에는 audio: {voice, format}이 필요합니다</translation>
    </message>
    <message>
        <source>%1.voice must be a voice name or {&quot;id&quot;: …}</source>
        <translation>%1.voice는 음성 이름 또는 {&quot;id&quot;: …}여야 합니다</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of text parts</source>
        <translation>%1.content는 문자열 또는 텍스트 파트 목록이어야 합니다</translation>
    </message>
    <message>
        <source>parameter name is empty</source>
        <translation>매개변수 이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>prompt is required</source>
        <translation>prompt는 필수입니다</translation>
    </message>
    <message>
        <source>best_of cannot be used with stream: true</source>
        <translation>best_of는 stream: true와 함께 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>best_of must not be less than n</source>
        <translation>best_of는 n보다 작을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1은(는) 필수입니다</translation>
    </message>
    <message>
        <source>%1.type must be one of text, image_url, input_audio, file, refusal</source>
        <translation>%1.type은 text, image_url, input_audio, file, refusal 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>%1.type must be function or custom</source>
        <translation>%1.type은 function 또는 custom이어야 합니다</translation>
    </message>
    <message>
        <source>%1.role must be one of developer, system, user, assistant, tool, function</source>
        <translation>%1.role은 developer, system, user, assistant, tool, function 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content는 문자열 또는 파트 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1 must be none, auto, required or an object</source>
        <translation>%1은(는) none, auto, required 또는 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1.mode must be auto or required</source>
        <translation>%1.mode는 auto 또는 required여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be none, auto or {&quot;name&quot;: …}</source>
        <translation>%1은(는) none, auto 또는 {&quot;name&quot;: …}이어야 합니다</translation>
    </message>
    <message>
        <source>%1.type must be text, json_object or json_schema</source>
        <translation>%1.type은 text, json_object 또는 json_schema여야 합니다</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>an answer is still arriving</source>
        <translation>아직 응답이 도착하는 중입니다</translation>
    </message>
    <message>
        <source>that message cannot be edited now</source>
        <translation>지금은 그 메시지를 편집할 수 없습니다</translation>
    </message>
    <message>
        <source>that answer cannot be regenerated now</source>
        <translation>지금은 그 응답을 다시 생성할 수 없습니다</translation>
    </message>
    <message>
        <source>only the last answer can be continued</source>
        <translation>마지막 응답만 이어서 생성할 수 있습니다</translation>
    </message>
    <message>
        <source>only the last answer&apos;s calls can be answered</source>
        <translation>마지막 응답의 호출에만 답할 수 있습니다</translation>
    </message>
    <message>
        <source>no provider profile is chosen for this conversation</source>
        <translation>이 대화에 선택된 제공자 프로필이 없습니다</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the server&apos;s answer is larger than 256 MiB</source>
        <translation>서버의 응답이 256 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 MiB</source>
        <translation>스트림의 한 줄이 %1 MiB보다 깁니다</translation>
    </message>
    <message>
        <source>an event of the stream is larger than %1 MiB</source>
        <translation>스트림의 이벤트 하나가 %1 MiB보다 큽니다</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message numerus="yes">
        <source>Compare %n choice(s)</source>
        <translation>
            <numerusform>선택지 %n개 비교</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>선택지 %1/%2</translation>
    </message>
    <message>
        <source>%1 (the conversation follows this one)</source>
        <translation>%1 (대화가 이 선택지로 이어짐)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n자</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>완료되지 않음</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>선택지 %1</translation>
    </message>
    <message>
        <source>Continue with choice %1</source>
        <translation>선택지 %1(으)로 계속</translation>
    </message>
</context>
<context>
    <name>ClientPool</name>
    <message>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>이름이 &quot;%1&quot;인 제공자 프로필이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Attach</source>
        <translation>첨부</translation>
    </message>
    <message>
        <source>Attach images, audio or a PDF (or paste or drop them here)</source>
        <translation>이미지, 오디오 또는 PDF 첨부(여기에 붙여넣거나 끌어다 놓을 수도 있음)</translation>
    </message>
    <message>
        <source>Record audio</source>
        <translation>오디오 녹음</translation>
    </message>
    <message>
        <source>Record a voice message from the microphone</source>
        <translation>마이크로 음성 메시지 녹음</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Kaiwa에 메시지 보내기… (Enter로 보내기, Shift+Enter로 줄 바꿈)</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Ctrl+Enter to send, Enter for a new line)</source>
        <translation>Kaiwa에 메시지 보내기… (Ctrl+Enter로 보내기, Enter로 줄 바꿈)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>응답 중지(Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>메시지 보내기(Enter)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>메시지 보내기(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Images, audio and PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;All files (*)</source>
        <translation>이미지, 오디오 및 PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Image from URL</source>
        <translation>URL에서 이미지 추가</translation>
    </message>
    <message>
        <source>Address of the image (https://…):</source>
        <translation>이미지 주소(https://…):</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>Image from URL…</source>
        <translation>URL에서 이미지…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>일반 텍스트로 붙여넣기</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>녹음 %1.wav</translation>
    </message>
    <message>
        <source>The message to send; drop or paste images, audio and PDF files here to attach them</source>
        <translation>보낼 메시지. 이미지, 오디오, PDF 파일을 여기에 놓거나 붙여넣으면 첨부됩니다</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Say &amp;hello</source>
        <translation>인사 보내기(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>테스트 취소</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>이 인증서 신뢰(&amp;R)…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Ask the server for its models (GET /models)</source>
        <translation>서버에 모델 목록 요청(GET /models)</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>인사 보내기</translation>
    </message>
    <message>
        <source>Send a tiny chat request to the default model and show the answer</source>
        <translation>기본 모델에 짧은 채팅 요청을 보내고 응답을 표시합니다</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>연결 테스트 취소</translation>
    </message>
    <message>
        <source>Trust the refused certificate for this profile</source>
        <translation>거부된 인증서를 이 프로필에서 신뢰합니다</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>연결 테스트 중</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>연결 테스트 결과</translation>
    </message>
    <message>
        <source>The server&apos;s answer appears here.</source>
        <translation>서버의 응답이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1에 모델 목록을 요청하는 중…</translation>
    </message>
    <message>
        <source>Saying hello to %1…</source>
        <translation>%1에 인사를 보내는 중…</translation>
    </message>
    <message>
        <source>Connected. %1 answered:
%2</source>
        <translation>연결되었습니다. %1의 응답:
%2</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation>(빈 응답)</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>연결되었습니다. 서버에서 모델 %n개를 제공합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>테스트를 취소했습니다.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>서버가 HTTP %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>서버에서 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>오류 코드: %1</translation>
    </message>
    <message>
        <source>Check the API key and the auth style.</source>
        <translation>API 키와 인증 방식을 확인하십시오.</translation>
    </message>
    <message>
        <source>This server may have no /models route (Azure deployments); set a default model and try Say hello.</source>
        <translation>이 서버에는 /models 경로가 없을 수 있습니다(Azure 배포 등). 기본 모델을 설정하고 &apos;인사 보내기&apos;를 시도하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>서버 인증서가 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>Trust it only if you know this is your server&apos;s certificate (compare the fingerprint).</source>
        <translation>사용 중인 서버의 인증서임이 확실한 경우에만 신뢰하십시오(지문을 비교하십시오).</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>서버에 연결할 수 없음: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot send the request: %1</source>
        <translation>요청을 보낼 수 없음: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>개발자</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>거부:</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>오디오:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Tool call `%1` (`%2`):</source>
        <translation>도구 호출 `%1`(`%2`):</translation>
    </message>
    <message>
        <source>%1 out (%2 reasoning)</source>
        <translation>출력 %1(추론 %2)</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>출력 %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 · %3 total</source>
        <translation>토큰: 입력 %1 · %2 · 합계 %3</translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>선택지 %1/%2</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>Result of `%1`:</source>
        <translation>`%1`의 결과:</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>녹취록:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>실패:</translation>
    </message>
    <message>
        <source>Interrupted:</source>
        <translation>중단됨:</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>제목 없는 대화</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>생성 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>수정 %1</translation>
    </message>
    <message>
        <source>model `%1`</source>
        <translation>모델 `%1`</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>Unknown part type &quot;%1&quot;.</source>
        <translation>알 수 없는 파트 종류 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Every message needs a positive id.</source>
        <translation>모든 메시지에는 양수 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>알 수 없는 역할 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>activeChoice %1 is not one of the message&apos;s choices.</source>
        <translation>activeChoice %1은(는) 이 메시지의 선택지가 아닙니다.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>알 수 없는 상태 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>The attachment&apos;s data is not valid base64.</source>
        <translation>첨부 파일의 데이터가 올바른 base64가 아닙니다.</translation>
    </message>
    <message>
        <source>The attachment&apos;s data has the SHA-256 %1, not the one it is filed under.</source>
        <translation>첨부 파일 데이터의 SHA-256은 %1(으)로, 등록된 값과 다릅니다.</translation>
    </message>
    <message>
        <source>Another message has the id %1 already.</source>
        <translation>ID %1은(는) 이미 다른 메시지가 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Refers to an attachment that the file does not hold.</source>
        <translation>파일에 없는 첨부 파일을 참조합니다.</translation>
    </message>
    <message>
        <source>Refers to message %1, which is not in this conversation.</source>
        <translation>이 대화에 없는 메시지 %1을(를) 참조합니다.</translation>
    </message>
    <message>
        <source>Message %1 is its own ancestor: the parents form a cycle.</source>
        <translation>메시지 %1이(가) 자기 자신의 조상입니다. 부모 관계가 순환합니다.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>대화에 &quot;messages&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <source>This is neither a Kaiwa export nor a ChatGPT conversations.json.</source>
        <translation>Kaiwa 내보내기 파일도 ChatGPT conversations.json도 아닙니다.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>최상위</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;kaiwa.conversations&quot;.</source>
        <translation>&quot;format&quot;: &quot;kaiwa.conversations&quot;가 있는 JSON 객체가 필요합니다.</translation>
    </message>
    <message>
        <source>This is not a Kaiwa conversations file (format &quot;%1&quot;).</source>
        <translation>Kaiwa 대화 파일이 아닙니다(형식 &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file has format version %1, made by a newer Kaiwa; this one reads up to version %2.</source>
        <translation>이 파일은 최신 Kaiwa에서 만든 형식 버전 %1입니다. 이 Kaiwa는 버전 %2까지 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The format version is missing or not valid.</source>
        <translation>형식 버전이 없거나 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation>파일에 &quot;conversations&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <source>[Image %1: not included in conversations.json]</source>
        <translation>[이미지 %1: conversations.json에 포함되지 않음]</translation>
    </message>
    <message>
        <source>[Audio %1: not included in conversations.json]</source>
        <translation>[오디오 %1: conversations.json에 포함되지 않음]</translation>
    </message>
    <message>
        <source>[%1 %2: not included in conversations.json]</source>
        <translation>[%1 %2: conversations.json에 포함되지 않음]</translation>
    </message>
    <message>
        <source>[Content of type &quot;%1&quot; that Kaiwa cannot show]</source>
        <translation>[Kaiwa에서 표시할 수 없는 &quot;%1&quot; 종류의 내용]</translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation>메시지에 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Refers to node &quot;%1&quot;, which is not in the mapping.</source>
        <translation>mapping에 없는 노드 &quot;%1&quot;을(를) 참조합니다.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is its own ancestor: the parents form a cycle.</source>
        <translation>노드 &quot;%1&quot;이(가) 자기 자신의 조상입니다. 부모 관계가 순환합니다.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;mapping&quot; of messages.</source>
        <translation>대화에 메시지 &quot;mapping&quot;이 없습니다.</translation>
    </message>
    <message>
        <source>A ChatGPT conversations.json holds an array of conversations.</source>
        <translation>ChatGPT conversations.json은 대화 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>파일이 올바른 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>%1번째 바이트(%2행 %3열)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>&quot;%1&quot;은(는) ISO 8601 날짜 및 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1이(가) 필요하지만 %2이(가) 있습니다.</translation>
    </message>
</context>
<context>
    <name>ConversationImport::Detail</name>
    <message>
        <source>A log probability can&apos;t be above 0.</source>
        <translation>로그 확률은 0보다 클 수 없습니다.</translation>
    </message>
    <message>
        <source>Expected a byte (0 to 255).</source>
        <translation>바이트 값(0~255)이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <source>Pinned</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>지난 7일</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>지난 30일</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>대화 제목</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Could not save the conversation; it is kept in memory. %1</source>
        <translation>대화를 저장할 수 없어 메모리에 보관합니다. %1</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>대화를 열 수 없음: %1</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>대화 시작하기</translation>
    </message>
    <message>
        <source>Add a provider profile first: File ▸ Profiles…</source>
        <translation>먼저 제공자 프로필을 추가하십시오: 파일 ▸ 프로필…</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>with %1 on %2</source>
        <translation>%2의 %1 사용</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new branch, the original stays.</source>
        <translation>메시지 편집 중: 보내면 새 분기가 만들어지며 원래 메시지는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>편집 취소</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>플레이어 닫기</translation>
    </message>
    <message>
        <source>Could not start the conversation: %1</source>
        <translation>대화를 시작할 수 없음: %1</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>모델 목록을 가져올 수 없음: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없음: %2</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <source>Could not open the image: %1</source>
        <translation>이미지를 열 수 없음: %1</translation>
    </message>
    <message>
        <source>Could not play the audio: %1</source>
        <translation>오디오를 재생할 수 없음: %1</translation>
    </message>
    <message>
        <source>answer-%1</source>
        <translation>응답-%1</translation>
    </message>
    <message>
        <source>Converted from %1 to WAV</source>
        <translation>%1에서 WAV로 변환함</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1을(를) 열 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>ConversationRequest</name>
    <message>
        <source>unknown content part</source>
        <translation>알 수 없는 콘텐츠 파트</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” 삭제함</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s)</source>
        <translation>
            <numerusform>대화 %n개 삭제함</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>새 채팅 시작(Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>삭제 취소</translation>
    </message>
    <message>
        <source>Your conversations, pinned first, then the newest; Enter opens one, F2 renames it</source>
        <translation>대화 목록(고정된 대화 먼저, 그다음 최신순). Enter 키로 열고 F2 키로 이름을 바꿉니다</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Kaiwa cannot write in the folder %1 that holds its conversation database.</source>
        <translation>Kaiwa가 대화 데이터베이스가 있는 폴더 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Make that folder writable for your user (or set XDG_DATA_HOME to a writable folder) and start Kaiwa again.</source>
        <translation>현재 사용자가 그 폴더에 쓸 수 있게 하거나 XDG_DATA_HOME을 쓰기 가능한 폴더로 설정한 다음 Kaiwa를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>Kaiwa was closed while this answer was arriving.</source>
        <translation>이 응답이 도착하는 동안 Kaiwa가 종료되었습니다.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database is not open.</source>
        <translation>Kaiwa의 대화 데이터베이스가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Restart Kaiwa; if this persists, check the earlier error about the database file.</source>
        <translation>Kaiwa를 다시 시작하십시오. 문제가 계속되면 앞서 표시된 데이터베이스 파일 관련 오류를 확인하십시오.</translation>
    </message>
    <message>
        <source>Kaiwa found no folder for its conversation database.</source>
        <translation>Kaiwa가 대화 데이터베이스용 폴더를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Set HOME (or XDG_DATA_HOME) to a writable folder and start Kaiwa again.</source>
        <translation>HOME(또는 XDG_DATA_HOME)을 쓰기 가능한 폴더로 설정하고 Kaiwa를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>Kaiwa cannot create the folder %1 for its conversation database.</source>
        <translation>Kaiwa가 대화 데이터베이스용 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer version of Kaiwa (schema %2; this version knows up to %3).</source>
        <translation>대화 데이터베이스 %1은(는) 더 새로운 버전의 Kaiwa에서 기록되었습니다(스키마 %2, 이 버전은 %3까지만 인식).</translation>
    </message>
    <message>
        <source>Update Kaiwa to open it; this version did not change the file.</source>
        <translation>열려면 Kaiwa를 업데이트하십시오. 이 버전은 파일을 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Kaiwa could not copy %1 to %2 before upgrading it (%3).</source>
        <translation>Kaiwa가 업그레이드 전에 %1을(를) %2(으)로 복사하지 못했습니다(%3).</translation>
    </message>
    <message>
        <source>Free some disk space or make the folder writable, then start Kaiwa again; the database was not changed.</source>
        <translation>디스크 공간을 확보하거나 폴더를 쓰기 가능하게 한 다음 Kaiwa를 다시 시작하십시오. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Kaiwa could not switch its conversation database %1 to WAL mode (it stays in %2 mode).</source>
        <translation>Kaiwa가 대화 데이터베이스 %1을(를) WAL 모드로 전환하지 못했습니다(%2 모드로 유지됨).</translation>
    </message>
    <message>
        <source>Move the file to a local disk (network file systems do not support WAL) and start Kaiwa again.</source>
        <translation>파일을 로컬 디스크로 옮기고(네트워크 파일 시스템은 WAL을 지원하지 않음) Kaiwa를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no attachment %1.</source>
        <translation>Kaiwa의 대화 데이터베이스에 첨부 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The file may have been removed with its last conversation; attach it again.</source>
        <translation>파일이 마지막 대화와 함께 제거되었을 수 있습니다. 다시 첨부하십시오.</translation>
    </message>
    <message>
        <source>Attach the file again.</source>
        <translation>파일을 다시 첨부하십시오.</translation>
    </message>
    <message>
        <source>Check or repair the file you imported, then import it again.</source>
        <translation>가져온 파일을 확인하거나 복구한 다음 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has an attachment whose bytes do not match its hash %3; nothing was imported.</source>
        <translation>가져온 대화 %1(“%2”)에 내용이 해시 %3과(와) 일치하지 않는 첨부 파일이 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has a message (number %3) whose parent %4 is not an earlier message of the same conversation; nothing was imported.</source>
        <translation>가져온 대화 %1(“%2”)에 부모 %4이(가) 같은 대화의 이전 메시지가 아닌 메시지(%3번)가 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>It may have been deleted in another window; reload the conversation list.</source>
        <translation>다른 창에서 삭제되었을 수 있습니다. 대화 목록을 다시 불러오십시오.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no conversation %1.</source>
        <translation>Kaiwa의 대화 데이터베이스에 대화 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no message %1.</source>
        <translation>Kaiwa의 대화 데이터베이스에 메시지 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation>일반 텍스트로 복사</translation>
    </message>
    <message>
        <source>Select Text</source>
        <translation>텍스트 선택</translation>
    </message>
    <message>
        <source>Copy Code Block %1</source>
        <translation>코드 블록 %1 복사</translation>
    </message>
    <message>
        <source>Hide Reasoning</source>
        <translation>추론 숨기기</translation>
    </message>
    <message>
        <source>Show Reasoning</source>
        <translation>추론 표시</translation>
    </message>
    <message>
        <source>Open Image %1</source>
        <translation>이미지 %1 열기</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Open Image Link (%1)</source>
        <translation>이미지 링크 열기(%1)</translation>
    </message>
    <message>
        <source>Play Spoken Answer</source>
        <translation>음성 응답 재생</translation>
    </message>
    <message>
        <source>Play Audio</source>
        <translation>오디오 재생</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>Show Formatted Text</source>
        <translation>서식 있는 텍스트 표시</translation>
    </message>
    <message>
        <source>Show Token Probabilities</source>
        <translation>토큰 확률 표시</translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first; the context menu or the actions under a message copy, edit or retry it</source>
        <translation>이 대화의 메시지(오래된 순). 컨텍스트 메뉴나 메시지 아래의 동작으로 복사, 편집, 다시 시도할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>리소스 이름</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>서버 URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>리소스(&amp;R):</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>서버 URL(&amp;U):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>%1에 연결</translation>
    </message>
    <message>
        <source>Paste your API key; it is stored in the system keychain.</source>
        <translation>API 키를 붙여넣으십시오. 키는 시스템 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <source>Check the address of your local server.</source>
        <translation>로컬 서버의 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>배포(&amp;D):</translation>
    </message>
    <message>
        <source>the deployment name from the Azure portal</source>
        <translation>Azure 포털에 표시되는 배포 이름</translation>
    </message>
    <message>
        <source>optional; pick one after testing</source>
        <translation>선택 사항. 테스트 후 선택할 수 있음</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>먼저 서비스를 선택하십시오.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>이름이 “%1”인 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>목록에 표시되고 선택할 때 쓰는 프로필 이름</translation>
    </message>
    <message>
        <source>The Azure resource name, the first part of its endpoint address</source>
        <translation>Azure 리소스 이름(엔드포인트 주소의 첫 부분)</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>요청을 보낼 주소(/v1까지)</translation>
    </message>
    <message>
        <source>The model new conversations start with</source>
        <translation>새 대화에서 처음 사용할 모델</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>the profile has no valid base URL</source>
        <translation>프로필에 올바른 기본 URL이 없습니다</translation>
    </message>
    <message>
        <source>a stored completion id is required</source>
        <translation>저장된 완성 ID가 필요합니다</translation>
    </message>
    <message>
        <source>Azure OpenAI needs a deployment name: set a model or the profile&apos;s default model</source>
        <translation>Azure OpenAI에는 배포 이름이 필요합니다. 모델이나 프로필의 기본 모델을 설정하십시오</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Kaiwa</source>
        <translation>Kaiwa에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Kaiwa chats with OpenAI-compatible services: OpenAI, Azure, gateways such as OpenRouter, or a model running on your own computer with Ollama, llama.cpp or LM Studio.

Let&apos;s set up your first connection. It takes a minute; your API key is kept in the system keychain, never in a file.</source>
        <translation>Kaiwa는 OpenAI 호환 서비스와 채팅할 수 있습니다. OpenAI, Azure, OpenRouter 같은 게이트웨이는 물론 Ollama, llama.cpp, LM Studio로 내 컴퓨터에서 실행하는 모델도 사용할 수 있습니다.

첫 연결을 설정해 보겠습니다. 1분 정도 걸리며, API 키는 파일이 아닌 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Set up Kaiwa</source>
        <translation>Kaiwa 설정</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Ask the server for its models, or say hello to the model. You can also skip this and press Finish.</source>
        <translation>서버에 모델 목록을 요청하거나 모델에 인사를 보냅니다. 이 단계를 건너뛰고 &apos;완료&apos;를 눌러도 됩니다.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>프로필을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain: %1</source>
        <translation>키를 시스템 키체인에 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>a PDF file</source>
        <translation>PDF 파일</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>오디오 파일</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>웹 페이지(HTML)</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>동영상 파일</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 압축 파일</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for images.</source>
        <translation>%1의 크기는 %2MB로, 이미지 제한인 %3MB를 초과합니다.</translation>
    </message>
    <message>
        <source>%1 is a %2 image, which Kaiwa cannot read: convert it to PNG or JPEG.</source>
        <translation>%1은(는) Kaiwa에서 읽을 수 없는 %2 이미지입니다. PNG 또는 JPEG로 변환하십시오.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but cannot be decoded: the file is damaged or incomplete.</source>
        <translation>%1은(는) %2 이미지로 보이지만 디코딩할 수 없습니다. 파일이 손상되었거나 불완전합니다.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1은(는) 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation>%1은(는) 이미지가 아닙니다. %2(으)로 보입니다.</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels, too large to decode: reduce it to at most %4 pixels on the long side first.</source>
        <translation>%1은(는) %2×%3픽셀로 너무 커서 디코딩할 수 없습니다. 먼저 긴 변을 %4픽셀 이하로 줄이십시오.</translation>
    </message>
    <message>
        <source>%1 could not be re-encoded.</source>
        <translation>%1을(를) 다시 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is still %2 MB after scaling down, over the %3 MB limit.</source>
        <translation>%1은(는) 축소한 후에도 %2MB로, 제한인 %3MB를 초과합니다.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>이미지 뷰어</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save the image as</source>
        <translation>다른 이름으로 이미지 저장</translation>
    </message>
    <message>
        <source>Can&apos;t show this image: %1</source>
        <translation>이 이미지를 표시할 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>다른 이름으로 이미지 저장</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1에 저장함</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to %1: %2</source>
        <translation>%1에 저장할 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Copied as curl. Set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) before running it.</source>
        <translation>curl 명령으로 복사했습니다. 실행하기 전에 OPENAI_API_KEY(또는 AZURE_OPENAI_API_KEY)를 설정하십시오.</translation>
    </message>
    <message>
        <source>Save Requests</source>
        <translation>요청 저장</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>The requests could not be saved to %1: %2</source>
        <translation>요청을 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recording: %n request(s). Keys are hidden.</source>
        <translation>
            <numerusform>기록 중: 요청 %n개. 키는 숨겨집니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n request(s) kept until this window closes.</source>
        <translation>
            <numerusform>일시 정지됨: 요청 %n개를 이 창을 닫을 때까지 보관합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording. Turn on Record, then send a message.</source>
        <translation>기록하고 있지 않습니다. &apos;기록&apos;을 켠 다음 메시지를 보내십시오.</translation>
    </message>
    <message>
        <source>Request Inspector — Kaiwa</source>
        <translation>요청 검사기 — Kaiwa</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● 기록(&amp;R)</translation>
    </message>
    <message>
        <source>Record the requests Kaiwa sends (off while this is not pressed)</source>
        <translation>Kaiwa가 보내는 요청을 기록합니다(눌려 있지 않으면 꺼짐)</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>요청 기록</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>curl로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>선택한 요청을 curl 명령으로 복사</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the recorded requests to a JSON file</source>
        <translation>기록한 요청을 JSON 파일로 저장</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the recorded requests</source>
        <translation>기록한 요청 지우기</translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation>기록한 요청</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>기록 상태</translation>
    </message>
    <message>
        <source>Requests sent while recording, newest last; select one to see its details</source>
        <translation>기록 중에 보낸 요청(최신 항목이 마지막). 선택하면 세부 정보를 볼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>JsonAnswer</name>
    <message>
        <source>The answer is empty</source>
        <translation>응답이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 (at character %2 of %3)</source>
        <translation>%1 (%3자 중 %2번째 문자)</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <source>%1 must be a string</source>
        <translation>%1은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1은(는) 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of strings</source>
        <translation>%1은(는) 문자열 또는 문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1은(는) 문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1은(는) 문자열 값으로 된 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be an object of whole numbers</source>
        <translation>%1은(는) 정수 값으로 된 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server&apos;s answer is not a JSON object (%1)</source>
        <translation>서버의 응답이 JSON 객체가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object (another JSON value)</source>
        <translation>서버의 응답이 JSON 객체가 아닙니다(다른 JSON 값)</translation>
    </message>
</context>
<context>
    <name>JsonResultDialog</name>
    <message>
        <source>Expand All</source>
        <translation>모두 펼치기</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>모두 접기</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON 복사</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>JSON으로 본 응답</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>응답 텍스트</translation>
    </message>
    <message>
        <source>Schema violations</source>
        <translation>스키마 위반</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>모두 펼치기</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>모두 접기</translation>
    </message>
    <message>
        <source>Copy the answer as indented JSON</source>
        <translation>응답을 들여쓰기한 JSON으로 복사</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>schema “%1” (strict)</source>
        <translation>스키마 “%1”(strict)</translation>
    </message>
    <message>
        <source>schema “%1”</source>
        <translation>스키마 “%1”</translation>
    </message>
    <message>
        <source>Valid: the answer matches the %1.</source>
        <translation>유효함: 응답이 %1에 맞습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The answer breaks the %1 in %n place(s).</source>
        <translation>
            <numerusform>응답이 %n곳에서 %1을(를) 위반합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request named schema “%1” but sent no schema body: parsed only.</source>
        <translation>요청에서 스키마 “%1”을(를) 지정했지만 스키마 본문을 보내지 않았습니다. 구문 분석만 했습니다.</translation>
    </message>
    <message>
        <source>Requested as a JSON object (no schema to check against): parsed only.</source>
        <translation>JSON 객체로 요청했습니다(검사할 스키마 없음). 구문 분석만 했습니다.</translation>
    </message>
    <message>
        <source>Not requested as JSON; the answer parses as JSON (nothing to check against).</source>
        <translation>JSON으로 요청하지 않았지만 응답을 JSON으로 구문 분석할 수 있습니다(검사할 대상 없음).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(루트)</translation>
    </message>
    <message>
        <source>&amp;Violations (%1):</source>
        <translation>위반(&amp;V)(%1):</translation>
    </message>
    <message>
        <source>This answer is not valid JSON, so it can&apos;t be shown as a tree or checked against a schema. If the answer was cut off mid-stream, the error is at its end.</source>
        <translation>이 응답은 올바른 JSON이 아니므로 트리로 표시하거나 스키마로 검사할 수 없습니다. 스트리밍 중에 응답이 끊겼다면 오류는 끝부분에 있습니다.</translation>
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation>구문 분석 오류: %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>The schema nests $ref or anyOf too deeply here</source>
        <translation>이 부분에서 스키마의 $ref 또는 anyOf 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>The schema&apos;s $ref &quot;%1&quot; does not resolve</source>
        <translation>스키마의 $ref &quot;%1&quot;을(를) 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>%1이(가) 필요하지만 %2입니다</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Must be one of %1, got %2</source>
        <translation>%1 중 하나여야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>%1이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message numerus="yes">
        <source>Matches none of the %n alternatives (anyOf); the closest fails with: %1</source>
        <translation>
            <numerusform>대안 %n개(anyOf) 중 일치하는 것이 없습니다. 가장 가까운 대안의 실패 이유: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing required property &quot;%1&quot;</source>
        <translation>필수 속성 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is not allowed</source>
        <translation>속성 &quot;%1&quot;은(는) 허용되지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>Must have at least %n item(s)</source>
        <translation>
            <numerusform>항목이 %n개 이상이어야 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must have at most %n item(s)</source>
        <translation>
            <numerusform>항목이 %n개 이하여야 합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be greater than %1</source>
        <translation>%1보다 커야 합니다</translation>
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation>%1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>Must be less than %1</source>
        <translation>%1보다 작아야 합니다</translation>
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation>%1 이하여야 합니다</translation>
    </message>
    <message>
        <source>Must be a multiple of %1</source>
        <translation>%1의 배수여야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s) long</source>
        <translation>
            <numerusform>%n자 이상이어야 합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s) long</source>
        <translation>
            <numerusform>%n자 이하여야 합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema&apos;s pattern %1 is invalid: %2</source>
        <translation>스키마의 패턴 %1이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>Must match the pattern %1</source>
        <translation>패턴 %1과(와) 일치해야 합니다</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>알 수 없는 형식 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported in strict mode</source>
        <translation>&quot;%1&quot;은(는) strict 모드에서 지원되지 않습니다</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; does not resolve</source>
        <translation>$ref &quot;%1&quot;을(를) 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>Set &quot;additionalProperties&quot; to false</source>
        <translation>&quot;additionalProperties&quot;를 false로 설정하십시오</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; must be listed in &quot;required&quot; (allow null to make it optional)</source>
        <translation>속성 &quot;%1&quot;은(는) &quot;required&quot;에 있어야 합니다(선택 사항으로 하려면 null을 허용하십시오)</translation>
    </message>
    <message>
        <source>&quot;required&quot; lists &quot;%1&quot;, which is not a property</source>
        <translation>&quot;required&quot;에 속성이 아닌 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>The root must be an object schema (&quot;type&quot;: &quot;object&quot;)</source>
        <translation>루트는 객체 스키마(&quot;type&quot;: &quot;object&quot;)여야 합니다</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <source>JSON tree</source>
        <translation>JSON 트리</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(루트)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>객체</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{키 %n개}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>배열</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[항목 %n개]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>값 복사</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>경로 복사</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>모두 펼치기</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>모두 접기</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON as a tree of keys and values; arrow keys expand and collapse</source>
        <translation>응답의 JSON을 키와 값의 트리로 표시. 화살표 키로 펼치고 접습니다</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for your password; unlock it and try again.</source>
        <translation>시스템 키체인이 %1초 안에 응답하지 않았습니다. 잠겨 있어 암호 입력을 기다리고 있을 수 있습니다. 잠금을 해제한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Allow Kaiwa to use the keychain, unlock it if asked, and try again.</source>
        <translation>시스템 키체인에 대한 접근이 거부되었습니다(%1). Kaiwa가 키체인을 사용하도록 허용하고, 요청하면 잠금을 해제한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The API key for “%1” could not be removed from the system keychain (%2). Try again, or delete the entry “%1” of “%3” with your keychain manager.</source>
        <translation>“%1”의 API 키를 시스템 키체인에서 제거할 수 없습니다(%2). 다시 시도하거나 키체인 관리 도구에서 “%3”의 “%1” 항목을 삭제하십시오.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation>사용할 수 있는 시스템 키체인이 없습니다(%1). API 키는 Kaiwa를 종료할 때까지 메모리에만 보관되며 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>The system keychain could not save the API key for “%1” (%2). Try again.</source>
        <translation>시스템 키체인이 “%1”의 API 키를 저장하지 못했습니다(%2). 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The system keychain could not read the API key for “%1” (%2). Try again.</source>
        <translation>시스템 키체인이 “%1”의 API 키를 읽지 못했습니다(%2). 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the API key for “%1” (%2). Try again.</source>
        <translation>시스템 키체인이 “%1”의 API 키를 제거하지 못했습니다(%2). 다시 시도하십시오.</translation>
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
        <translation>대안:</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>대화(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>새 채팅(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>새 창(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>프로필(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;tored Completions…</source>
        <translation>저장된 완성(&amp;T)…</translation>
    </message>
    <message>
        <source>Completions Play&amp;ground…</source>
        <translation>완성 플레이그라운드(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>창 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>대화 검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>메시지 쓰기(&amp;W)</translation>
    </message>
    <message>
        <source>Choose &amp;Model</source>
        <translation>모델 선택(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>고정 또는 고정 해제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top Answer</source>
        <translation>응답 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;Conversations</source>
        <translation>대화 목록 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Parameters</source>
        <translation>매개변수 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Request &amp;Inspector…</source>
        <translation>요청 검사기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;About Kaiwa</source>
        <translation>Kaiwa 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Kaiwa</source>
        <translation>Kaiwa 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;A desktop chat client for OpenAI-compatible APIs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;OpenAI 호환 API를 위한 데스크톱 채팅 클라이언트입니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownImages</name>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>MediaParts</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1은(는) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; Kaiwa sends at most %3 MB)</source>
        <translation>%1이(가) 너무 큽니다(%2 MB, Kaiwa는 최대 %3 MB까지 보냄)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>the data URL does not hold an image</source>
        <translation>데이터 URL에 이미지가 없습니다</translation>
    </message>
    <message>
        <source>%1 is %2, which the API does not accept: use PNG, JPEG, WebP or GIF</source>
        <translation>%1은(는) API가 받지 않는 %2 형식입니다. PNG, JPEG, WebP 또는 GIF를 사용하십시오</translation>
    </message>
    <message>
        <source>%1 is not an image (%2)</source>
        <translation>%1은(는) 이미지가 아닙니다(%2)</translation>
    </message>
    <message>
        <source>%1 is not an audio file (%2)</source>
        <translation>%1은(는) 오디오 파일이 아닙니다(%2)</translation>
    </message>
    <message>
        <source>%1 is not supported by the API: convert to wav or mp3</source>
        <translation>API가 %1을(를) 지원하지 않습니다. wav 또는 mp3로 변환하십시오</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>다음 버전</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>이전 선택지</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>다음 선택지</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>JSON 표시</translation>
    </message>
    <message>
        <source>Token Probabilities</source>
        <translation>토큰 확률</translation>
    </message>
    <message>
        <source>Compare the choices side by side</source>
        <translation>선택지를 나란히 비교</translation>
    </message>
    <message>
        <source>Copy the message&apos;s Markdown</source>
        <translation>메시지의 Markdown 복사</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>이 메시지를 편집하여 다시 보내기</translation>
    </message>
    <message>
        <source>Ask for another answer</source>
        <translation>다른 응답 요청</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the answer as a JSON tree, checked against the request&apos;s schema</source>
        <translation>응답을 JSON 트리로 표시하고 요청의 스키마로 검사합니다</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>서식 적용</translation>
    </message>
    <message>
        <source>Show the answer formatted instead of its token probabilities</source>
        <translation>토큰 확률 대신 서식이 적용된 응답을 표시합니다</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Colour the answer&apos;s tokens by probability (the less likely, the stronger); hover a token to see the alternatives</source>
        <translation>응답의 토큰을 확률에 따라 색칠합니다(확률이 낮을수록 진하게). 토큰 위에 포인터를 올리면 대안이 표시됩니다</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>요청 다시 보내기</translation>
    </message>
    <message>
        <source>Continue the interrupted answer</source>
        <translation>중단된 응답 이어서 생성</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>버전 %1/%2</translation>
    </message>
    <message>
        <source>Choice %1/%2</source>
        <translation>선택지 %1/%2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>%1 prompt (%2 cached)</source>
        <translation>입력 %1(캐시 %2)</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>입력 %1</translation>
    </message>
    <message>
        <source>%1 completion (%2 reasoning)</source>
        <translation>출력 %1(추론 %2)</translation>
    </message>
    <message>
        <source>%1 completion</source>
        <translation>출력 %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>도구 결과</translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation>도구 결과 · %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>MessageChrome</name>
    <message>
        <source>Tool call (arguments are not valid JSON)</source>
        <translation>도구 호출(인수가 올바른 JSON이 아님)</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>도구 호출</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>중단됨: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>MessageMedia</name>
    <message>
        <source>image link</source>
        <translation>이미지 링크</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Play the spoken answer (%1)</source>
        <translation>음성 응답 재생(%1)</translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation>음성 응답 재생</translation>
    </message>
    <message>
        <source>Play audio (%1)</source>
        <translation>오디오 재생(%1)</translation>
    </message>
    <message>
        <source>Play audio</source>
        <translation>오디오 재생</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>도구 결과</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(중단됨)</translation>
    </message>
</context>
<context>
    <name>MessageTextSelector</name>
    <message>
        <source>Message text</source>
        <translation>메시지 텍스트</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>텍스트 커서를 토큰 위로 옮기면 확률과 대안을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Store completions (store)</source>
        <translation>완성 저장(store)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Store completions</source>
        <translation>완성 저장</translation>
    </message>
    <message>
        <source>Let OpenAI keep each completion for later retrieval, evals and distillation (store: true)</source>
        <translation>나중에 조회, 평가, 증류에 쓸 수 있도록 각 완성을 OpenAI에 보관합니다(store: true)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Sent as metadata: up to %1 pairs to filter stored completions by</source>
        <translation>metadata로 전송됨: 저장된 완성을 필터링할 쌍을 최대 %1개까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>메타데이터 쌍 추가</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>메타데이터 쌍 제거</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>%1행에 값은 있지만 키가 없습니다.</translation>
    </message>
    <message>
        <source>The key in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1행의 키는 %2자입니다. 최대 %3자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The value in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1행의 값은 %2자입니다. 최대 %3자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>키 &quot;%1&quot;이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>At most %1 pairs are allowed.</source>
        <translation>쌍은 최대 %1개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>적용되지 않음: %1</translation>
    </message>
    <message>
        <source>Add a key/value pair</source>
        <translation>키/값 쌍 추가</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>the server&apos;s /models answer has no model list</source>
        <translation>서버의 /models 응답에 모델 목록이 없습니다</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Updated just now</source>
        <translation>방금 새로 고침</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전에 새로 고침</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전에 새로 고침</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>%1에 새로 고침</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>The model to ask (any name the server accepts) — Ctrl+K</source>
        <translation>질문할 모델(서버에서 허용하는 모든 이름) — Ctrl+K</translation>
    </message>
    <message>
        <source>Profile default</source>
        <translation>프로필 기본값</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>모델 새로 고침</translation>
    </message>
    <message>
        <source>Fetch the list of models from the server</source>
        <translation>서버에서 모델 목록을 가져옵니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>모델을 가져오는 중…</translation>
    </message>
    <message>
        <source>Could not fetch models: %1</source>
        <translation>모델을 가져올 수 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered by %1</source>
        <translation>
            <numerusform>%1에서 제공하는 모델 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Models not fetched yet</source>
        <translation>아직 모델을 가져오지 않음</translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1): %2</source>
        <translation>서버가 API 키를 거부했습니다(HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>철회(&amp;R)</translation>
    </message>
    <message>
        <source>Network and TLS: %1</source>
        <translation>네트워크 및 TLS: %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>프록시 호스트</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>프록시 포트</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>프록시 사용자 이름</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>프록시 암호</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>추가 CA 인증서 파일</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>클라이언트 인증서 파일</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>클라이언트 키 파일</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation>고정할 SHA-256 지문</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile</source>
        <translation>이 프로필에서 신뢰하는 인증서</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>선택한 인증서의 신뢰 철회</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 없음</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 프록시</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 프록시</translation>
    </message>
    <message>
        <source>(port)</source>
        <translation>(포트)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(stored in the keychain; type to replace)</source>
        <translation>(키체인에 저장됨. 입력하면 바뀜)</translation>
    </message>
    <message>
        <source>(kept in the keychain)</source>
        <translation>(키체인에 보관됨)</translation>
    </message>
    <message>
        <source>PEM file, added to the system&apos;s CAs</source>
        <translation>PEM 파일. 시스템 CA에 추가됨</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>암호 문구가 없는 PEM 파일</translation>
    </message>
    <message>
        <source>One SHA-256 fingerprint per line (the server&apos;s certificate or its CA); empty: no pinning</source>
        <translation>한 줄에 SHA-256 지문 하나(서버 인증서 또는 해당 CA). 비어 있으면 고정하지 않음</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors, by SHA-256 fingerprint</source>
        <translation>TLS 오류가 있어도 이 프로필에서 신뢰하는 인증서(SHA-256 지문)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>모드(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>암호(&amp;W):</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Extra &amp;CAs:</source>
        <translation>추가 CA(&amp;C):</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>클라이언트 인증서(&amp;E):</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>클라이언트 키(&amp;K):</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>&amp;Pinned:</source>
        <translation>고정(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Trusted:</source>
        <translation>신뢰함(&amp;T):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>%1 파일 찾아보기</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 파일 (*.pem *.crt *.cer *.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>수동 프록시에는 호스트와 포트가 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>“%1”은(는) SHA-256 지문(16진수 64자리)이 아닙니다.</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and its key.</source>
        <translation>클라이언트 인증서에는 인증서와 키가 모두 필요합니다.</translation>
    </message>
    <message>
        <source>No proxy, the system&apos;s proxy settings, or an HTTP or SOCKS5 proxy given here</source>
        <translation>프록시 없음, 시스템 프록시 설정, 또는 여기에 지정한 HTTP나 SOCKS5 프록시</translation>
    </message>
    <message>
        <source>The proxy server&apos;s host name or address</source>
        <translation>프록시 서버의 호스트 이름 또는 주소</translation>
    </message>
    <message>
        <source>The proxy server&apos;s port</source>
        <translation>프록시 서버의 포트</translation>
    </message>
    <message>
        <source>The user name for the proxy, if it asks for one</source>
        <translation>프록시가 요구하는 경우 사용할 사용자 이름</translation>
    </message>
    <message>
        <source>The proxy password, kept in the system keychain; empty keeps the stored one</source>
        <translation>프록시 암호(시스템 키체인에 보관). 비워 두면 저장된 암호를 유지합니다</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s</source>
        <translation>시스템의 인증 기관 외에 추가로 신뢰할 인증 기관의 PEM 파일</translation>
    </message>
    <message>
        <source>A PEM certificate the client shows to servers that ask for one</source>
        <translation>서버가 요구할 때 클라이언트가 제시하는 PEM 인증서</translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM</source>
        <translation>클라이언트 인증서의 개인 키(PEM)</translation>
    </message>
    <message>
        <source>Only servers whose certificate has one of these SHA-256 fingerprints are accepted; one per line</source>
        <translation>인증서에 이 SHA-256 지문 중 하나가 있는 서버만 허용합니다. 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors; select one to revoke it</source>
        <translation>TLS 오류가 있어도 이 프로필에서 신뢰하는 인증서. 선택하면 신뢰를 취소할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Send %1</source>
        <translation>%1 보내기</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>예: 42</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>정수를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>Sampling</source>
        <translation>샘플링</translation>
    </message>
    <message>
        <source>Randomness: 0 is focused and repeatable, 2 is very varied (0–2)</source>
        <translation>무작위성: 0은 일관되고 재현 가능하며 2는 매우 다양합니다(0–2)</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens making up this probability (0–1)</source>
        <translation>핵 샘플링: 누적 확률이 이 값에 이르는 가능성 높은 토큰만 사용합니다(0–1)</translation>
    </message>
    <message>
        <source>The most tokens the answer may use (reasoning included); the name is the one the profile sends</source>
        <translation>응답에 사용할 수 있는 최대 토큰 수(추론 포함). 필드 이름은 프로필에서 보내는 이름입니다</translation>
    </message>
    <message>
        <source>Positive values favour new topics (−2 to 2)</source>
        <translation>양수 값은 새로운 주제를 선호합니다(−2~2)</translation>
    </message>
    <message>
        <source>Positive values discourage repeating the same words (−2 to 2)</source>
        <translation>양수 값은 같은 단어의 반복을 줄입니다(−2~2)</translation>
    </message>
    <message>
        <source>Best-effort repeatable answers for the same seed and parameters</source>
        <translation>같은 시드와 매개변수에 대해 가능한 한 같은 응답을 반환합니다</translation>
    </message>
    <message>
        <source>How many answers to generate (1–128); every one is billed</source>
        <translation>생성할 응답 수(1–128). 모든 응답에 요금이 부과됩니다</translation>
    </message>
    <message>
        <source>Up to 4 sequences where the model stops (not included in the answer)</source>
        <translation>모델이 생성을 멈추는 문자열 최대 4개(응답에 포함되지 않음)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>How long reasoning models think before answering; support varies by model</source>
        <translation>추론 모델이 응답하기 전에 생각하는 정도. 지원 여부는 모델마다 다릅니다</translation>
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
        <translation>각 출력 토큰의 로그 확률을 반환합니다</translation>
    </message>
    <message>
        <source>Also return this many likely alternatives per token (0–20); needs logprobs: true</source>
        <translation>토큰마다 가능성 높은 대안을 이 개수만큼 함께 반환합니다(0–20). logprobs: true가 필요합니다</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that follows a schema</source>
        <translation>일반 텍스트, 임의의 JSON 객체 또는 스키마를 따르는 JSON</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Functions the model may call, as JSON: name, description, parameters (a JSON Schema) and strict</source>
        <translation>모델이 호출할 수 있는 함수(JSON): name, description, parameters(JSON Schema), strict</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which function it calls; needs tools</source>
        <translation>모델이 도구를 호출해도 되는지, 반드시 호출해야 하는지, 호출하면 안 되는지, 또는 어떤 함수를 호출할지. tools가 필요합니다</translation>
    </message>
    <message>
        <source>Whether the model may call several tools at once; needs tools</source>
        <translation>모델이 여러 도구를 동시에 호출할 수 있는지 여부. tools가 필요합니다</translation>
    </message>
    <message>
        <source>tool_choice was unset: “%1” is no longer among the tools.</source>
        <translation>tool_choice를 설정 해제했습니다: “%1”이(가) 더 이상 도구에 없습니다.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>The server and account this conversation talks to</source>
        <translation>이 대화에서 사용하는 서버와 계정</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation</source>
        <translation>대화 전에 보내는 지시 사항</translation>
    </message>
    <message>
        <source>Send as developer message</source>
        <translation>developer 메시지로 보내기</translation>
    </message>
    <message>
        <source>Send the prompt as a developer message</source>
        <translation>프롬프트를 developer 메시지로 보내기</translation>
    </message>
    <message>
        <source>Reasoning models (o1 and newer) take instructions in a developer message instead of a system message</source>
        <translation>추론 모델(o1 이상)은 system 메시지 대신 developer 메시지로 지시 사항을 받습니다</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>기본값으로 재설정</translation>
    </message>
    <message>
        <source>Unset the model, the prompt and every parameter</source>
        <translation>모델, 프롬프트 및 모든 매개변수를 설정 해제합니다</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>프로필 없음</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (없음)</translation>
    </message>
    <message>
        <source>Also sent, set elsewhere: %1</source>
        <translation>다른 곳에서 설정되어 함께 보내는 항목: %1</translation>
    </message>
</context>
<context>
    <name>PlaygroundParams</name>
    <message>
        <source>Logit bias must be a JSON object of token ids and biases, e.g. {&quot;50256&quot;: -100}.</source>
        <translation>logit bias는 토큰 ID와 편향 값으로 이루어진 JSON 객체여야 합니다(예: {&quot;50256&quot;: -100}).</translation>
    </message>
    <message>
        <source>Logit bias: &quot;%1&quot; is not a token id (a whole number).</source>
        <translation>logit bias: &quot;%1&quot;은(는) 토큰 ID(정수)가 아닙니다.</translation>
    </message>
    <message>
        <source>Logit bias: the bias of token %1 must be a number from -100 to 100.</source>
        <translation>logit bias: 토큰 %1의 편향 값은 -100에서 100 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Ec&amp;ho the prompt</source>
        <translation>프롬프트 에코(&amp;H)</translation>
    </message>
    <message>
        <source>Echo the prompt</source>
        <translation>프롬프트 에코</translation>
    </message>
    <message>
        <source>The answer repeats the prompt before the completion.</source>
        <translation>응답에서 완성 앞에 프롬프트를 반복합니다.</translation>
    </message>
    <message>
        <source>&amp;Best of:</source>
        <translation>best of(&amp;B):</translation>
    </message>
    <message>
        <source>Generate this many completions on the server and return the best (not streamed).</source>
        <translation>서버에서 이 개수만큼 완성을 생성하고 가장 좋은 것을 반환합니다(스트리밍 안 함).</translation>
    </message>
    <message>
        <source>&amp;Choices (n):</source>
        <translation>선택지 수 n(&amp;C):</translation>
    </message>
    <message>
        <source>How many completions to return.</source>
        <translation>반환할 완성 수입니다.</translation>
    </message>
    <message>
        <source>&amp;Logprobs:</source>
        <translation>logprobs(&amp;L):</translation>
    </message>
    <message>
        <source>Return the log probability of each token and this many likely alternatives (0–5).</source>
        <translation>각 토큰의 로그 확률과 가능성 높은 대안을 이 개수만큼 반환합니다(0–5).</translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation>최대 토큰 수(&amp;K):</translation>
    </message>
    <message>
        <source>Most tokens to generate (servers default to 16).</source>
        <translation>생성할 최대 토큰 수입니다(서버 기본값은 16).</translation>
    </message>
    <message>
        <source>Temp&amp;erature:</source>
        <translation>temperature(&amp;E):</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>샘플링 온도(0~2)입니다.</translation>
    </message>
    <message>
        <source>T&amp;op p:</source>
        <translation>top p(&amp;O):</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the tokens in this probability mass.</source>
        <translation>핵 샘플링: 이 확률 질량에 드는 토큰만 사용합니다.</translation>
    </message>
    <message>
        <source>Presence penalt&amp;y:</source>
        <translation>presence penalty(&amp;Y):</translation>
    </message>
    <message>
        <source>-2 to 2: positive values favour new topics.</source>
        <translation>-2~2: 양수 값은 새로운 주제를 선호합니다.</translation>
    </message>
    <message>
        <source>&amp;Frequency penalty:</source>
        <translation>frequency penalty(&amp;F):</translation>
    </message>
    <message>
        <source>-2 to 2: positive values reduce repetition.</source>
        <translation>-2~2: 양수 값은 반복을 줄입니다.</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>시드(&amp;D):</translation>
    </message>
    <message>
        <source>Same seed and parameters: the same answer, if the server can.</source>
        <translation>시드와 매개변수가 같으면 서버가 지원하는 경우 같은 응답을 반환합니다.</translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation>중지 시퀀스(&amp;Q):</translation>
    </message>
    <message>
        <source>Stop sequence %1</source>
        <translation>중지 시퀀스 %1</translation>
    </message>
    <message>
        <source>Generation stops before this text. Write a newline as \n.</source>
        <translation>이 텍스트 앞에서 생성을 멈춥니다. 줄 바꿈은 \n으로 쓰십시오.</translation>
    </message>
    <message>
        <source>Lo&amp;git bias:</source>
        <translation>logit bias(&amp;G):</translation>
    </message>
    <message>
        <source>A JSON object of token ids and biases from -100 (never) to 100 (always).</source>
        <translation>토큰 ID와 -100(절대 안 나옴)부터 100(항상 나옴)까지의 편향 값으로 이루어진 JSON 객체입니다.</translation>
    </message>
    <message>
        <source>Logit bias problem</source>
        <translation>logit bias 문제</translation>
    </message>
</context>
<context>
    <name>PlaygroundResult</name>
    <message>
        <source>Choice %1 of %2</source>
        <translation>선택지 %1/%2</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>완성</translation>
    </message>
    <message>
        <source> · not finished</source>
        <translation> · 완료되지 않음</translation>
    </message>
    <message>
        <source> · finished: %1</source>
        <translation> · 종료 이유: %1</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>이전 선택지</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>다음 선택지</translation>
    </message>
    <message>
        <source>Prompt and completion</source>
        <translation>프롬프트와 완성</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>텍스트 커서를 토큰 위로 옮기면 확률과 대안을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Token at the cursor</source>
        <translation>커서 위치의 토큰</translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Completions Playground</source>
        <translation>완성 플레이그라운드</translation>
    </message>
    <message>
        <source>Completions Playground — %1</source>
        <translation>완성 플레이그라운드 — %1</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>A base model, e.g. gpt-3.5-turbo-instruct</source>
        <translation>베이스 모델(예: gpt-3.5-turbo-instruct)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run the prompt (Ctrl+Enter)</source>
        <translation>프롬프트 실행(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop and keep what arrived (Esc)</source>
        <translation>중지하고 받은 내용 보존(Esc)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <source>Earlier runs: select one to restore its prompt, parameters and result</source>
        <translation>이전 실행: 선택하면 프롬프트, 매개변수, 결과를 복원합니다</translation>
    </message>
    <message>
        <source>Promp&amp;t:</source>
        <translation>프롬프트(&amp;T):</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Text for the model to continue…</source>
        <translation>모델이 이어서 쓸 텍스트…</translation>
    </message>
    <message>
        <source>&amp;Insert mode: text after the completion (suffix)</source>
        <translation>삽입 모드: 완성 뒤에 오는 텍스트(suffix)(&amp;I)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>삽입 모드</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>접미사</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion…</source>
        <translation>삽입되는 완성 뒤에 오는 텍스트…</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>결과(&amp;U):</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>아직 프로필이 없습니다. 파일 › 프로필에서 추가하십시오.</translation>
    </message>
    <message>
        <source>Enter a model.</source>
        <translation>모델을 입력하십시오.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>먼저 프롬프트를 작성하십시오.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the completion so far is kept.</source>
        <translation>중지됨: 지금까지의 완성은 보존됩니다.</translation>
    </message>
    <message>
        <source>This server does not offer legacy completions (POST /completions): %1. Base models on llama.cpp, vLLM and similar servers do; chat-only services do not.</source>
        <translation>이 서버는 기존 completions(POST /completions)를 제공하지 않습니다: %1. llama.cpp, vLLM 등의 서버에 있는 베이스 모델은 지원하지만 채팅 전용 서비스는 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>The completion failed: %1</source>
        <translation>완성 실패: %1</translation>
    </message>
    <message>
        <source>The run history could not be saved to %1.</source>
        <translation>실행 기록을 %1에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server and account the prompt is sent to</source>
        <translation>프롬프트를 보낼 서버와 계정</translation>
    </message>
    <message>
        <source>The text the model continues; Ctrl+Enter runs it</source>
        <translation>모델이 이어서 쓸 텍스트. Ctrl+Enter로 실행합니다</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion</source>
        <translation>삽입된 완성 뒤에 오는 텍스트</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <source>Where do you want to chat?</source>
        <translation>어디에서 채팅하시겠습니까?</translation>
    </message>
    <message>
        <source>Pick the service or local server Kaiwa should talk to. You can add more later under Provider profiles.</source>
        <translation>Kaiwa가 연결할 서비스나 로컬 서버를 선택하십시오. 나중에 &apos;제공자 프로필&apos;에서 더 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Services and servers</source>
        <translation>서비스 및 서버</translation>
    </message>
    <message>
        <source>Pick the service or local server to connect to</source>
        <translation>연결할 서비스 또는 로컬 서버 선택</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>제거(&amp;R)…</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>제공자 프로필</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation>사전 설정에서 프로필 추가</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>프로필 복제</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>프로필 제거</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>키를 제거할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>아직 저장되지 않음</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>“%1”의 변경 사항을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>No profiles yet. Add one from a preset.</source>
        <translation>아직 프로필이 없습니다. 사전 설정에서 추가하십시오.</translation>
    </message>
    <message>
        <source>Could not read the key from the keychain: %1</source>
        <translation>키체인에서 키를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>Save this profile before duplicating it.</source>
        <translation>복제하기 전에 이 프로필을 저장하십시오.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>먼저 표시된 항목을 수정하십시오.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>프로필 제거</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its API key from the keychain?</source>
        <translation>프로필 “%1”과(와) 해당 API 키를 키체인에서 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Could not remove the profile: %1</source>
        <translation>프로필을 제거할 수 없음: %1</translation>
    </message>
    <message>
        <source>The profile was removed, but its key is still in the keychain: %1</source>
        <translation>프로필은 제거했지만 키는 아직 키체인에 있습니다: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain: %1</source>
        <translation>프록시 암호를 키체인에 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not read the proxy password from the keychain: %1</source>
        <translation>키체인에서 프록시 암호를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Test the connection again.</source>
        <translation>“%1”에서 이 인증서를 신뢰합니다. 연결을 다시 테스트하십시오.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields first.</source>
        <translation>저장되지 않음: 먼저 표시된 항목을 수정하십시오.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>이름이 “%1”인 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Saved “%1”. %2 The key is kept only until Kaiwa quits.</source>
        <translation>“%1”을(를) 저장했습니다. %2 키는 Kaiwa를 종료할 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>“%1” was saved, but its key could not be stored in the keychain: %2</source>
        <translation>“%1”을(를) 저장했지만 키를 키체인에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Fix the marked fields first: %1</source>
        <translation>먼저 표시된 항목을 수정하십시오: %1</translation>
    </message>
    <message>
        <source>The saved provider profiles; the selected one is edited on the right</source>
        <translation>저장된 제공자 프로필. 선택한 프로필을 오른쪽에서 편집합니다</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Net&amp;work and TLS…</source>
        <translation>네트워크 및 TLS(&amp;W)…</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>제공자 종류</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 버전</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>추가 매개변수</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>추가 헤더</translation>
    </message>
    <message>
        <source>Extra body JSON</source>
        <translation>추가 본문 JSON</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Token limit field</source>
        <translation>토큰 제한 필드</translation>
    </message>
    <message>
        <source>Network and TLS settings</source>
        <translation>네트워크 및 TLS 설정</translation>
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
        <translation>게이트웨이(OpenRouter, OfoxAI 등)</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>로컬 서버(Ollama, llama.cpp, LM Studio, vLLM)</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>api-key header</source>
        <translation>api-key 헤더</translation>
    </message>
    <message>
        <source>Both headers</source>
        <translation>두 헤더 모두</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>max_completion_tokens (OpenAI)</source>
        <translation>max_completion_tokens(OpenAI)</translation>
    </message>
    <message>
        <source>max_tokens (most other servers)</source>
        <translation>max_tokens(대부분의 다른 서버)</translation>
    </message>
    <message>
        <source>What Azure does with body fields it does not know: drop them, pass them to the model, or reject the request</source>
        <translation>Azure가 알 수 없는 본문 필드를 처리하는 방법: 버리기, 모델에 전달하기 또는 요청 거부하기</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini; Azure OpenAI: the deployment</source>
        <translation>예: gpt-4o-mini(Azure OpenAI에서는 배포 이름)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>제공자(&amp;P):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>기본 URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>인증(&amp;A):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 버전(&amp;V):</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>추가 매개변수(&amp;X):</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>기본 모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Token limit field:</source>
        <translation>토큰 제한 필드(&amp;T):</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>추가 헤더(&amp;H):</translation>
    </message>
    <message>
        <source>Extra &amp;body:</source>
        <translation>추가 본문(&amp;B):</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>네트워크:</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>시스템 프록시 설정</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>프록시 없음</translation>
    </message>
    <message>
        <source>%1 proxy %2:%3</source>
        <translation>%1 프록시 %2:%3</translation>
    </message>
    <message>
        <source>extra CAs</source>
        <translation>추가 CA</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message numerus="yes">
        <source>%n pinned fingerprint(s)</source>
        <translation>
            <numerusform>고정된 지문 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trusted certificate(s)</source>
        <translation>
            <numerusform>신뢰하는 인증서 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>목록에 표시되고 선택할 때 쓰는 프로필 이름</translation>
    </message>
    <message>
        <source>The kind of server, which decides the URL form and the authentication</source>
        <translation>서버 종류. URL 형식과 인증 방식을 결정합니다</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>요청을 보낼 주소(/v1까지)</translation>
    </message>
    <message>
        <source>How the API key is sent to the server</source>
        <translation>API 키를 서버로 보내는 방식</translation>
    </message>
    <message>
        <source>Azure&apos;s api-version query parameter</source>
        <translation>Azure의 api-version 쿼리 매개변수</translation>
    </message>
    <message>
        <source>Headers added to every request, one &quot;Name: value&quot; per line</source>
        <translation>모든 요청에 추가할 헤더. 한 줄에 &quot;Name: value&quot; 하나씩</translation>
    </message>
    <message>
        <source>A JSON object whose fields are added to every request body</source>
        <translation>필드가 모든 요청 본문에 추가되는 JSON 객체</translation>
    </message>
    <message>
        <source>The model new conversations with this profile start with</source>
        <translation>이 프로필로 시작하는 새 대화에서 처음 사용할 모델</translation>
    </message>
    <message>
        <source>Which request field carries the answer length limit</source>
        <translation>응답 길이 제한을 담을 요청 필드</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot; (letters, digits and -).</source>
        <translation>%1행: 각 헤더를 &quot;Name: value&quot; 형식으로 쓰십시오(영문자, 숫자, -만 사용).</translation>
    </message>
    <message>
        <source>Not valid JSON (line %1): %2</source>
        <translation>올바른 JSON이 아님(%1행): %2</translation>
    </message>
    <message>
        <source>The extra body must be a JSON object: { … }</source>
        <translation>추가 본문은 JSON 객체여야 합니다: { … }</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation>서버의 기본 URL을 입력하십시오.</translation>
    </message>
    <message>
        <source>Replace the part in braces, e.g. {resource}, with your own value.</source>
        <translation>{resource} 같이 중괄호로 묶인 부분을 실제 값으로 바꾸십시오.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>기본 URL은 http:// 또는 https://로 시작하고 호스트 이름을 포함해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ProfileNetwork</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>“%1”을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>the client key “%1” is encrypted with a passphrase, which Kaiwa does not support; export it without one (openssl pkey -in KEY -out PLAIN.pem) and keep that file private</source>
        <translation>클라이언트 키 “%1”이(가) 암호 문구로 암호화되어 있으나 Kaiwa는 이를 지원하지 않습니다. 암호 문구 없이 내보내고(openssl pkey -in KEY -out PLAIN.pem) 그 파일은 비공개로 보관하십시오</translation>
    </message>
    <message>
        <source>“%1” holds no PEM private key</source>
        <translation>“%1”에 PEM 개인 키가 없습니다</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate</source>
        <translation>“%1”에 PEM 인증서가 없습니다</translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>클라이언트 인증서에는 인증서 파일과 키 파일이 모두 필요합니다</translation>
    </message>
    <message>
        <source>No certificate of the server matches the fingerprints pinned in the profile</source>
        <translation>서버의 인증서 중 프로필에 고정된 지문과 일치하는 것이 없습니다</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1
%2</source>
        <translation>서버의 인증서가 거부되었습니다: %1
%2</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may not accept the profile&apos;s client certificate</source>
        <translation>TLS 핸드셰이크 직후 서버가 연결을 닫았습니다. 프로필의 클라이언트 인증서를 받지 않는 것일 수 있습니다</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may require a client certificate (mutual TLS): set one in the profile</source>
        <translation>TLS 핸드셰이크 직후 서버가 연결을 닫았습니다. 클라이언트 인증서(상호 TLS)가 필요할 수 있으니 프로필에서 설정하십시오</translation>
    </message>
    <message>
        <source>the proxy %1:%2 refused the user name and password of the profile (HTTP 407)</source>
        <translation>프록시 %1:%2이(가) 프로필의 사용자 이름과 암호를 거부했습니다(HTTP 407)</translation>
    </message>
    <message>
        <source>the proxy %1:%2 asks for a user name and password; set them in the profile</source>
        <translation>프록시 %1:%2에서 사용자 이름과 암호를 요구합니다. 프로필에서 설정하십시오</translation>
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
        <translation>platform.openai.com의 &apos;API keys&apos;에서 API 키를 만드십시오.</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure OpenAI resource name. The key is under Keys and Endpoint in the Azure portal; the default model is your deployment name.</source>
        <translation>{resource}를 Azure OpenAI 리소스 이름으로 바꾸십시오. 키는 Azure 포털의 &apos;키 및 엔드포인트&apos;에 있으며, 기본 모델에는 배포 이름을 지정합니다.</translation>
    </message>
    <message>
        <source>Azure AI inference</source>
        <translation>Azure AI inference</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure AI services resource name (for a serverless endpoint, paste its full URL instead). The key is on the endpoint&apos;s page.</source>
        <translation>{resource}를 Azure AI 서비스 리소스 이름으로 바꾸십시오(서버리스 엔드포인트의 경우 대신 전체 URL을 붙여넣으십시오). 키는 엔드포인트 페이지에 있습니다.</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys. Models are named provider/model; routing preferences go into the extra body as a &quot;provider&quot; object.</source>
        <translation>openrouter.ai/keys에서 키를 만드십시오. 모델 이름은 provider/model 형식이며, 라우팅 설정은 추가 본문에 &quot;provider&quot; 객체로 지정합니다.</translation>
    </message>
    <message>
        <source>OfoxAI</source>
        <translation>OfoxAI</translation>
    </message>
    <message>
        <source>Create a key in the OfoxAI console. Models are named provider/model, e.g. openai/gpt-4o.</source>
        <translation>OfoxAI 콘솔에서 키를 만드십시오. 모델 이름은 provider/model 형식입니다(예: openai/gpt-4o).</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Start Ollama and pull a model first (ollama pull llama3.2). No key needed.</source>
        <translation>먼저 Ollama를 시작하고 모델을 받으십시오(ollama pull llama3.2). 키는 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>llama.cpp</source>
        <translation>llama.cpp</translation>
    </message>
    <message>
        <source>Start llama-server with a model (-m model.gguf). No key unless you started it with --api-key.</source>
        <translation>모델을 지정하여 llama-server를 시작하십시오(-m model.gguf). --api-key를 붙여 시작하지 않았다면 키는 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Start the local server in LM Studio&apos;s Developer tab and load a model. No key needed.</source>
        <translation>LM Studio의 Developer 탭에서 로컬 서버를 시작하고 모델을 불러오십시오. 키는 필요하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>이름이 “%1”인 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>A profile called “%1” already exists.</source>
        <translation>이름이 “%1”인 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>프로필에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A profile name cannot consist of spaces only.</source>
        <translation>프로필 이름은 공백으로만 이루어질 수 없습니다.</translation>
    </message>
    <message>
        <source>A profile name cannot contain line breaks, tabs or other control characters.</source>
        <translation>프로필 이름에는 줄 바꿈, 탭 또는 기타 제어 문자를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the profiles to “%1”. Check that the folder exists and that you may write to it.</source>
        <translation>프로필을 “%1”에 저장할 수 없습니다. 폴더가 있고 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a valid settings file, so Kaiwa did not overwrite it. Fix or remove it and try again.</source>
        <translation>“%1”은(는) 올바른 설정 파일이 아니므로 Kaiwa가 덮어쓰지 않았습니다. 파일을 수정하거나 제거한 다음 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>RecorderWidget</name>
    <message>
        <source>Record</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>듣기</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>첨부</translation>
    </message>
    <message>
        <source>Recording length</source>
        <translation>녹음 길이</translation>
    </message>
    <message>
        <source>Attach the recording to the message</source>
        <translation>녹음을 메시지에 첨부</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>녹음 %1.wav</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>녹음된 것이 없습니다: 마이크에서 소리가 들어오지 않았습니다.</translation>
    </message>
    <message>
        <source>Recording stopped at the %1 limit.</source>
        <translation>제한 시간 %1에 도달하여 녹음을 중지했습니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>다시 녹음</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>RemoteImageLoader</name>
    <message>
        <source>not an image (%1)</source>
        <translation>이미지가 아님(%1)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>종류 없음</translation>
    </message>
    <message>
        <source>too large (%1 MB)</source>
        <translation>너무 큼(%1MB)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>can&apos;t read the image</source>
        <translation>이미지를 읽을 수 없음</translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <source>&amp;Request</source>
        <translation>요청(&amp;R)</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>응답(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tream</source>
        <translation>스트림(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>요청 헤더와 본문</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>응답 헤더와 본문</translation>
    </message>
    <message>
        <source>Stream events with their times</source>
        <translation>스트림 이벤트와 시각</translation>
    </message>
    <message>
        <source>Summary: timing and usage</source>
        <translation>요약: 시간과 사용량</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>요청 세부 정보</translation>
    </message>
    <message>
        <source>(%1 bytes sent; base64 data shortened here)</source>
        <translation>(%1바이트 전송함. 여기서는 base64 데이터를 줄여서 표시)</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>응답 없음: %1</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>응답을 기다리는 중…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>요청 ID %1</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>속도 제한</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%2 중 %1 남음</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>제한 %1</translation>
    </message>
    <message>
        <source>full again in %1</source>
        <translation>%1 후 회복</translation>
    </message>
    <message>
        <source>retry after %1</source>
        <translation>%1 후 다시 시도</translation>
    </message>
    <message>
        <source>(streamed: see the Stream tab)</source>
        <translation>(스트리밍됨: 스트림 탭 참조)</translation>
    </message>
    <message>
        <source>This response was not a stream.</source>
        <translation>이 응답은 스트림이 아니었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more events not kept</source>
        <translation>
            <numerusform>… 이벤트 %n개 더 있음(보관하지 않음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation>시도: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>첫 토큰까지 걸린 시간: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1밀리초</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>소요 시간: %1</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Tokens per second: %1</source>
        <translation>초당 토큰 수: %1</translation>
    </message>
    <message>
        <source>(from usage)</source>
        <translation>(usage 기준)</translation>
    </message>
    <message numerus="yes">
        <source>(counted from %n chunks)</source>
        <translation>
            <numerusform>(청크 %n개에서 계산함)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream events: %1</source>
        <translation>스트림 이벤트: %1</translation>
    </message>
    <message>
        <source>Usage: not reported</source>
        <translation>사용량: 보고되지 않음</translation>
    </message>
    <message>
        <source>Prompt tokens: %1</source>
        <translation>프롬프트 토큰: %1</translation>
    </message>
    <message>
        <source>  cached: %1</source>
        <translation>  캐시: %1</translation>
    </message>
    <message>
        <source>Completion tokens: %1</source>
        <translation>완성 토큰: %1</translation>
    </message>
    <message>
        <source>  reasoning: %1</source>
        <translation>  추론: %1</translation>
    </message>
    <message>
        <source>Total tokens: %1</source>
        <translation>전체 토큰: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Kaiwa retried this request.</source>
        <translation>Kaiwa가 이 요청을 다시 시도했습니다.</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1밀리초</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>토큰/초</translation>
    </message>
</context>
<context>
    <name>ResponseFormatEditor</name>
    <message>
        <source>Strict</source>
        <translation>엄격</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Response format type</source>
        <translation>응답 형식 종류</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 객체</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON 스키마</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>스키마 이름</translation>
    </message>
    <message>
        <source>e.g. answer</source>
        <translation>예: answer</translation>
    </message>
    <message>
        <source>Strict schema adherence</source>
        <translation>스키마 엄격 준수</translation>
    </message>
    <message>
        <source>The model follows the schema exactly (a subset of JSON Schema)</source>
        <translation>모델이 스키마를 정확히 따릅니다(JSON Schema의 일부)</translation>
    </message>
    <message>
        <source>Saved schemas</source>
        <translation>저장한 스키마</translation>
    </message>
    <message>
        <source>Load a saved schema</source>
        <translation>저장한 스키마 불러오기</translation>
    </message>
    <message>
        <source>Save schema</source>
        <translation>스키마 저장</translation>
    </message>
    <message>
        <source>Save this schema under its name (replacing one of the same name)</source>
        <translation>이 스키마를 해당 이름으로 저장합니다(같은 이름의 스키마는 대체됨)</translation>
    </message>
    <message>
        <source>Delete saved schema</source>
        <translation>저장한 스키마 삭제</translation>
    </message>
    <message>
        <source>Delete the chosen saved schema (the editor keeps it: Save brings it back)</source>
        <translation>선택한 저장 스키마를 삭제합니다(편집기에는 남아 있으므로 저장하면 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>The schema name must be 1–64 letters, digits, underscores or dashes.</source>
        <translation>스키마 이름은 영문자, 숫자, 밑줄, 하이픈으로 된 1–64자여야 합니다.</translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1 (at character %2)</source>
        <translation>스키마가 올바른 JSON이 아님: %1(%2번째 문자)</translation>
    </message>
    <message>
        <source>The schema must be a JSON object.</source>
        <translation>스키마는 JSON 객체여야 합니다.</translation>
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
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict mode may refuse this schema:</source>
        <translation>strict 모드에서 이 스키마가 거부될 수 있습니다:</translation>
    </message>
    <message>
        <source>None saved</source>
        <translation>저장한 항목 없음</translation>
    </message>
    <message>
        <source>Saved…</source>
        <translation>저장한 항목…</translation>
    </message>
    <message>
        <source>“%1” is no longer saved.</source>
        <translation>“%1”은(는) 더 이상 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>“%1”(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>삭제되지 않음: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Whether the answer is free text, any JSON object or JSON following a schema</source>
        <translation>응답 형식: 자유 텍스트, 임의의 JSON 객체 또는 스키마를 따르는 JSON</translation>
    </message>
    <message>
        <source>The name sent with the schema and used to save it</source>
        <translation>스키마와 함께 보내고 스키마를 저장할 때 쓰는 이름</translation>
    </message>
    <message>
        <source>The JSON Schema the answer must follow</source>
        <translation>응답이 따라야 하는 JSON Schema</translation>
    </message>
</context>
<context>
    <name>SchemaLibrary</name>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); fix or remove it to save schemas again.</source>
        <translation>%1이(가) 손상되었습니다(%2). 스키마를 다시 저장하려면 파일을 수정하거나 제거하십시오.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Internal error: the keychain needs a running Qt application.</source>
        <translation>내부 오류: 키체인을 사용하려면 Qt 애플리케이션이 실행 중이어야 합니다.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for a password; unlock it and try again.</source>
        <translation>시스템 키체인이 %1초 안에 응답하지 않았습니다. 잠겨 있어 암호를 기다리는 중일 수 있습니다. 잠금을 해제하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The operation was cancelled because Kaiwa is shutting down.</source>
        <translation>Kaiwa가 종료되는 중이므로 작업을 취소했습니다.</translation>
    </message>
    <message>
        <source>An API key needs a profile name.</source>
        <translation>API 키에는 프로필 이름이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>SessionRegistry</name>
    <message>
        <source>The conversation is not open.</source>
        <translation>대화가 열려 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Show images from the web in answers</source>
        <translation>응답에 웹 이미지 표시</translation>
    </message>
    <message>
        <source>Offer to run a local command for tool calls</source>
        <translation>도구 호출에 로컬 명령 실행 제안</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter로 보내기, Shift+Enter로 줄 바꿈</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter로 보내기, Enter로 줄 바꿈</translation>
    </message>
    <message>
        <source>Scale images down to a long side of</source>
        <translation>이미지 긴 변 축소 크기</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>최대 첨부 파일 크기</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Markdown images in answers are downloaded from their sites, which can see your address. Off: they are shown as links.</source>
        <translation>응답의 Markdown 이미지는 해당 사이트에서 다운로드되므로 사이트에 내 주소가 노출될 수 있습니다. 끄면 링크로 표시됩니다.</translation>
    </message>
    <message>
        <source>Each call gets a Run button: the command reads the call as JSON on its standard input, and what it prints is put in the answer for you to check before sending. Nothing runs unless you press Run.</source>
        <translation>각 호출에 &apos;실행&apos; 단추가 붙습니다. 명령은 호출을 JSON으로 표준 입력에서 읽고, 출력한 내용은 보내기 전에 확인할 수 있도록 응답에 들어갑니다. &apos;실행&apos;을 누르지 않으면 아무것도 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Tool command</source>
        <translation>도구 명령</translation>
    </message>
    <message>
        <source>e.g. python3 /home/me/tools.py</source>
        <translation>예: python3 /home/me/tools.py</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>보내기:</translation>
    </message>
    <message>
        <source>Scale images down to a long side of:</source>
        <translation>이미지 긴 변 축소 크기:</translation>
    </message>
    <message>
        <source>Largest attachment:</source>
        <translation>최대 첨부 파일 크기:</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>도구 호출:</translation>
    </message>
    <message>
        <source>Tool &amp;command:</source>
        <translation>도구 명령(&amp;C):</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels on their long side before sending</source>
        <translation>이보다 큰 이미지는 보내기 전에 긴 변이 이 픽셀 수가 되도록 축소됩니다</translation>
    </message>
    <message>
        <source>Files larger than this are refused as attachments</source>
        <translation>이보다 큰 파일은 첨부할 수 없습니다</translation>
    </message>
    <message>
        <source>The language of Kaiwa&apos;s windows; it changes at once, without a restart</source>
        <translation>Kaiwa 창의 표시 언어. 다시 시작하지 않아도 즉시 바뀝니다</translation>
    </message>
</context>
<context>
    <name>SpokenAnswerEditor</name>
    <message>
        <source>Voice:</source>
        <translation>음성:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Spoken answers</source>
        <translation>음성 응답</translation>
    </message>
    <message>
        <source>Ask an audio-capable model (gpt-4o-audio-preview and similar) to answer aloud as well; the transcript is shown as the text</source>
        <translation>오디오를 지원하는 모델(gpt-4o-audio-preview 등)에 음성으로도 응답하도록 요청합니다. 녹취록이 텍스트로 표시됩니다</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>오디오 형식</translation>
    </message>
    <message>
        <source>Answers stream only in pcm16 (Kaiwa saves it as WAV); OpenAI refuses other formats while streaming.</source>
        <translation>응답은 pcm16으로만 스트리밍됩니다(Kaiwa는 WAV로 저장). OpenAI는 스트리밍 중 다른 형식을 거부합니다.</translation>
    </message>
    <message>
        <source>The voice a spoken answer is read in</source>
        <translation>음성 응답을 읽을 음성</translation>
    </message>
    <message>
        <source>The audio format the spoken answer arrives in</source>
        <translation>음성 응답을 받을 오디오 형식</translation>
    </message>
</context>
<context>
    <name>StopEditor</name>
    <message>
        <source>Stop sequence %1</source>
        <translation>중지 시퀀스 %1</translation>
    </message>
    <message>
        <source>Stop sequence %1 (\n for a line break)</source>
        <translation>중지 시퀀스 %1(줄 바꿈은 \n)</translation>
    </message>
    <message>
        <source>Enter at least one stop sequence.</source>
        <translation>중지 시퀀스를 하나 이상 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Could not find unfinished answers.</source>
        <translation>완료되지 않은 응답을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not open the conversation database for writing.</source>
        <translation>대화 데이터베이스를 쓰기용으로 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not open the conversation database.</source>
        <translation>대화 데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the conversation database.</source>
        <translation>대화 데이터베이스를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not set up the conversation database.</source>
        <translation>대화 데이터베이스를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write to the conversation database.</source>
        <translation>대화 데이터베이스에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not upgrade the conversation database.</source>
        <translation>대화 데이터베이스를 업그레이드할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the list of open windows.</source>
        <translation>열린 창 목록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not register this window.</source>
        <translation>이 창을 등록할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save an attachment.</source>
        <translation>첨부 파일을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read an attachment.</source>
        <translation>첨부 파일을 읽을 수 없습니다.</translation>
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
        <translation>%1 SQLite 메시지: %2.</translation>
    </message>
    <message>
        <source>(no file)</source>
        <comment>in place of a file name</comment>
        <translation>(파일 없음)</translation>
    </message>
    <message>
        <source>The conversation database %1 is damaged.</source>
        <translation>대화 데이터베이스 %1이(가) 손상되었습니다.</translation>
    </message>
    <message>
        <source>Kaiwa did not change the file and your open conversation is still in memory; copy the file somewhere safe, then move it away (or restore a %1.bak-… copy) and start Kaiwa again.</source>
        <translation>Kaiwa는 파일을 변경하지 않았으며 열려 있는 대화는 아직 메모리에 있습니다. 파일을 안전한 곳에 복사한 다음 다른 곳으로 옮기고(또는 %1.bak-… 사본을 복원하고) Kaiwa를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The conversation database %1 is read-only.</source>
        <translation>대화 데이터베이스 %1이(가) 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable for your user (or move them off read-only media) and try again; nothing in memory was lost.</source>
        <translation>현재 사용자가 파일과 폴더에 쓸 수 있게 하거나 읽기 전용 매체에서 옮긴 다음 다시 시도하십시오. 메모리에 있는 내용은 손실되지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Free some space on that disk and try again; the conversation stays in memory until it is saved.</source>
        <translation>그 디스크의 공간을 확보한 다음 다시 시도하십시오. 대화는 저장될 때까지 메모리에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>다른 프로그램이 %1을(를) 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Close other Kaiwa windows or programs that use this file, then try again; nothing in memory was lost.</source>
        <translation>이 파일을 사용하는 다른 Kaiwa 창이나 프로그램을 닫은 다음 다시 시도하십시오. 메모리에 있는 내용은 손실되지 않았습니다.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>파일 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and are writable for your user, then start Kaiwa again.</source>
        <translation>파일과 폴더가 있고 현재 사용자가 쓸 수 있는지 확인한 다음 Kaiwa를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The data does not fit the database&apos;s rules.</source>
        <translation>데이터가 데이터베이스 규칙에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>This is a bug in Kaiwa; please report it. The data is still in memory.</source>
        <translation>Kaiwa의 버그입니다. 보고해 주십시오. 데이터는 아직 메모리에 있습니다.</translation>
    </message>
    <message>
        <source>Reading or writing the conversation database %1 failed.</source>
        <translation>대화 데이터베이스 %1을(를) 읽거나 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and working, then try again; the conversation stays in memory.</source>
        <translation>디스크가 연결되어 정상적으로 작동하는지 확인한 다음 다시 시도하십시오. 대화는 메모리에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Could not import conversations.</source>
        <translation>대화를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not create a conversation.</source>
        <translation>대화를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the conversation.</source>
        <translation>대화를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not delete a conversation.</source>
        <translation>대화를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not list the conversations.</source>
        <translation>대화 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read a conversation.</source>
        <translation>대화를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save a message.</source>
        <translation>메시지를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the arriving answer.</source>
        <translation>도착하는 응답을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read messages.</source>
        <translation>메시지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the active branch.</source>
        <translation>활성 분기를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not search the conversations.</source>
        <translation>대화를 검색할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StoredCompletionModel</name>
    <message>
        <source>Prompt %1 · completion %2 · total %3</source>
        <translation>프롬프트 %1 · 완성 %2 · 합계 %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>첫 메시지</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>서버에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The server did not delete it.</source>
        <translation>서버에서 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>A metadata key cannot be empty.</source>
        <translation>메타데이터 키는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot;의 값은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>No such stored completion.</source>
        <translation>해당 저장된 완성이 없습니다.</translation>
    </message>
    <message>
        <source>The metadata was not saved: %1</source>
        <translation>메타데이터를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>StoredCompletions</name>
    <message>
        <source>An export is running.</source>
        <translation>내보내기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401).</source>
        <translation>API 키가 거부되었습니다(HTTP 401).</translation>
    </message>
    <message>
        <source>No permission to use stored completions with this key (HTTP 403).</source>
        <translation>이 키로는 저장된 완성을 사용할 권한이 없습니다(HTTP 403).</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP 404).</source>
        <translation>이 서버는 저장된 완성을 지원하지 않습니다(HTTP 404).</translation>
    </message>
    <message>
        <source>This stored completion does not exist (any more) (HTTP 404).</source>
        <translation>이 저장된 완성은 (더 이상) 존재하지 않습니다(HTTP 404).</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP %1).</source>
        <translation>이 서버는 저장된 완성을 지원하지 않습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>클라이언트 없음</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Kaiwa&apos;s sentence, then the server&apos;s own message</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): try again later.</source>
        <translation>속도 제한됨(HTTP 429): 나중에 다시 시도하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n s.</source>
        <translation>
            <numerusform>속도 제한됨(HTTP 429): %n초 후에 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n min.</source>
        <translation>
            <numerusform>속도 제한됨(HTTP 429): %n분 후에 다시 시도하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredCompletionsWindow</name>
    <message>
        <source>Delete Stored Completions</source>
        <translation>저장된 완성 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored completion(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>서버에서 저장된 완성 %n개를 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n completion(s)…</source>
        <translation>
            <numerusform>완성 %n개 삭제 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>not deleted: %1</source>
        <translation>삭제되지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stored completion(s).</source>
        <translation>
            <numerusform>저장된 완성 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 could not be deleted (see Problems below).</source>
        <translation>%1개를 삭제했으며 %2개는 삭제할 수 없습니다(아래 &apos;문제&apos; 참조).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Stored Completions</source>
        <translation>저장된 완성 내보내기</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation>%1개 내보냄</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>내보내지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stored completion(s) to %1.</source>
        <translation>
            <numerusform>저장된 완성 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <source>Opening %1 as a conversation…</source>
        <translation>%1을(를) 대화로 여는 중…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>대화를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Opened %1 as a conversation in the main window.</source>
        <translation>%1을(를) 주 창에서 대화로 열었습니다.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Stored completions</source>
        <translation>저장된 완성</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>목록 다시 불러오기</translation>
    </message>
    <message>
        <source>Open as &amp;Conversation</source>
        <translation>대화로 열기(&amp;C)</translation>
    </message>
    <message>
        <source>Open the selected completion as a conversation</source>
        <translation>선택한 완성을 대화로 열기</translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation>JSON Lines로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected completions</source>
        <translation>선택한 완성 삭제</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>내보내기 취소</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>내보내기 취소</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행률</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>문제:</translation>
    </message>
    <message>
        <source>Problems with single completions</source>
        <translation>개별 완성의 문제</translation>
    </message>
    <message>
        <source>C&amp;lear Problems</source>
        <translation>문제 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the problem list</source>
        <translation>문제 목록 지우기</translation>
    </message>
    <message>
        <source>Stored completions cannot be changed. Open this one as a conversation to edit or continue it.</source>
        <translation>저장된 완성은 변경할 수 없습니다. 편집하거나 이어 가려면 대화로 여십시오.</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>아직 프로필이 없습니다. 파일 › 프로필에서 추가하십시오.</translation>
    </message>
    <message>
        <source>Stored Completions</source>
        <translation>저장된 완성</translation>
    </message>
    <message>
        <source>Stored Completions — %1</source>
        <translation>저장된 완성 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored completion(s) loaded</source>
        <translation>
            <numerusform>저장된 완성 %n개 불러옴</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · 불러오는 중…</translation>
    </message>
    <message>
        <source> · more when you scroll down</source>
        <translation> · 아래로 스크롤하면 더 불러옴</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>선택 항목 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>E&amp;xport All…</source>
        <translation>모두 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>The account whose stored completions are listed</source>
        <translation>저장된 완성을 나열할 계정</translation>
    </message>
    <message>
        <source>Completions the server kept; select one to see its messages and metadata</source>
        <translation>서버에 보관된 완성. 선택하면 메시지와 메타데이터를 볼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>StoredDetailPane</name>
    <message>
        <source>Messages of the selected completion</source>
        <translation>선택한 완성의 메시지</translation>
    </message>
    <message>
        <source>No completion selected</source>
        <translation>선택한 완성 없음</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>매개변수: %1</translation>
    </message>
    <message>
        <source>Usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation>사용량: 입력 %1 + 출력 %2 = 토큰 %3개</translation>
    </message>
    <message>
        <source>Select a stored completion to see its messages.</source>
        <translation>메시지를 보려면 저장된 완성을 선택하십시오.</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>메시지를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>메시지를 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>StoredFilterBar</name>
    <message>
        <source>&amp;Apply Filters</source>
        <translation>필터 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>모델 필터</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <source>Metadata filter</source>
        <translation>메타데이터 필터</translation>
    </message>
    <message>
        <source>Metadata, e.g. app=kaiwa, user=alice</source>
        <translation>메타데이터(예: app=kaiwa, user=alice)</translation>
    </message>
    <message>
        <source>Only completions whose metadata has every one of these key=value pairs, separated by commas</source>
        <translation>쉼표로 구분한 key=value 쌍을 모두 메타데이터에 가진 완성만 표시합니다</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된 순</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>필터 적용</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation>메타데이터(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>순서(&amp;O):</translation>
    </message>
    <message>
        <source>“%1” is not a key=value pair.</source>
        <translation>“%1”은(는) key=value 쌍이 아닙니다.</translation>
    </message>
    <message>
        <source>Newest or oldest completions first</source>
        <translation>최신순 또는 오래된 순으로 완성 정렬</translation>
    </message>
</context>
<context>
    <name>StoredMetadataPanel</name>
    <message>
        <source>Add Pa&amp;ir</source>
        <translation>쌍 추가(&amp;I)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Pair</source>
        <translation>쌍 제거(&amp;V)</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>되돌리기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save Metadata</source>
        <translation>메타데이터 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Metadata of the selected completion</source>
        <translation>선택한 완성의 메타데이터</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add a metadata pair</source>
        <translation>메타데이터 쌍 추가</translation>
    </message>
    <message>
        <source>Remove the selected metadata pair</source>
        <translation>선택한 메타데이터 쌍 제거</translation>
    </message>
    <message>
        <source>Revert the metadata to the saved pairs</source>
        <translation>메타데이터를 저장된 쌍으로 되돌리기</translation>
    </message>
    <message>
        <source>Save the metadata</source>
        <translation>메타데이터 저장</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>%1행에 값은 있지만 키가 없습니다.</translation>
    </message>
    <message>
        <source>The key “%1” is used twice.</source>
        <translation>키 “%1”이(가) 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>A stored completion can have at most %1 metadata pairs: remove one before adding another.</source>
        <translation>저장된 완성에는 메타데이터 쌍을 최대 %1개까지 둘 수 있습니다. 추가하기 전에 하나를 제거하십시오.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>쌍 %1/%2개</translation>
    </message>
    <message>
        <source>Key and value pairs; edit them, then Save</source>
        <translation>키와 값 쌍. 편집한 다음 &apos;저장&apos;을 누르십시오</translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>subject: %1
issuer: %2
valid from %3 to %4
SHA-256: %5</source>
        <translation>주체: %1
발급자: %2
유효 기간: %3 ~ %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>TlsTrustBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss the certificate message</source>
        <translation>인증서 메시지 닫기</translation>
    </message>
    <message>
        <source>The certificate of the server of “%1” was refused (%2): %3, SHA-256 %4</source>
        <translation>“%1” 서버의 인증서가 거부되었습니다(%2): %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”…</source>
        <translation>“%1”에서 이 인증서 신뢰…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>이 인증서를 신뢰하시겠습니까?</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”?</source>
        <translation>“%1”에서 이 인증서를 신뢰하시겠습니까?</translation>
    </message>
    <message>
        <source>Requests of this profile will accept this one certificate despite its errors; no other certificate and no other profile is affected. You can revoke it under File ▸ Profiles ▸ Network and TLS.</source>
        <translation>이 프로필의 요청은 오류가 있어도 이 인증서 하나만 허용합니다. 다른 인증서나 다른 프로필에는 영향을 주지 않습니다. &apos;파일 ▸ 프로필 ▸ 네트워크 및 TLS&apos;에서 철회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Refused because: %1</source>
        <translation>거부 이유: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>주체: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>발급자: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>유효 기간: %1 ~ %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Trust for “%1”</source>
        <translation>“%1”에서 신뢰(&amp;T)</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>프로필을 저장할 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>ToolAnswerPanel</name>
    <message>
        <source>Answer every call before sending: %1 (%2) has no answer yet.</source>
        <translation>보내기 전에 모든 호출에 결과를 입력하십시오: %1(%2)에 아직 결과가 없습니다.</translation>
    </message>
    <message>
        <source>The command for %1 is still running.</source>
        <translation>%1의 명령이 아직 실행 중입니다.</translation>
    </message>
    <message>
        <source>⚠ The command failed: %1</source>
        <translation>⚠ 명령 실패: %1</translation>
    </message>
    <message>
        <source>⚠ The command finished but printed nothing.</source>
        <translation>⚠ 명령이 끝났지만 아무것도 출력하지 않았습니다.</translation>
    </message>
    <message>
        <source>From the command; check it before sending.</source>
        <translation>명령의 출력입니다. 보내기 전에 확인하십시오.</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>명령을 실행하는 중…</translation>
    </message>
    <message>
        <source>This is not valid JSON; it will be sent as text.</source>
        <translation>올바른 JSON이 아닙니다. 텍스트로 전송됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>The answer called %n tool(s): give each call its result</source>
        <translation>
            <numerusform>응답에서 도구 %n개를 호출했습니다. 각 호출에 결과를 입력하십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>Or write a message below to go on without them.</source>
        <translation>또는 아래에 메시지를 작성하면 결과 없이 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>Send results</source>
        <translation>결과 보내기</translation>
    </message>
    <message>
        <source>Send the tool results</source>
        <translation>도구 결과 보내기</translation>
    </message>
    <message>
        <source>Ctrl+Enter in a result field</source>
        <translation>결과 필드에서 Ctrl+Enter</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>도구 호출</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ Arguments are not valid JSON:
%1</source>
        <translation>⚠ 인수가 올바른 JSON이 아닙니다:
%1</translation>
    </message>
    <message>
        <source>What %1 returned (text or JSON)</source>
        <translation>%1이(가) 반환한 결과(텍스트 또는 JSON)</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1의 결과</translation>
    </message>
    <message>
        <source>Call %1 with arguments %2</source>
        <translation>호출 %1, 인수 %2</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>명령 실행</translation>
    </message>
    <message>
        <source>Run the local command for %1</source>
        <translation>%1의 로컬 명령 실행</translation>
    </message>
    <message>
        <source>Runs the command set in Settings with this call on its standard input; its output is put here for you to check.</source>
        <translation>설정에서 지정한 명령을 이 호출을 표준 입력으로 전달하여 실행합니다. 출력은 확인할 수 있도록 여기에 들어갑니다.</translation>
    </message>
</context>
<context>
    <name>ToolCalls</name>
    <message>
        <source>the message has no tool calls to answer</source>
        <translation>메시지에 답할 도구 호출이 없습니다</translation>
    </message>
    <message>
        <source>call %1 is answered twice</source>
        <translation>호출 %1에 두 번 답했습니다</translation>
    </message>
    <message>
        <source>no call %1 to answer</source>
        <translation>답할 호출 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>call %1 (%2) has no answer</source>
        <translation>호출 %1(%2)에 대한 답이 없습니다</translation>
    </message>
</context>
<context>
    <name>ToolChoiceEditor</name>
    <message>
        <source>Tool choice</source>
        <translation>도구 선택</translation>
    </message>
    <message>
        <source>“%1” is not among the tools.</source>
        <translation>“%1”은(는) 도구에 없습니다.</translation>
    </message>
    <message>
        <source>The model decides whether to call a tool</source>
        <translation>도구 호출 여부를 모델이 결정합니다</translation>
    </message>
    <message>
        <source>The model answers without calling a tool</source>
        <translation>모델이 도구를 호출하지 않고 응답합니다</translation>
    </message>
    <message>
        <source>The model calls one or more tools</source>
        <translation>모델이 도구를 하나 이상 호출합니다</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>%1 호출</translation>
    </message>
    <message>
        <source>The model calls %1</source>
        <translation>모델이 %1을(를) 호출합니다</translation>
    </message>
    <message>
        <source>as loaded: %1</source>
        <translation>불러온 그대로: %1</translation>
    </message>
    <message>
        <source>call %1 (not among the tools)</source>
        <translation>%1 호출(도구에 없음)</translation>
    </message>
    <message>
        <source>“%1” is not among the tools: the server refuses this choice.</source>
        <translation>“%1”은(는) 도구에 없습니다. 서버에서 이 선택을 거부합니다.</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which one it must call</source>
        <translation>모델이 도구를 호출해도 되는지, 반드시 호출해야 하는지, 호출하면 안 되는지 또는 어떤 도구를 호출해야 하는지</translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>명령이 %n초 안에 끝나지 않아 중지했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command wrote more than %1 MB and was stopped.</source>
        <translation>명령의 출력이 %1MB를 넘어 중지했습니다.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>명령을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The command crashed.</source>
        <translation>명령이 비정상적으로 종료되었습니다.</translation>
    </message>
    <message>
        <source>The command ended with exit code %1.</source>
        <translation>명령이 종료 코드 %1(으)로 끝났습니다.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>strict mode may refuse %1: %2</source>
        <translation>strict 모드에서 %1이(가) 거부될 수 있음: %2</translation>
    </message>
    <message>
        <source>What it does and when to call it</source>
        <translation>하는 일과 호출할 시점</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>함수 추가</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Tools as JSON</source>
        <translation>도구(JSON)</translation>
    </message>
    <message>
        <source>Add a function tool</source>
        <translation>함수 도구 추가</translation>
    </message>
    <message>
        <source>Adds a function template to the list, to fill in and apply</source>
        <translation>목록에 함수 서식을 추가합니다. 내용을 채운 다음 적용하십시오</translation>
    </message>
    <message>
        <source>Apply tools</source>
        <translation>도구 적용</translation>
    </message>
    <message>
        <source>Use these tools from the next request on (Ctrl+Return)</source>
        <translation>다음 요청부터 이 도구를 사용합니다(Ctrl+Return)</translation>
    </message>
    <message>
        <source>These tools can&apos;t be sent: %1</source>
        <translation>이 도구를 보낼 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 is not a tool field and is not sent</source>
        <translation>%1은(는) 도구 필드가 아니므로 전송되지 않습니다</translation>
    </message>
    <message>
        <source>Make the text a valid JSON list first; the function is added to it.</source>
        <translation>먼저 텍스트를 올바른 JSON 배열로 만드십시오. 함수는 그 배열에 추가됩니다.</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>도구 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>도구 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied yet: Apply (Ctrl+Return) sends these tools.</source>
        <translation>아직 적용되지 않음: &apos;적용&apos;(Ctrl+Return)을 누르면 이 도구를 보냅니다.</translation>
    </message>
    <message>
        <source>Edited, not applied: the tools above are still sent.</source>
        <translation>편집했지만 적용되지 않음: 이전 도구가 계속 전송됩니다.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>Type a list of tools, or press “Add function”.</source>
        <translation>도구 목록을 입력하거나 “함수 추가”를 누르십시오.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (%2)</source>
        <translation>올바른 JSON이 아님: %1(%2)</translation>
    </message>
    <message>
        <source>tools must be a list: put the tool in [ … ]</source>
        <translation>tools는 배열이어야 합니다. 도구를 [ … ]로 감싸십시오</translation>
    </message>
    <message>
        <source>tools must hold at least one tool (the API refuses an empty list); switch tools off to send none</source>
        <translation>tools에는 도구가 하나 이상 있어야 합니다(API에서 빈 배열을 거부함). 보내지 않으려면 tools를 끄십시오</translation>
    </message>
    <message>
        <source>%1 must be 1–64 letters, digits, underscores or dashes</source>
        <translation>%1은(는) 영문자, 숫자, 밑줄, 하이픈으로 된 1–64자여야 합니다</translation>
    </message>
    <message>
        <source>%1: “%2” is already the name of tools[%3]</source>
        <translation>%1: “%2”은(는) 이미 tools[%3]의 이름입니다</translation>
    </message>
    <message>
        <source>The tools the model may call, as the JSON array the API takes; Ctrl+Return applies</source>
        <translation>모델이 호출할 수 있는 도구(API가 받는 JSON 배열). Ctrl+Return으로 적용합니다</translation>
    </message>
</context>
<context>
    <name>Wav</name>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>WAV 파일이 아닙니다(RIFF/WAVE 헤더 없음)</translation>
    </message>
    <message>
        <source>the WAV format chunk is truncated</source>
        <translation>WAV format 청크가 잘렸습니다</translation>
    </message>
    <message>
        <source>the WAV file is not PCM (format %1)</source>
        <translation>WAV 파일이 PCM이 아닙니다(형식 %1)</translation>
    </message>
    <message>
        <source>the WAV format chunk is invalid</source>
        <translation>WAV format 청크가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>the WAV data comes before its format</source>
        <translation>WAV data가 format보다 앞에 있습니다</translation>
    </message>
    <message>
        <source>the WAV file has no data chunk</source>
        <translation>WAV 파일에 data 청크가 없습니다</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli</name>
    <message>
        <source>--param must look like KEY=JSON, got &quot;%1&quot;</source>
        <translation>--param은 KEY=JSON 형식이어야 합니다(입력값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of messages (%2)</source>
        <translation>%1에는 메시지의 JSON 배열이 있어야 합니다(%2)</translation>
    </message>
    <message>
        <source>nothing to send: give a PROMPT, --messages-file or pipe text in</source>
        <translation>보낼 내용이 없습니다: PROMPT나 --messages-file을 지정하거나 파이프로 텍스트를 전달하십시오</translation>
    </message>
    <message>
        <source>no model: pass --model or save a default model in the profile</source>
        <translation>모델이 없습니다: --model을 지정하거나 프로필에 기본 모델을 저장하십시오</translation>
    </message>
    <message>
        <source>complete needs a PROMPT</source>
        <translation>complete에는 PROMPT가 필요합니다</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;</source>
        <translation>--header는 &apos;Name: value&apos; 형식이어야 합니다</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout에는 양수 초를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--retries needs a number, 0 or more</source>
        <translation>--retries에는 0 이상의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output은 text 또는 json이어야 합니다</translation>
    </message>
    <message>
        <source>--metadata must look like K=V</source>
        <translation>--metadata는 K=V 형식이어야 합니다</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit에는 양수를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation>--order는 asc 또는 desc여야 합니다</translation>
    </message>
    <message>
        <source>--proxy must be system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (never a password: it goes to the keychain)</source>
        <translation>--proxy는 system, none, http://[USER@]HOST:PORT 또는 socks5://[USER@]HOST:PORT여야 합니다(암호는 넣지 마십시오. 암호는 키체인에 저장됩니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>&quot;%1&quot;은(는) SHA-256 지문(16진수 64자리)이 아닙니다</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see: kaiwa-cli profile list)</source>
        <translation>이름이 &quot;%1&quot;인 프로필이 없습니다(kaiwa-cli profile list 참조)</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot; (openai, azure-openai, azure-inference, gateway, local)</source>
        <translation>알 수 없는 --provider &quot;%1&quot;(openai, azure-openai, azure-inference, gateway, local)</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot;</source>
        <translation>알 수 없는 --provider &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--base-url must be an http or https URL</source>
        <translation>--base-url은 http 또는 https URL이어야 합니다</translation>
    </message>
    <message>
        <source>no --base-url given for this provider</source>
        <translation>이 제공자에 --base-url을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>conversations search needs a QUERY</source>
        <translation>conversations search에는 QUERY가 필요합니다</translation>
    </message>
    <message>
        <source>--format must be json or markdown</source>
        <translation>--format은 json 또는 markdown이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>&quot;%1&quot;은(는) 대화 ID가 아닙니다</translation>
    </message>
    <message>
        <source>Markdown export takes exactly one conversation ID</source>
        <translation>Markdown 내보내기에는 대화 ID를 정확히 하나 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 (at %3)</source>
        <translation>%1을(를) 가져오지 못했습니다: %2(위치: %3)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n conversation(s)</source>
        <translation>
            <numerusform>대화 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conversations command &quot;%1&quot; (list, search, export, import)</source>
        <translation>알 수 없는 conversations 명령 &quot;%1&quot;(list, search, export, import)</translation>
    </message>
    <message>
        <source>this provider needs --base-url</source>
        <translation>이 제공자에는 --base-url이 필요합니다</translation>
    </message>
    <message>
        <source>--auth must be bearer, api-key, both or none</source>
        <translation>--auth는 bearer, api-key, both 또는 none이어야 합니다</translation>
    </message>
    <message>
        <source>--token-field must be max_completion_tokens or max_tokens</source>
        <translation>--token-field는 max_completion_tokens 또는 max_tokens여야 합니다</translation>
    </message>
    <message>
        <source>--extra-body must be a JSON object</source>
        <translation>--extra-body는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>profile %1 needs a NAME</source>
        <translation>profile %1에는 NAME이 필요합니다</translation>
    </message>
    <message>
        <source>saved profile %1; set its key with: kaiwa-cli profile set-key %1</source>
        <translation>프로필 %1을(를) 저장했습니다. 키 설정: kaiwa-cli profile set-key %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>이름이 &quot;%1&quot;인 프로필이 없습니다</translation>
    </message>
    <message>
        <source>removed profile %1</source>
        <translation>프로필 %1을(를) 제거했습니다</translation>
    </message>
    <message>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</source>
        <translation>표준 입력에 비밀 정보가 없습니다(예: printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</translation>
    </message>
    <message>
        <source>the key was not saved: no system keychain</source>
        <translation>키를 저장하지 않았습니다: 시스템 키체인이 없습니다</translation>
    </message>
    <message>
        <source>stored the proxy password of %1 in the system keychain</source>
        <translation>%1의 프록시 암호를 시스템 키체인에 저장했습니다</translation>
    </message>
    <message>
        <source>stored the key of %1 in the system keychain</source>
        <translation>%1의 키를 시스템 키체인에 저장했습니다</translation>
    </message>
    <message>
        <source>unknown profile command &quot;%1&quot; (list, add, remove, set-key, set-proxy-password)</source>
        <translation>알 수 없는 profile 명령 &quot;%1&quot;(list, add, remove, set-key, set-proxy-password)</translation>
    </message>
    <message>
        <source>--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)</source>
        <translation>--save에는 텍스트 프롬프트를 지정해야 합니다(--messages-file, --image, --audio, --no-stream은 사용할 수 없음)</translation>
    </message>
    <message>
        <source>stored %1 needs a completion ID</source>
        <translation>stored %1에는 완성 ID가 필요합니다</translation>
    </message>
    <message>
        <source>stored update needs --metadata K=V (the server replaces the whole map)</source>
        <translation>stored update에는 --metadata K=V가 필요합니다(서버가 메타데이터 전체를 대체함)</translation>
    </message>
    <message>
        <source>unknown stored command &quot;%1&quot; (list, get, messages, update, delete)</source>
        <translation>알 수 없는 stored 명령 &quot;%1&quot;(list, get, messages, update, delete)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file name, %2 what is wrong in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[tool call %1] %2 %3</source>
        <extracomment>%1 the call&apos;s id, %2 the function&apos;s name, %3 its JSON arguments</extracomment>
        <translation>[도구 호출 %1] %2 %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2 (see: kaiwa-cli --help)</source>
        <translation>알 수 없는 명령 &quot;%1&quot;. 사용할 수 있는 명령: %2(kaiwa-cli --help 참조)</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; its subcommands are: %3 (see: kaiwa-cli help %1)</source>
        <translation>알 수 없는 %1 명령 &quot;%2&quot;. 하위 명령: %3(kaiwa-cli help %1 참조)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (see: kaiwa-cli help %2)</source>
        <translation>--%1은(는) %2에 사용할 수 없습니다(kaiwa-cli help %2 참조)</translation>
    </message>
    <message>
        <source>no command given (see: kaiwa-cli --help)</source>
        <translation>명령을 지정하지 않았습니다(kaiwa-cli --help 참조)</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2 (see: kaiwa-cli help %1)</source>
        <translation>%1에는 하위 명령이 필요합니다: %2(kaiwa-cli help %1 참조)</translation>
    </message>
    <message>
        <source>%1 Continuing without an API key.</source>
        <translation>%1 API 키 없이 계속합니다.</translation>
    </message>
    <message>
        <source>command line</source>
        <extracomment>The name of the profile made from command-line options (shown in error messages).</extracomment>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 s</source>
        <extracomment>%1 why the request failed, %2 the retry&apos;s number, %3 seconds until it starts</extracomment>
        <translation>%1. %3초 후 %2번째 재시도</translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>Prefix of every error line on standard error: &quot;kaiwa-cli: error: …&quot;</extracomment>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>Prefix of a warning line on standard error: &quot;kaiwa-cli: warning: …&quot;</extracomment>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 삭제됨</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 업데이트됨</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli help</name>
    <message>
        <source>List the model ids the server offers.</source>
        <translation>서버가 제공하는 모델 ID를 나열합니다.</translation>
    </message>
    <message>
        <source>Lists the models of the server (GET /models), one id per line. With --output json, prints the server&apos;s answer as it came.</source>
        <translation>서버의 모델(GET /models)을 한 줄에 ID 하나씩 나열합니다. --output json을 지정하면 서버의 응답을 받은 그대로 출력합니다.</translation>
    </message>
    <message>
        <source>Send a chat completion and stream the answer.</source>
        <translation>채팅 완성 요청을 보내고 응답을 스트리밍합니다.</translation>
    </message>
    <message>
        <source>Sends a Chat Completions request and prints choice 0 of the answer as it streams in. With --output json, prints one chat.completion assembled from the stream (with --no-stream, the server&apos;s object). Tool calls are printed as &quot;[tool call ID] NAME ARGUMENTS&quot;.

The model comes from --model or the profile&apos;s default model. Ctrl+C stops the request and keeps the partial answer.</source>
        <translation>Chat Completions 요청을 보내고 응답의 선택지 0을 스트리밍되는 대로 출력합니다. --output json을 지정하면 스트림을 모아 만든 chat.completion 하나를 출력합니다(--no-stream을 지정하면 서버의 객체). 도구 호출은 &quot;[도구 호출 ID] NAME ARGUMENTS&quot; 형식으로 출력합니다.

모델은 --model 또는 프로필의 기본 모델을 사용합니다. Ctrl+C를 누르면 요청을 중지하고 받은 부분까지의 응답을 유지합니다.</translation>
    </message>
    <message>
        <source>The user message: the words after chat, or standard input when it is not a terminal.</source>
        <translation>사용자 메시지: chat 뒤의 단어들 또는 표준 입력(터미널이 아닌 경우).</translation>
    </message>
    <message>
        <source>Send a legacy text completion (/completions).</source>
        <translation>기존 텍스트 완성(/completions) 요청을 보냅니다.</translation>
    </message>
    <message>
        <source>Sends a legacy Completions request (POST /completions) and prints the text as it streams in.</source>
        <translation>기존 Completions 요청(POST /completions)을 보내고 텍스트를 스트리밍되는 대로 출력합니다.</translation>
    </message>
    <message>
        <source>The text to continue: the words after complete, or standard input.</source>
        <translation>이어서 쓸 텍스트: complete 뒤의 단어들 또는 표준 입력.</translation>
    </message>
    <message>
        <source>Completions stored on the server (chat --store).</source>
        <translation>서버에 저장된 완성(chat --store).</translation>
    </message>
    <message>
        <source>Lists, shows, updates and deletes the chat completions that the server stored because the request had store: true (kaiwa-cli chat --store).</source>
        <translation>요청에 store: true가 있어 서버가 저장한 채팅 완성을 나열, 표시, 업데이트, 삭제합니다(kaiwa-cli chat --store).</translation>
    </message>
    <message>
        <source>List stored completions.</source>
        <translation>저장된 완성을 나열합니다.</translation>
    </message>
    <message>
        <source>Lists stored completions, one per line: id, creation time (UTC), model and metadata. --model and --metadata filter; --all follows every page.</source>
        <translation>저장된 완성을 한 줄에 하나씩 ID, 생성 시각(UTC), 모델, 메타데이터로 나열합니다. --model과 --metadata로 필터링하고 --all을 지정하면 모든 페이지를 가져옵니다.</translation>
    </message>
    <message>
        <source>Show one stored completion.</source>
        <translation>저장된 완성 하나를 표시합니다.</translation>
    </message>
    <message>
        <source>Prints the id, model and metadata of a stored completion, then the text of its answer.</source>
        <translation>저장된 완성의 ID, 모델, 메타데이터를 출력한 다음 응답 텍스트를 출력합니다.</translation>
    </message>
    <message>
        <source>The completion&apos;s id (chatcmpl-…).</source>
        <translation>완성의 ID(chatcmpl-…).</translation>
    </message>
    <message>
        <source>List the request messages of a stored completion.</source>
        <translation>저장된 완성의 요청 메시지를 나열합니다.</translation>
    </message>
    <message>
        <source>Lists the messages of the request that produced a stored completion, one &quot;role: text&quot; line each.</source>
        <translation>저장된 완성을 만든 요청의 메시지를 메시지마다 &quot;role: text&quot; 한 줄로 나열합니다.</translation>
    </message>
    <message>
        <source>Replace the metadata of a stored completion.</source>
        <translation>저장된 완성의 메타데이터를 바꿉니다.</translation>
    </message>
    <message>
        <source>Sets the metadata of a stored completion to the --metadata pairs given; the server replaces the whole map.</source>
        <translation>저장된 완성의 메타데이터를 지정한 --metadata 쌍으로 설정합니다. 서버는 메타데이터 전체를 대체합니다.</translation>
    </message>
    <message>
        <source>Delete a stored completion.</source>
        <translation>저장된 완성을 삭제합니다.</translation>
    </message>
    <message>
        <source>Deletes a stored completion from the server.</source>
        <translation>서버에서 저장된 완성을 삭제합니다.</translation>
    </message>
    <message>
        <source>Saved provider profiles.</source>
        <translation>저장된 제공자 프로필.</translation>
    </message>
    <message>
        <source>Manages the provider profiles that kaiwa-cli and the Kaiwa app share. A profile keeps everything but its secrets in profiles.ini; the API key and the proxy password go to the OS keychain and are read from standard input, never from the command line. Use a profile with --profile NAME.</source>
        <translation>kaiwa-cli와 Kaiwa 앱이 공유하는 제공자 프로필을 관리합니다. 프로필은 비밀 정보를 제외한 모든 것을 profiles.ini에 보관합니다. API 키와 프록시 암호는 OS 키체인에 저장되며 명령줄이 아닌 표준 입력에서만 읽습니다. 프로필을 사용하려면 --profile NAME을 지정하십시오.</translation>
    </message>
    <message>
        <source>List saved profiles.</source>
        <translation>저장된 프로필을 나열합니다.</translation>
    </message>
    <message>
        <source>Lists the saved profiles, one per line: name, provider, base URL and default model. With --output json, every setting of each profile (never the key).</source>
        <translation>저장된 프로필을 한 줄에 하나씩 이름, 제공자, 기본 URL, 기본 모델로 나열합니다. --output json을 지정하면 각 프로필의 모든 설정을 출력합니다(키는 제외).</translation>
    </message>
    <message>
        <source>Save a profile, or change a saved one.</source>
        <translation>프로필을 저장하거나 저장된 프로필을 변경합니다.</translation>
    </message>
    <message>
        <source>Saves the profile NAME with the options given. For a profile that exists, the options given replace its settings and the others stay; --provider starts again from that provider&apos;s defaults. Then set its key with profile set-key.</source>
        <translation>지정한 옵션으로 프로필 NAME을 저장합니다. 이미 있는 프로필이면 지정한 옵션이 해당 설정을 대체하고 나머지는 그대로 유지됩니다. --provider를 지정하면 그 제공자의 기본값에서 다시 시작합니다. 그런 다음 profile set-key로 키를 설정하십시오.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>프로필 이름.</translation>
    </message>
    <message>
        <source>Delete a profile and its secrets.</source>
        <translation>프로필과 비밀 정보를 삭제합니다.</translation>
    </message>
    <message>
        <source>Deletes the profile, its key and its proxy password.</source>
        <translation>프로필과 해당 키, 프록시 암호를 삭제합니다.</translation>
    </message>
    <message>
        <source>Store a profile&apos;s API key in the keychain.</source>
        <translation>프로필의 API 키를 키체인에 저장합니다.</translation>
    </message>
    <message>
        <source>Reads the API key from standard input and stores it in the OS keychain (the Secret Service on Linux). Without a keychain, nothing is stored and the exit status is 1.</source>
        <translation>표준 입력에서 API 키를 읽어 OS 키체인(Linux에서는 Secret Service)에 저장합니다. 키체인이 없으면 아무것도 저장하지 않으며 종료 상태는 1입니다.</translation>
    </message>
    <message>
        <source>Store a profile&apos;s proxy password in the keychain.</source>
        <translation>프로필의 프록시 암호를 키체인에 저장합니다.</translation>
    </message>
    <message>
        <source>Reads the password of the profile&apos;s proxy user (profile add sets the proxy) from standard input and stores it in the OS keychain, never in profiles.ini.</source>
        <translation>프로필의 프록시 사용자 암호(프록시는 profile add로 설정)를 표준 입력에서 읽어 profiles.ini가 아닌 OS 키체인에 저장합니다.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation history.</source>
        <translation>Kaiwa의 대화 기록.</translation>
    </message>
    <message>
        <source>Lists, searches, exports and imports the conversations of the Kaiwa app (and of chat --save). They are local: no server is contacted.</source>
        <translation>Kaiwa 앱(및 chat --save)의 대화를 나열, 검색, 내보내기, 가져오기합니다. 대화는 로컬에 있으므로 서버에 연결하지 않습니다.</translation>
    </message>
    <message>
        <source>List conversations.</source>
        <translation>대화를 나열합니다.</translation>
    </message>
    <message>
        <source>Lists the conversations, one per line: id, last change (UTC) and title.</source>
        <translation>대화를 한 줄에 하나씩 ID, 마지막 변경 시각(UTC), 제목으로 나열합니다.</translation>
    </message>
    <message>
        <source>Search every message.</source>
        <translation>모든 메시지를 검색합니다.</translation>
    </message>
    <message>
        <source>Searches the text of every message, in any language (one character is enough). Prints conversation id, message id, title and a snippet per hit.</source>
        <translation>모든 메시지의 텍스트를 언어에 관계없이 검색합니다(한 글자로도 충분). 찾은 항목마다 대화 ID, 메시지 ID, 제목, 발췌문을 출력합니다.</translation>
    </message>
    <message>
        <source>The words to find (the rest of the line).</source>
        <translation>찾을 단어(줄의 나머지 부분).</translation>
    </message>
    <message>
        <source>Print conversations as JSON or Markdown.</source>
        <translation>대화를 JSON 또는 Markdown으로 출력합니다.</translation>
    </message>
    <message>
        <source>Prints the conversations as Kaiwa JSON (lossless, attachments included), or one conversation as Markdown.</source>
        <translation>대화를 Kaiwa JSON(손실 없음, 첨부 파일 포함)으로 출력하거나 대화 하나를 Markdown으로 출력합니다.</translation>
    </message>
    <message>
        <source>Conversation ids (default: all; exactly one for Markdown).</source>
        <translation>대화 ID(기본값: 전체, Markdown에는 정확히 하나).</translation>
    </message>
    <message>
        <source>Import Kaiwa JSON or a ChatGPT export.</source>
        <translation>Kaiwa JSON 또는 ChatGPT 내보내기 파일을 가져옵니다.</translation>
    </message>
    <message>
        <source>Imports a Kaiwa JSON export or a ChatGPT conversations.json, all in one transaction: nothing is imported when the file has an error.</source>
        <translation>Kaiwa JSON 내보내기 파일 또는 ChatGPT conversations.json을 하나의 트랜잭션으로 가져옵니다. 파일에 오류가 있으면 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>가져올 파일.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>명령의 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Prints the help of a command or subcommand, or this overview without one. &quot;kaiwa-cli COMMAND --help&quot; does the same.</source>
        <translation>명령이나 하위 명령의 도움말을 출력하고, 지정하지 않으면 이 개요를 출력합니다. &quot;kaiwa-cli COMMAND --help&quot;도 같습니다.</translation>
    </message>
    <message>
        <source>A command, and for a group one of its subcommands.</source>
        <translation>명령. 그룹이면 그 하위 명령 중 하나도 지정합니다.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the keychain failed; 2 usage error; 3 API error (an HTTP error status or an error in the stream); 4 network error, timeout, or a stream that ended early. On 3 and 4, standard output keeps what arrived and standard error has one line &quot;kaiwa-cli: error: ...&quot;.</source>
        <translation>종료 상태: 0 성공, 1 키체인 실패, 2 사용법 오류, 3 API 오류(HTTP 오류 상태 또는 스트림 내 오류), 4 네트워크 오류, 시간 초과 또는 일찍 끝난 스트림. 3과 4에서는 표준 출력에 도착한 내용이 남고 표준 오류에 &quot;kaiwa-cli: 오류: ...&quot; 한 줄이 출력됩니다.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the conversation database, the profile file or the keychain failed; 2 usage error.</source>
        <translation>종료 상태: 0 성공, 1 대화 데이터베이스, 프로필 파일 또는 키체인 실패, 2 사용법 오류.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 2 unknown command.</source>
        <translation>종료 상태: 0 성공, 2 알 수 없는 명령.</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</source>
        <translation>사용법: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Talks to any OpenAI-compatible Chat Completions API, and to the profiles and conversation history it shares with the Kaiwa app.</source>
        <translation>OpenAI 호환 Chat Completions API와 통신하고, Kaiwa 앱과 공유하는 프로필 및 대화 기록을 다룹니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Connection options (models, chat, complete, stored):</source>
        <translation>연결 옵션(models, chat, complete, stored):</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>전역 옵션:</translation>
    </message>
    <message>
        <source>Options may come anywhere on the line. &quot;kaiwa-cli help COMMAND&quot; (or &quot;kaiwa-cli COMMAND --help&quot;) shows a command&apos;s own options, arguments and examples; &quot;man kaiwa-cli&quot; has everything.

The API key comes from the OS keychain (--profile) or from $KAIWA_API_KEY or $OPENAI_API_KEY; it is never accepted on the command line.</source>
        <translation>옵션은 줄의 어디에나 올 수 있습니다. &quot;kaiwa-cli help COMMAND&quot;(또는 &quot;kaiwa-cli COMMAND --help&quot;)는 명령 고유의 옵션, 인수, 예제를 보여 주며, &quot;man kaiwa-cli&quot;에는 모든 내용이 있습니다.

API 키는 OS 키체인(--profile) 또는 $KAIWA_API_KEY나 $OPENAI_API_KEY에서 가져옵니다. 명령줄에서는 절대 받지 않습니다.</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] %1</source>
        <translation>사용법: kaiwa-cli [OPTIONS] %1</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>하위 명령:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>인수:</translation>
    </message>
    <message>
        <source>Options of its subcommands:</source>
        <translation>하위 명령의 옵션:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Connection options: %1 (see: kaiwa-cli --help).</source>
        <translation>연결 옵션: %1(kaiwa-cli --help 참조).</translation>
    </message>
    <message>
        <source>Global options: %1.</source>
        <translation>전역 옵션: %1.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>예제:</translation>
    </message>
    <message>
        <source>Run &quot;kaiwa-cli help %1 SUBCOMMAND&quot; for the options and examples of a subcommand.</source>
        <translation>하위 명령의 옵션과 예제를 보려면 &quot;kaiwa-cli help %1 SUBCOMMAND&quot;를 실행하십시오.</translation>
    </message>
    <message>
        <source>Show help (for a command: its own).</source>
        <translation>도움말을 표시합니다(명령에서는 그 명령의 도움말).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>text (default) or json: the server&apos;s JSON, or one JSON document for local data.</source>
        <translation>text(기본값) 또는 json: 서버의 JSON, 로컬 데이터는 JSON 문서 하나.</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation>API의 기본 URL(예: https://api.openai.com/v1).</translation>
    </message>
    <message>
        <source>openai (default), azure-openai, azure-inference, gateway or local: sets the authentication and URL style.</source>
        <translation>openai(기본값), azure-openai, azure-inference, gateway 또는 local: 인증 방식과 URL 형식을 정합니다.</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable instead of KAIWA_API_KEY or OPENAI_API_KEY (also instead of the keychain with --profile).</source>
        <translation>KAIWA_API_KEY나 OPENAI_API_KEY 대신 이 환경 변수에서 API 키를 읽습니다(--profile과 함께 쓰면 키체인 대신).</translation>
    </message>
    <message>
        <source>The api-version query parameter (Azure).</source>
        <translation>api-version 쿼리 매개변수(Azure).</translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation>추가 요청 헤더 &apos;Name: value&apos;(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain); the options above override its settings for this run.</source>
        <translation>저장된 프로필을 사용합니다(키는 OS 키체인에서 가져옴). 위의 옵션은 이번 실행에서 프로필 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation>데이터 없이 기다릴 초(연결 및 스트림, 기본값 60).</translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx before any answer arrived (default 2).</source>
        <translation>응답이 도착하기 전의 연결 오류, 408, 409, 429, 5xx에 대한 재시도 횟수(기본값 2).</translation>
    </message>
    <message>
        <source>system (default), none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT; the password comes from the keychain (profile set-proxy-password).</source>
        <translation>system(기본값), none, http://[USER@]HOST:PORT 또는 socks5://[USER@]HOST:PORT. 암호는 키체인에서 가져옵니다(profile set-proxy-password).</translation>
    </message>
    <message>
        <source>PEM file of CA certificates trusted besides the system&apos;s.</source>
        <translation>시스템 인증서 외에 추가로 신뢰할 CA 인증서의 PEM 파일.</translation>
    </message>
    <message>
        <source>PEM client certificate (mutual TLS).</source>
        <translation>PEM 클라이언트 인증서(상호 TLS).</translation>
    </message>
    <message>
        <source>Its PEM private key (without a passphrase).</source>
        <translation>해당 PEM 개인 키(암호 문구 없음).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint that the server&apos;s certificate or its CA must have (repeatable).</source>
        <translation>서버 인증서 또는 해당 CA가 가져야 하는 SHA-256 지문(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Accept this one certificate despite its TLS errors (SHA-256, repeatable).</source>
        <translation>TLS 오류가 있어도 이 인증서 하나를 허용합니다(SHA-256, 여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Model id or Azure deployment (chat, complete: default from the profile; stored list: only this model&apos;s; profile add: the profile&apos;s default).</source>
        <translation>모델 ID 또는 Azure 배포(chat, complete: 기본값은 프로필에서, stored list: 이 모델의 것만, profile add: 프로필의 기본 모델).</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>시스템 프롬프트.</translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT (the API&apos;s own message format).</source>
        <translation>PROMPT 앞에 보낼 메시지의 JSON 배열(API 고유의 메시지 형식).</translation>
    </message>
    <message>
        <source>Image file or URL to attach (repeatable).</source>
        <translation>첨부할 이미지 파일 또는 URL(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Audio file to attach (wav or mp3).</source>
        <translation>첨부할 오디오 파일(wav 또는 mp3).</translation>
    </message>
    <message>
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable), e.g. temperature=0.2.</source>
        <translation>요청 매개변수 KEY=JSON 또는 KEY=@file.json(여러 번 지정 가능). 예: temperature=0.2.</translation>
    </message>
    <message>
        <source>Ask for one JSON answer instead of a stream.</source>
        <translation>스트림 대신 JSON 응답 하나를 요청합니다.</translation>
    </message>
    <message>
        <source>Store the completion on the server (store: true).</source>
        <translation>완성을 서버에 저장합니다(store: true).</translation>
    </message>
    <message>
        <source>Also save the exchange in Kaiwa&apos;s conversation history (a text prompt only).</source>
        <translation>주고받은 내용을 Kaiwa의 대화 기록에도 저장합니다(텍스트 프롬프트만).</translation>
    </message>
    <message>
        <source>Metadata pair (repeatable): sent with chat, a filter for stored list, the new map for stored update.</source>
        <translation>메타데이터 쌍(여러 번 지정 가능): chat에서는 함께 전송, stored list에서는 필터, stored update에서는 새 메타데이터.</translation>
    </message>
    <message>
        <source>Text that follows the completion.</source>
        <translation>완성 뒤에 오는 텍스트.</translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation>페이지당 항목 수.</translation>
    </message>
    <message>
        <source>asc or desc.</source>
        <translation>asc 또는 desc.</translation>
    </message>
    <message>
        <source>Start after this id.</source>
        <translation>이 ID 다음부터 시작합니다.</translation>
    </message>
    <message>
        <source>Follow every page and print them as one list.</source>
        <translation>모든 페이지를 가져와 하나의 목록으로 출력합니다.</translation>
    </message>
    <message>
        <source>How the key is sent: bearer, api-key, both or none (default: the provider&apos;s).</source>
        <translation>키를 보내는 방식: bearer, api-key, both 또는 none(기본값: 제공자의 기본 방식).</translation>
    </message>
    <message>
        <source>Name of the token-limit field: max_completion_tokens or max_tokens.</source>
        <translation>토큰 제한 필드 이름: max_completion_tokens 또는 max_tokens.</translation>
    </message>
    <message>
        <source>JSON object merged into every request body.</source>
        <translation>모든 요청 본문에 병합할 JSON 객체.</translation>
    </message>
    <message>
        <source>Value of the extra-parameters header (Azure AI inference: pass-through, drop or error).</source>
        <translation>extra-parameters 헤더의 값(Azure AI inference: pass-through, drop 또는 error).</translation>
    </message>
    <message>
        <source>json (default) or markdown (one conversation).</source>
        <translation>json(기본값) 또는 markdown(대화 하나).</translation>
    </message>
</context>
</TS>
