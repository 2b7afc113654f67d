<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped: %1</source>
        <translation>Resposta interrompida: %1</translation>
    </message>
    <message>
        <source>the answer was interrupted</source>
        <translation>a resposta foi interrompida</translation>
    </message>
    <message>
        <source>Answer finished: %1</source>
        <translation>Resposta concluída: %1</translation>
    </message>
    <message>
        <source>Answer finished: the model calls %1</source>
        <translation>Resposta concluída: o modelo chama %1</translation>
    </message>
    <message>
        <source>Answer finished</source>
        <translation>Resposta concluída</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erro de rede</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>erro de TLS</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>erro HTTP</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>erro da API</translation>
    </message>
    <message>
        <source>stream ended early</source>
        <translation>streaming terminou antes do fim</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>resposta malformada</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>resposta grande demais</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>erro do chaveiro</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>erro de uso</translation>
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
        <translation>%1 [requisição %2]</translation>
    </message>
    <message>
        <source>the server refused the request as malformed</source>
        <translation>o servidor recusou a requisição por estar malformada</translation>
    </message>
    <message>
        <source>the API key was refused; check it in the profile</source>
        <translation>a chave da API foi recusada; verifique-a no perfil</translation>
    </message>
    <message>
        <source>this key may not use this model or endpoint</source>
        <translation>esta chave não tem permissão para usar este modelo ou endpoint</translation>
    </message>
    <message>
        <source>not found; check the profile&apos;s base URL and the model name</source>
        <translation>não encontrado; verifique a URL base do perfil e o nome do modelo</translation>
    </message>
    <message>
        <source>the server gave up waiting for the request</source>
        <translation>o servidor desistiu de esperar pela requisição</translation>
    </message>
    <message>
        <source>the request conflicts with the server&apos;s state; try again</source>
        <translation>a requisição entra em conflito com o estado do servidor; tente novamente</translation>
    </message>
    <message>
        <source>the request is too large for the server</source>
        <translation>a requisição é grande demais para o servidor</translation>
    </message>
    <message>
        <source>too many requests; wait and try again</source>
        <translation>requisições demais; aguarde e tente novamente</translation>
    </message>
    <message>
        <source>the server failed with an internal error</source>
        <translation>o servidor falhou com um erro interno</translation>
    </message>
    <message>
        <source>a gateway in between got no valid answer from the server</source>
        <translation>um gateway intermediário não recebeu uma resposta válida do servidor</translation>
    </message>
    <message>
        <source>the service is unavailable or overloaded; try again later</source>
        <translation>o serviço está indisponível ou sobrecarregado; tente novamente mais tarde</translation>
    </message>
    <message>
        <source>a gateway in between timed out waiting for the server</source>
        <translation>um gateway intermediário esgotou o tempo de espera pelo servidor</translation>
    </message>
    <message>
        <source>the server redirected the request</source>
        <translation>o servidor redirecionou a requisição</translation>
    </message>
    <message>
        <source>the server gave no message</source>
        <translation>o servidor não deu nenhuma mensagem</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?)</source>
        <translation>o servidor respondeu com uma página HTML em vez de JSON (há um proxy ou gateway no meio?)</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON (a proxy or gateway in between?): %1</source>
        <translation>o servidor respondeu com uma página HTML em vez de JSON (há um proxy ou gateway no meio?): %1</translation>
    </message>
    <message>
        <source>an error occurred during streaming</source>
        <translation>ocorreu um erro durante o streaming</translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <source>Forget key</source>
        <translation>Esquecer chave</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave da API</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar a chave da API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation>Esquecer a chave da API armazenada</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s key from the system keychain</source>
        <translation>Remove a chave deste perfil do chaveiro do sistema</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Ocultar a chave da API</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Há uma chave armazenada no chaveiro do sistema. Digite uma nova para substituí-la.</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>•••••••• (armazenada)</translation>
    </message>
    <message>
        <source>No key needed for most local servers. A key you enter is stored in the system keychain.</source>
        <translation>A maioria dos servidores locais não precisa de chave. A chave que você digitar será armazenada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>No key stored yet. It will be stored in the system keychain.</source>
        <translation>Nenhuma chave armazenada ainda. Ela será armazenada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>paste your API key</source>
        <translation>cole sua chave da API</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain, never in Kaiwa&apos;s settings.</source>
        <translation>A chave é armazenada no chaveiro do sistema, nunca nas configurações do Kaiwa.</translation>
    </message>
    <message>
        <source>Keys are kept in memory only and are forgotten when Kaiwa quits.</source>
        <translation>As chaves ficam apenas na memória e são esquecidas quando o Kaiwa é fechado.</translation>
    </message>
    <message>
        <source>The secret key the service gave you; it is kept in the system keychain, not in a file</source>
        <translation>A chave secreta que o serviço lhe forneceu; ela é guardada no chaveiro do sistema, não em um arquivo</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>no data from the server for %1 s</source>
        <translation>nenhum dado do servidor por %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n s)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1 (tente novamente em %n s)</numerusform>
            <numerusform>%1 (tente novamente em %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (try again in %n min)</source>
        <comment>the server&apos;s message, then when to try again</comment>
        <translation>
            <numerusform>%1 (tente novamente em %n min)</numerusform>
            <numerusform>%1 (tente novamente em %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server redirected the request to %1; Kaiwa does not follow redirects, so the API key was not sent there. If that address is right, make it the profile&apos;s base URL.</source>
        <translation>o servidor redirecionou a requisição para %1; o Kaiwa não segue redirecionamentos, por isso a chave da API não foi enviada para lá. Se esse endereço estiver correto, defina-o como a URL base do perfil.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The conversation history could not be opened, so this session is not saved. %1</source>
        <translation>Não foi possível abrir o histórico de conversas, por isso esta sessão não será salva. %1</translation>
    </message>
</context>
<context>
    <name>AttachmentIntake</name>
    <message>
        <source>%1 is %2; files up to %3 can be attached.</source>
        <translation>%1 tem %2; só é possível anexar arquivos de até %3.</translation>
    </message>
    <message>
        <source>Scaled from %1 × %2 to %3 × %4</source>
        <translation>Redimensionada de %1 × %2 para %3 × %4</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files inside it.</source>
        <translation>%1 é uma pasta; anexe os arquivos contidos nela.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The data URL is not base64-encoded image data.</source>
        <translation>A URL de dados não contém dados de imagem codificados em base64.</translation>
    </message>
    <message>
        <source>The data URL&apos;s base64 is damaged.</source>
        <translation>O base64 da URL de dados está corrompido.</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagem colada</translation>
    </message>
    <message>
        <source>%1 is not an http(s) address of an image.</source>
        <translation>%1 não é um endereço http(s) de uma imagem.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Image %1</source>
        <translation>Imagem %1</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Imagem de %1</translation>
    </message>
    <message>
        <source>Audio %1 (%2)</source>
        <translation>Áudio %1 (%2)</translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation>Áudio %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Arquivo %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Low (faster, cheaper)</source>
        <translation>Baixo (mais rápido e barato)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Backspace or Delete removes the selected attachment</source>
        <translation>Backspace ou Delete remove o anexo selecionado</translation>
    </message>
</context>
<context>
    <name>AudioConverter</name>
    <message>
        <source>%1 could not be converted: decoding took too long.</source>
        <translation>Não foi possível converter %1: a decodificação demorou demais.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Não foi possível ler %1: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio files.</source>
        <translation>%1 tem %2 MB, acima do limite de %3 MB para arquivos de áudio.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for audio sent to the model.</source>
        <translation>%1 tem %2 MB, acima do limite de %3 MB para áudio enviado ao modelo.</translation>
    </message>
    <message>
        <source>%1 is not audio: it looks like %2.</source>
        <translation>%1 não é áudio: parece ser %2.</translation>
    </message>
    <message>
        <source>%1 could not be converted: this system has no audio decoder. Attach a WAV or MP3 file instead.</source>
        <translation>Não foi possível converter %1: este sistema não tem decodificador de áudio. Anexe um arquivo WAV ou MP3.</translation>
    </message>
    <message>
        <source>the sample rate changes in the middle</source>
        <translation>a taxa de amostragem muda no meio</translation>
    </message>
    <message>
        <source>%1 is too long: converted to WAV it would be over %2 MB (about %3 minutes).</source>
        <translation>%1 é longo demais: convertido para WAV, passaria de %2 MB (cerca de %3 minutos).</translation>
    </message>
    <message>
        <source>%1 could not be converted: it contains no sound the decoder could read.</source>
        <translation>Não foi possível converter %1: ele não contém nenhum som que o decodificador consiga ler.</translation>
    </message>
    <message>
        <source>%1 is not a sound file Kaiwa can read (%2).</source>
        <translation>%1 não é um arquivo de som que o Kaiwa consiga ler (%2).</translation>
    </message>
    <message>
        <source>%1 could not be decoded as audio (%2).</source>
        <translation>Não foi possível decodificar %1 como áudio (%2).</translation>
    </message>
</context>
<context>
    <name>AudioLevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
</context>
<context>
    <name>AudioPlayerWidget</name>
    <message>
        <source>Save Audio</source>
        <translation>Salvar áudio</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Position and duration</source>
        <translation>Posição e duração</translation>
    </message>
    <message>
        <source>Save audio as…</source>
        <translation>Salvar áudio como…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>This audio cannot be played here: %1</source>
        <translation>Este áudio não pode ser reproduzido aqui: %1</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Áudio WAV (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>Áudio MP3 (*.mp3)</translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation>Áudio (*.%1)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Não foi possível salvar %1: %2.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Where playback is; move it to jump</source>
        <translation>A posição da reprodução; mova-a para saltar</translation>
    </message>
</context>
<context>
    <name>AudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one, or check that the system&apos;s sound settings can see it.</source>
        <translation>Nenhum microfone foi encontrado. Conecte um ou verifique se as configurações de som do sistema o reconhecem.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or Kaiwa may not be allowed to use it (see the system&apos;s privacy or sound settings).</source>
        <translation>Não foi possível abrir o microfone. Outro programa pode estar usando-o, ou o Kaiwa pode não ter permissão para usá-lo (veja as configurações de privacidade ou de som do sistema).</translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation>O microfone parou de funcionar.</translation>
    </message>
    <message>
        <source>What was recorded until then is kept.</source>
        <translation>O que foi gravado até então foi mantido.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. What was recorded until then is kept.</source>
        <translation>O microfone foi desconectado. O que foi gravado até então foi mantido.</translation>
    </message>
</context>
<context>
    <name>ChatAccumulator</name>
    <message>
        <source>the stream ended in the middle of an event</source>
        <translation>o streaming terminou no meio de um evento</translation>
    </message>
    <message>
        <source>malformed JSON in the stream: %1</source>
        <translation>JSON malformado no streaming: %1</translation>
    </message>
    <message>
        <source>the server sent choice index %1, outside 0…%2</source>
        <translation>o servidor enviou o índice de alternativa %1, fora de 0…%2</translation>
    </message>
    <message numerus="yes">
        <source>the server sent tool call index %1; Kaiwa accepts at most %n calls</source>
        <translation>
            <numerusform>o servidor enviou o índice de chamada de ferramenta %1; o Kaiwa aceita no máximo %n chamada</numerusform>
            <numerusform>o servidor enviou o índice de chamada de ferramenta %1; o Kaiwa aceita no máximo %n chamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server sent more than %n tool calls</source>
        <translation>
            <numerusform>o servidor enviou mais de %n chamada de ferramenta</numerusform>
            <numerusform>o servidor enviou mais de %n chamadas de ferramenta</numerusform>
        </translation>
    </message>
    <message>
        <source>the stream ended before any answer arrived</source>
        <translation>o streaming terminou antes de chegar qualquer resposta</translation>
    </message>
    <message>
        <source>the stream ended before choice %1 finished</source>
        <translation>o streaming terminou antes de a alternativa %1 ser concluída</translation>
    </message>
    <message numerus="yes">
        <source>the stream ended after %1 of %n choices</source>
        <translation>
            <numerusform>o streaming terminou após %1 de %n alternativa</numerusform>
            <numerusform>o streaming terminou após %1 de %n alternativas</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation>a resposta do servidor não é um objeto JSON: %1</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message numerus="yes">
        <source>metadata has %1 pairs; at most %n are allowed</source>
        <translation>
            <numerusform>metadata tem %1 pares; no máximo %n é permitido</numerusform>
            <numerusform>metadata tem %1 pares; no máximo %n são permitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata key &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>a chave de metadata &quot;%1&quot; tem mais de %n caractere</numerusform>
            <numerusform>a chave de metadata &quot;%1&quot; tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metadata value of &quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>o valor de metadata de &quot;%1&quot; tem mais de %n caractere</numerusform>
            <numerusform>o valor de metadata de &quot;%1&quot; tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>messages must contain at least one message</source>
        <translation>messages deve conter pelo menos uma mensagem</translation>
    </message>
    <message numerus="yes">
        <source>safety_identifier is longer than %n characters</source>
        <translation>
            <numerusform>safety_identifier tem mais de %n caractere</numerusform>
            <numerusform>safety_identifier tem mais de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>stream_options is only allowed with stream: true</source>
        <translation>stream_options só é permitido com stream: true</translation>
    </message>
    <message>
        <source>top_logprobs requires logprobs: true</source>
        <translation>top_logprobs requer logprobs: true</translation>
    </message>
    <message>
        <source>audio output parameters need &quot;audio&quot; in modalities</source>
        <translation>os parâmetros de saída de áudio precisam de &quot;audio&quot; em modalities</translation>
    </message>
    <message>
        <source>the audio modality needs audio: {voice, format}</source>
        <translation>a modalidade de áudio precisa de audio: {voice, format}</translation>
    </message>
    <message>
        <source>%1.voice must be a voice name or {&quot;id&quot;: …}</source>
        <translation>%1.voice deve ser um nome de voz ou {&quot;id&quot;: …}</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of text parts</source>
        <translation>%1.content deve ser uma string ou uma lista de partes de texto</translation>
    </message>
    <message>
        <source>parameter name is empty</source>
        <translation>o nome do parâmetro está vazio</translation>
    </message>
    <message>
        <source>prompt is required</source>
        <translation>prompt é obrigatório</translation>
    </message>
    <message>
        <source>best_of cannot be used with stream: true</source>
        <translation>best_of não pode ser usado com stream: true</translation>
    </message>
    <message>
        <source>best_of must not be less than n</source>
        <translation>best_of não pode ser menor que n</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 é obrigatório</translation>
    </message>
    <message>
        <source>%1.type must be one of text, image_url, input_audio, file, refusal</source>
        <translation>%1.type deve ser um de text, image_url, input_audio, file, refusal</translation>
    </message>
    <message>
        <source>%1.type must be function or custom</source>
        <translation>%1.type deve ser function ou custom</translation>
    </message>
    <message>
        <source>%1.role must be one of developer, system, user, assistant, tool, function</source>
        <translation>%1.role deve ser um de developer, system, user, assistant, tool, function</translation>
    </message>
    <message>
        <source>%1.content must be a string or a list of parts</source>
        <translation>%1.content deve ser uma string ou uma lista de partes</translation>
    </message>
    <message>
        <source>%1 must be none, auto, required or an object</source>
        <translation>%1 deve ser none, auto, required ou um objeto</translation>
    </message>
    <message>
        <source>%1.mode must be auto or required</source>
        <translation>%1.mode deve ser auto ou required</translation>
    </message>
    <message>
        <source>%1 must be none, auto or {&quot;name&quot;: …}</source>
        <translation>%1 deve ser none, auto ou {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1.type must be text, json_object or json_schema</source>
        <translation>%1.type deve ser text, json_object ou json_schema</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>an answer is still arriving</source>
        <translation>uma resposta ainda está chegando</translation>
    </message>
    <message>
        <source>that message cannot be edited now</source>
        <translation>essa mensagem não pode ser editada agora</translation>
    </message>
    <message>
        <source>that answer cannot be regenerated now</source>
        <translation>essa resposta não pode ser gerada novamente agora</translation>
    </message>
    <message>
        <source>only the last answer can be continued</source>
        <translation>somente a última resposta pode ser continuada</translation>
    </message>
    <message>
        <source>only the last answer&apos;s calls can be answered</source>
        <translation>somente as chamadas da última resposta podem ser respondidas</translation>
    </message>
    <message>
        <source>no provider profile is chosen for this conversation</source>
        <translation>nenhum perfil de provedor foi escolhido para esta conversa</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the server&apos;s answer is larger than 256 MiB</source>
        <translation>a resposta do servidor é maior que 256 MiB</translation>
    </message>
    <message>
        <source>a line of the stream is longer than %1 MiB</source>
        <translation>uma linha do streaming tem mais de %1 MiB</translation>
    </message>
    <message>
        <source>an event of the stream is larger than %1 MiB</source>
        <translation>um evento do streaming é maior que %1 MiB</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message numerus="yes">
        <source>Compare %n choice(s)</source>
        <translation>
            <numerusform>Comparar %n alternativa</numerusform>
            <numerusform>Comparar %n alternativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Alternativa %1 de %2</translation>
    </message>
    <message>
        <source>%1 (the conversation follows this one)</source>
        <translation>%1 (a conversa segue esta)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n caractere</numerusform>
            <numerusform>%1 · %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Alternativa %1</translation>
    </message>
    <message>
        <source>Continue with choice %1</source>
        <translation>Continuar com a alternativa %1</translation>
    </message>
</context>
<context>
    <name>ClientPool</name>
    <message>
        <source>There is no provider profile named &quot;%1&quot;.</source>
        <translation>Não há nenhum perfil de provedor chamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Attach</source>
        <translation>Anexar</translation>
    </message>
    <message>
        <source>Attach images, audio or a PDF (or paste or drop them here)</source>
        <translation>Anexar imagens, áudio ou um PDF (ou cole ou solte-os aqui)</translation>
    </message>
    <message>
        <source>Record audio</source>
        <translation>Gravar áudio</translation>
    </message>
    <message>
        <source>Record a voice message from the microphone</source>
        <translation>Gravar uma mensagem de voz com o microfone</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensagem para o Kaiwa… (Enter envia, Shift+Enter quebra a linha)</translation>
    </message>
    <message>
        <source>Message Kaiwa… (Ctrl+Enter to send, Enter for a new line)</source>
        <translation>Mensagem para o Kaiwa… (Ctrl+Enter envia, Enter quebra a linha)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar a mensagem (Enter)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Enviar a mensagem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Images, audio and PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;All files (*)</source>
        <translation>Imagens, áudio e PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav *.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Image from URL</source>
        <translation>Imagem de URL</translation>
    </message>
    <message>
        <source>Address of the image (https://…):</source>
        <translation>Endereço da imagem (https://…):</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Arquivos…</translation>
    </message>
    <message>
        <source>Image from URL…</source>
        <translation>Imagem de URL…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Colar como texto simples</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>Gravação %1.wav</translation>
    </message>
    <message>
        <source>The message to send; drop or paste images, audio and PDF files here to attach them</source>
        <translation>A mensagem a enviar; solte ou cole aqui imagens, áudios e arquivos PDF para anexá-los</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Say &amp;hello</source>
        <translation>Dizer &amp;olá</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>Confia&amp;r neste certificado…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Ask the server for its models (GET /models)</source>
        <translation>Pedir ao servidor a lista de modelos (GET /models)</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>Dizer olá</translation>
    </message>
    <message>
        <source>Send a tiny chat request to the default model and show the answer</source>
        <translation>Enviar uma pequena requisição de chat ao modelo padrão e mostrar a resposta</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancelar o teste de conexão</translation>
    </message>
    <message>
        <source>Trust the refused certificate for this profile</source>
        <translation>Confiar no certificado recusado para este perfil</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testando a conexão</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>The server&apos;s answer appears here.</source>
        <translation>A resposta do servidor aparece aqui.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Pedindo a %1 a lista de modelos…</translation>
    </message>
    <message>
        <source>Saying hello to %1…</source>
        <translation>Dizendo olá para %1…</translation>
    </message>
    <message>
        <source>Connected. %1 answered:
%2</source>
        <translation>Conectado. %1 respondeu:
%2</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>O modelo</translation>
    </message>
    <message>
        <source>(an empty answer)</source>
        <translation>(uma resposta vazia)</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Conectado. O servidor oferece %n modelo.</numerusform>
            <numerusform>Conectado. O servidor oferece %n modelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Teste cancelado.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>O servidor respondeu com HTTP %1.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>O servidor informou um erro.</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de erro: %1</translation>
    </message>
    <message>
        <source>Check the API key and the auth style.</source>
        <translation>Verifique a chave da API e o tipo de autenticação.</translation>
    </message>
    <message>
        <source>This server may have no /models route (Azure deployments); set a default model and try Say hello.</source>
        <translation>Este servidor pode não ter a rota /models (implantações do Azure); defina um modelo padrão e experimente Dizer olá.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>O certificado do servidor foi recusado: %1</translation>
    </message>
    <message>
        <source>Trust it only if you know this is your server&apos;s certificate (compare the fingerprint).</source>
        <translation>Confie nele somente se tiver certeza de que é o certificado do seu servidor (compare a impressão digital).</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Não foi possível acessar o servidor: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Cannot send the request: %1</source>
        <translation>Não é possível enviar a requisição: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID da requisição: %1</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desenvolvedor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Recusa:</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>Áudio:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Tool call `%1` (`%2`):</source>
        <translation>Chamada de ferramenta `%1` (`%2`):</translation>
    </message>
    <message>
        <source>%1 out (%2 reasoning)</source>
        <translation>%1 de saída (%2 de raciocínio)</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 de saída</translation>
    </message>
    <message>
        <source>Tokens: %1 in · %2 · %3 total</source>
        <translation>Tokens: %1 de entrada · %2 · %3 no total</translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Alternativa %1 de %2</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Result of `%1`:</source>
        <translation>Resultado de `%1`:</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transcrição:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Falhou:</translation>
    </message>
    <message>
        <source>Interrupted:</source>
        <translation>Interrompida:</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Criada em %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>atualizada em %1</translation>
    </message>
    <message>
        <source>model `%1`</source>
        <translation>modelo `%1`</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>Unknown part type &quot;%1&quot;.</source>
        <translation>Tipo de parte desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Every message needs a positive id.</source>
        <translation>Toda mensagem precisa de um ID positivo.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Papel desconhecido “%1”.</translation>
    </message>
    <message>
        <source>activeChoice %1 is not one of the message&apos;s choices.</source>
        <translation>activeChoice %1 não é uma das alternativas da mensagem.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Estado desconhecido “%1”.</translation>
    </message>
    <message>
        <source>The attachment&apos;s data is not valid base64.</source>
        <translation>Os dados do anexo não estão em base64 válido.</translation>
    </message>
    <message>
        <source>The attachment&apos;s data has the SHA-256 %1, not the one it is filed under.</source>
        <translation>Os dados do anexo têm o SHA-256 %1, diferente daquele sob o qual estão registrados.</translation>
    </message>
    <message>
        <source>Another message has the id %1 already.</source>
        <translation>Outra mensagem já tem o ID %1.</translation>
    </message>
    <message>
        <source>Refers to an attachment that the file does not hold.</source>
        <translation>Faz referência a um anexo que o arquivo não contém.</translation>
    </message>
    <message>
        <source>Refers to message %1, which is not in this conversation.</source>
        <translation>Faz referência à mensagem %1, que não está nesta conversa.</translation>
    </message>
    <message>
        <source>Message %1 is its own ancestor: the parents form a cycle.</source>
        <translation>A mensagem %1 é ancestral de si mesma: os pais formam um ciclo.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>A conversa não tem uma lista “messages”.</translation>
    </message>
    <message>
        <source>This is neither a Kaiwa export nor a ChatGPT conversations.json.</source>
        <translation>Isto não é uma exportação do Kaiwa nem um conversations.json do ChatGPT.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>nível superior</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;kaiwa.conversations&quot;.</source>
        <translation>Esperava-se um objeto JSON com &quot;format&quot;: &quot;kaiwa.conversations&quot;.</translation>
    </message>
    <message>
        <source>This is not a Kaiwa conversations file (format &quot;%1&quot;).</source>
        <translation>Este não é um arquivo de conversas do Kaiwa (formato “%1”).</translation>
    </message>
    <message>
        <source>The file has format version %1, made by a newer Kaiwa; this one reads up to version %2.</source>
        <translation>O arquivo tem a versão de formato %1, criada por um Kaiwa mais recente; este lê até a versão %2.</translation>
    </message>
    <message>
        <source>The format version is missing or not valid.</source>
        <translation>A versão do formato está ausente ou é inválida.</translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation>O arquivo não tem uma lista “conversations”.</translation>
    </message>
    <message>
        <source>[Image %1: not included in conversations.json]</source>
        <translation>[Imagem %1: não incluída no conversations.json]</translation>
    </message>
    <message>
        <source>[Audio %1: not included in conversations.json]</source>
        <translation>[Áudio %1: não incluído no conversations.json]</translation>
    </message>
    <message>
        <source>[%1 %2: not included in conversations.json]</source>
        <translation>[%1 %2: não incluído no conversations.json]</translation>
    </message>
    <message>
        <source>[Content of type &quot;%1&quot; that Kaiwa cannot show]</source>
        <translation>[Conteúdo do tipo “%1” que o Kaiwa não consegue mostrar]</translation>
    </message>
    <message>
        <source>The message has no content.</source>
        <translation>A mensagem não tem conteúdo.</translation>
    </message>
    <message>
        <source>Refers to node &quot;%1&quot;, which is not in the mapping.</source>
        <translation>Faz referência ao nó “%1”, que não está no mapping.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is its own ancestor: the parents form a cycle.</source>
        <translation>O nó “%1” é ancestral de si mesmo: os pais formam um ciclo.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;mapping&quot; of messages.</source>
        <translation>A conversa não tem um “mapping” de mensagens.</translation>
    </message>
    <message>
        <source>A ChatGPT conversations.json holds an array of conversations.</source>
        <translation>Um conversations.json do ChatGPT contém um array de conversas.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>um array</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>O arquivo não é um JSON válido: %1.</translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>byte %1 (linha %2, coluna %3)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>“%1” não é uma data e hora ISO 8601.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Esperava-se %1, encontrou-se %2.</translation>
    </message>
</context>
<context>
    <name>ConversationImport::Detail</name>
    <message>
        <source>A log probability can&apos;t be above 0.</source>
        <translation>Uma probabilidade logarítmica não pode ser maior que 0.</translation>
    </message>
    <message>
        <source>Expected a byte (0 to 255).</source>
        <translation>Esperava-se um byte (0 a 255).</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <source>Pinned</source>
        <translation>Fixadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Mais antigas</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Título da conversa</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Could not save the conversation; it is kept in memory. %1</source>
        <translation>Não foi possível salvar a conversa; ela foi mantida na memória. %1</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>Não foi possível abrir a conversa: %1</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Comece uma conversa</translation>
    </message>
    <message>
        <source>Add a provider profile first: File ▸ Profiles…</source>
        <translation>Adicione primeiro um perfil de provedor: Arquivo ▸ Perfis…</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>com %1</translation>
    </message>
    <message>
        <source>with %1 on %2</source>
        <translation>com %1 em %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new branch, the original stays.</source>
        <translation>Editando uma mensagem: ao enviar, um novo ramo é criado e a original é mantida.</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Close the player</source>
        <translation>Fechar o reprodutor</translation>
    </message>
    <message>
        <source>Could not start the conversation: %1</source>
        <translation>Não foi possível iniciar a conversa: %1</translation>
    </message>
    <message>
        <source>Could not list the models: %1</source>
        <translation>Não foi possível listar os modelos: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>Could not open the image: %1</source>
        <translation>Não foi possível abrir a imagem: %1</translation>
    </message>
    <message>
        <source>Could not play the audio: %1</source>
        <translation>Não foi possível reproduzir o áudio: %1</translation>
    </message>
    <message>
        <source>answer-%1</source>
        <translation>resposta-%1</translation>
    </message>
    <message>
        <source>Converted from %1 to WAV</source>
        <translation>Convertido de %1 para WAV</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationRequest</name>
    <message>
        <source>unknown content part</source>
        <translation>parte de conteúdo desconhecida</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” excluída</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversation(s)</source>
        <translation>
            <numerusform>%n conversa excluída</numerusform>
            <numerusform>%n conversas excluídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Iniciar um novo chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>Your conversations, pinned first, then the newest; Enter opens one, F2 renames it</source>
        <translation>Suas conversas, primeiro as fixadas, depois as mais recentes; Enter abre uma, F2 a renomeia</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Kaiwa cannot write in the folder %1 that holds its conversation database.</source>
        <translation>O Kaiwa não consegue gravar na pasta %1, que contém seu banco de dados de conversas.</translation>
    </message>
    <message>
        <source>Make that folder writable for your user (or set XDG_DATA_HOME to a writable folder) and start Kaiwa again.</source>
        <translation>Dê permissão de escrita nessa pasta ao seu usuário (ou defina XDG_DATA_HOME para uma pasta gravável) e inicie o Kaiwa novamente.</translation>
    </message>
    <message>
        <source>Kaiwa was closed while this answer was arriving.</source>
        <translation>O Kaiwa foi fechado enquanto esta resposta estava chegando.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database is not open.</source>
        <translation>O banco de dados de conversas do Kaiwa não está aberto.</translation>
    </message>
    <message>
        <source>Restart Kaiwa; if this persists, check the earlier error about the database file.</source>
        <translation>Reinicie o Kaiwa; se o problema persistir, verifique o erro anterior sobre o arquivo do banco de dados.</translation>
    </message>
    <message>
        <source>Kaiwa found no folder for its conversation database.</source>
        <translation>O Kaiwa não encontrou nenhuma pasta para seu banco de dados de conversas.</translation>
    </message>
    <message>
        <source>Set HOME (or XDG_DATA_HOME) to a writable folder and start Kaiwa again.</source>
        <translation>Defina HOME (ou XDG_DATA_HOME) para uma pasta gravável e inicie o Kaiwa novamente.</translation>
    </message>
    <message>
        <source>Kaiwa cannot create the folder %1 for its conversation database.</source>
        <translation>O Kaiwa não consegue criar a pasta %1 para seu banco de dados de conversas.</translation>
    </message>
    <message>
        <source>The conversation database %1 was written by a newer version of Kaiwa (schema %2; this version knows up to %3).</source>
        <translation>O banco de dados de conversas %1 foi gravado por uma versão mais recente do Kaiwa (esquema %2; esta versão conhece até o %3).</translation>
    </message>
    <message>
        <source>Update Kaiwa to open it; this version did not change the file.</source>
        <translation>Atualize o Kaiwa para abri-lo; esta versão não alterou o arquivo.</translation>
    </message>
    <message>
        <source>Kaiwa could not copy %1 to %2 before upgrading it (%3).</source>
        <translation>O Kaiwa não conseguiu copiar %1 para %2 antes de atualizá-lo (%3).</translation>
    </message>
    <message>
        <source>Free some disk space or make the folder writable, then start Kaiwa again; the database was not changed.</source>
        <translation>Libere espaço em disco ou torne a pasta gravável e inicie o Kaiwa novamente; o banco de dados não foi alterado.</translation>
    </message>
    <message>
        <source>Kaiwa could not switch its conversation database %1 to WAL mode (it stays in %2 mode).</source>
        <translation>O Kaiwa não conseguiu passar seu banco de dados de conversas %1 para o modo WAL (ele continua no modo %2).</translation>
    </message>
    <message>
        <source>Move the file to a local disk (network file systems do not support WAL) and start Kaiwa again.</source>
        <translation>Mova o arquivo para um disco local (sistemas de arquivos de rede não suportam WAL) e inicie o Kaiwa novamente.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no attachment %1.</source>
        <translation>O banco de dados de conversas do Kaiwa não tem o anexo %1.</translation>
    </message>
    <message>
        <source>The file may have been removed with its last conversation; attach it again.</source>
        <translation>O arquivo pode ter sido removido junto com sua última conversa; anexe-o novamente.</translation>
    </message>
    <message>
        <source>Attach the file again.</source>
        <translation>Anexe o arquivo novamente.</translation>
    </message>
    <message>
        <source>Check or repair the file you imported, then import it again.</source>
        <translation>Verifique ou corrija o arquivo que você importou e importe-o novamente.</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has an attachment whose bytes do not match its hash %3; nothing was imported.</source>
        <translation>A conversa %1 (“%2”) da importação tem um anexo cujos bytes não correspondem ao seu hash %3; nada foi importado.</translation>
    </message>
    <message>
        <source>Conversation %1 (“%2”) of the import has a message (number %3) whose parent %4 is not an earlier message of the same conversation; nothing was imported.</source>
        <translation>A conversa %1 (“%2”) da importação tem uma mensagem (número %3) cuja mensagem pai %4 não é uma mensagem anterior da mesma conversa; nada foi importado.</translation>
    </message>
    <message>
        <source>It may have been deleted in another window; reload the conversation list.</source>
        <translation>Ela pode ter sido excluída em outra janela; recarregue a lista de conversas.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no conversation %1.</source>
        <translation>O banco de dados de conversas do Kaiwa não tem a conversa %1.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation database has no message %1.</source>
        <translation>O banco de dados de conversas do Kaiwa não tem a mensagem %1.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation>Copiar como texto simples</translation>
    </message>
    <message>
        <source>Select Text</source>
        <translation>Selecionar texto</translation>
    </message>
    <message>
        <source>Copy Code Block %1</source>
        <translation>Copiar bloco de código %1</translation>
    </message>
    <message>
        <source>Hide Reasoning</source>
        <translation>Ocultar raciocínio</translation>
    </message>
    <message>
        <source>Show Reasoning</source>
        <translation>Mostrar raciocínio</translation>
    </message>
    <message>
        <source>Open Image %1</source>
        <translation>Abrir imagem %1</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Abrir imagem</translation>
    </message>
    <message>
        <source>Open Image Link (%1)</source>
        <translation>Abrir link da imagem (%1)</translation>
    </message>
    <message>
        <source>Play Spoken Answer</source>
        <translation>Reproduzir resposta falada</translation>
    </message>
    <message>
        <source>Play Audio</source>
        <translation>Reproduzir áudio</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Show Formatted Text</source>
        <translation>Mostrar texto formatado</translation>
    </message>
    <message>
        <source>Show Token Probabilities</source>
        <translation>Mostrar probabilidades dos tokens</translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first; the context menu or the actions under a message copy, edit or retry it</source>
        <translation>As mensagens desta conversa, das mais antigas às mais recentes; o menu de contexto ou as ações abaixo de uma mensagem a copiam, editam ou repetem</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Nome do recurso</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL do servidor:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave da API:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Conectar a %1</translation>
    </message>
    <message>
        <source>Paste your API key; it is stored in the system keychain.</source>
        <translation>Cole sua chave da API; ela será armazenada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Check the address of your local server.</source>
        <translation>Verifique o endereço do seu servidor local.</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Implantação:</translation>
    </message>
    <message>
        <source>the deployment name from the Azure portal</source>
        <translation>o nome da implantação no portal do Azure</translation>
    </message>
    <message>
        <source>optional; pick one after testing</source>
        <translation>opcional; escolha um após o teste</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Escolha primeiro um serviço.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Já existe um perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>O nome com que o perfil é listado e escolhido</translation>
    </message>
    <message>
        <source>The Azure resource name, the first part of its endpoint address</source>
        <translation>O nome do recurso do Azure, a primeira parte do endereço do seu endpoint</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>O endereço para onde vão as requisições, até /v1</translation>
    </message>
    <message>
        <source>The model new conversations start with</source>
        <translation>O modelo com que as novas conversas começam</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>the profile has no valid base URL</source>
        <translation>o perfil não tem uma URL base válida</translation>
    </message>
    <message>
        <source>a stored completion id is required</source>
        <translation>é necessário o id de uma conclusão armazenada</translation>
    </message>
    <message>
        <source>Azure OpenAI needs a deployment name: set a model or the profile&apos;s default model</source>
        <translation>O Azure OpenAI precisa de um nome de implantação: defina um modelo ou o modelo padrão do perfil</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Kaiwa</source>
        <translation>Boas-vindas ao Kaiwa</translation>
    </message>
    <message>
        <source>Kaiwa chats with OpenAI-compatible services: OpenAI, Azure, gateways such as OpenRouter, or a model running on your own computer with Ollama, llama.cpp or LM Studio.

Let&apos;s set up your first connection. It takes a minute; your API key is kept in the system keychain, never in a file.</source>
        <translation>O Kaiwa conversa com serviços compatíveis com a OpenAI: OpenAI, Azure, gateways como o OpenRouter ou um modelo executado no seu próprio computador com Ollama, llama.cpp ou LM Studio.

Vamos configurar sua primeira conexão. Leva um minuto; sua chave da API fica no chaveiro do sistema, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Set up Kaiwa</source>
        <translation>Configurar o Kaiwa</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Ask the server for its models, or say hello to the model. You can also skip this and press Finish.</source>
        <translation>Peça ao servidor a lista de modelos ou diga olá ao modelo. Você também pode pular esta etapa e clicar em Concluir.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Não foi possível salvar o perfil: %1</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain: %1</source>
        <translation>Não foi possível armazenar a chave no chaveiro do sistema: %1</translation>
    </message>
</context>
<context>
    <name>ImagePreparer</name>
    <message>
        <source>a PDF file</source>
        <translation>um arquivo PDF</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>um arquivo de áudio</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>uma página web (HTML)</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>um arquivo de vídeo</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>um arquivo ZIP</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for images.</source>
        <translation>%1 tem %2 MB, acima do limite de %3 MB para imagens.</translation>
    </message>
    <message>
        <source>%1 is a %2 image, which Kaiwa cannot read: convert it to PNG or JPEG.</source>
        <translation>%1 é uma imagem %2, que o Kaiwa não consegue ler: converta-a para PNG ou JPEG.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but cannot be decoded: the file is damaged or incomplete.</source>
        <translation>%1 parece ser uma imagem %2, mas não pode ser decodificada: o arquivo está corrompido ou incompleto.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 não é uma imagem.</translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation>%1 não é uma imagem: parece ser %2.</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels, too large to decode: reduce it to at most %4 pixels on the long side first.</source>
        <translation>%1 tem %2×%3 pixels, grande demais para decodificar: reduza-a antes para no máximo %4 pixels no lado maior.</translation>
    </message>
    <message>
        <source>%1 could not be re-encoded.</source>
        <translation>Não foi possível recodificar %1.</translation>
    </message>
    <message>
        <source>%1 is still %2 MB after scaling down, over the %3 MB limit.</source>
        <translation>%1 ainda tem %2 MB após ser reduzida, acima do limite de %3 MB.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Visualizador de imagens</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save the image as</source>
        <translation>Salvar a imagem como</translation>
    </message>
    <message>
        <source>Can&apos;t show this image: %1</source>
        <translation>Não é possível mostrar esta imagem: %1</translation>
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
        <translation>imagem</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Salvar imagem como</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to %1: %2</source>
        <translation>Não foi possível salvar em %1: %2</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Copied as curl. Set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) before running it.</source>
        <translation>Copiado como curl. Defina OPENAI_API_KEY (ou AZURE_OPENAI_API_KEY) antes de executá-lo.</translation>
    </message>
    <message>
        <source>Save Requests</source>
        <translation>Salvar requisições</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The requests could not be saved to %1: %2</source>
        <translation>Não foi possível salvar as requisições em %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recording: %n request(s). Keys are hidden.</source>
        <translation>
            <numerusform>Gravando: %n requisição. As chaves ficam ocultas.</numerusform>
            <numerusform>Gravando: %n requisições. As chaves ficam ocultas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n request(s) kept until this window closes.</source>
        <translation>
            <numerusform>Pausado: %n requisição mantida até esta janela ser fechada.</numerusform>
            <numerusform>Pausado: %n requisições mantidas até esta janela ser fechada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording. Turn on Record, then send a message.</source>
        <translation>Não está gravando. Ative Gravar e envie uma mensagem.</translation>
    </message>
    <message>
        <source>Request Inspector — Kaiwa</source>
        <translation>Inspetor de requisições — Kaiwa</translation>
    </message>
    <message>
        <source>● &amp;Record</source>
        <translation>● &amp;Gravar</translation>
    </message>
    <message>
        <source>Record the requests Kaiwa sends (off while this is not pressed)</source>
        <translation>Gravar as requisições que o Kaiwa envia (desativado enquanto não estiver pressionado)</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>Gravar requisições</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copiar como &amp;curl</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Copiar a requisição selecionada como um comando curl</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>Save the recorded requests to a JSON file</source>
        <translation>Salvar as requisições gravadas em um arquivo JSON</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Clear the recorded requests</source>
        <translation>Limpar as requisições gravadas</translation>
    </message>
    <message>
        <source>Recorded requests</source>
        <translation>Requisições gravadas</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>Requests sent while recording, newest last; select one to see its details</source>
        <translation>Requisições enviadas durante a gravação, a mais recente por último; selecione uma para ver os detalhes</translation>
    </message>
</context>
<context>
    <name>JsonAnswer</name>
    <message>
        <source>The answer is empty</source>
        <translation>A resposta está vazia</translation>
    </message>
    <message>
        <source>%1 (at character %2 of %3)</source>
        <translation>%1 (no caractere %2 de %3)</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 deve ser uma string</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 deve ser um número</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 deve ser um número inteiro</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fora do intervalo</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 deve ser true ou false</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 deve ser um objeto</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 deve ser uma lista</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of strings</source>
        <translation>%1 deve ser uma string ou uma lista de strings</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 deve ser uma lista de strings</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 deve ser um objeto de strings</translation>
    </message>
    <message>
        <source>%1 must be an object of whole numbers</source>
        <translation>%1 deve ser um objeto de números inteiros</translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server&apos;s answer is not a JSON object (%1)</source>
        <translation>a resposta do servidor não é um objeto JSON (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a JSON object (another JSON value)</source>
        <translation>a resposta do servidor não é um objeto JSON (outro valor JSON)</translation>
    </message>
</context>
<context>
    <name>JsonResultDialog</name>
    <message>
        <source>Expand All</source>
        <translation>Expandir tudo</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Recolher tudo</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Answer as JSON</source>
        <translation>Resposta como JSON</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texto da resposta</translation>
    </message>
    <message>
        <source>Schema violations</source>
        <translation>Violações do esquema</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir tudo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Recolher tudo</translation>
    </message>
    <message>
        <source>Copy the answer as indented JSON</source>
        <translation>Copiar a resposta como JSON indentado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>schema “%1” (strict)</source>
        <translation>esquema “%1” (strict)</translation>
    </message>
    <message>
        <source>schema “%1”</source>
        <translation>esquema “%1”</translation>
    </message>
    <message>
        <source>Valid: the answer matches the %1.</source>
        <translation>Válida: a resposta corresponde ao %1.</translation>
    </message>
    <message numerus="yes">
        <source>The answer breaks the %1 in %n place(s).</source>
        <translation>
            <numerusform>A resposta viola o %1 em %n lugar.</numerusform>
            <numerusform>A resposta viola o %1 em %n lugares.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request named schema “%1” but sent no schema body: parsed only.</source>
        <translation>A requisição indicou o esquema “%1”, mas não enviou o corpo do esquema: apenas analisada.</translation>
    </message>
    <message>
        <source>Requested as a JSON object (no schema to check against): parsed only.</source>
        <translation>Solicitada como objeto JSON (sem esquema para verificar): apenas analisada.</translation>
    </message>
    <message>
        <source>Not requested as JSON; the answer parses as JSON (nothing to check against).</source>
        <translation>Não solicitada como JSON; a resposta é um JSON válido (nada com que verificar).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(raiz)</translation>
    </message>
    <message>
        <source>&amp;Violations (%1):</source>
        <translation>&amp;Violações (%1):</translation>
    </message>
    <message>
        <source>This answer is not valid JSON, so it can&apos;t be shown as a tree or checked against a schema. If the answer was cut off mid-stream, the error is at its end.</source>
        <translation>Esta resposta não é um JSON válido, por isso não pode ser mostrada como árvore nem verificada com um esquema. Se a resposta foi interrompida no meio do streaming, o erro está no final.</translation>
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation>Erro de análise: %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>The schema nests $ref or anyOf too deeply here</source>
        <translation>O esquema aninha $ref ou anyOf profundamente demais aqui</translation>
    </message>
    <message>
        <source>The schema&apos;s $ref &quot;%1&quot; does not resolve</source>
        <translation>O $ref “%1” do esquema não pode ser resolvido</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>Esperava-se %1, obteve-se %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Must be one of %1, got %2</source>
        <translation>Deve ser um de %1, obteve-se %2</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>Deve ser %1, obteve-se %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message numerus="yes">
        <source>Matches none of the %n alternatives (anyOf); the closest fails with: %1</source>
        <translation>
            <numerusform>Não corresponde à %n alternativa (anyOf); a mais próxima falha com: %1</numerusform>
            <numerusform>Não corresponde a nenhuma das %n alternativas (anyOf); a mais próxima falha com: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing required property &quot;%1&quot;</source>
        <translation>Falta a propriedade obrigatória “%1”</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is not allowed</source>
        <translation>A propriedade “%1” não é permitida</translation>
    </message>
    <message numerus="yes">
        <source>Must have at least %n item(s)</source>
        <translation>
            <numerusform>Deve ter pelo menos %n item</numerusform>
            <numerusform>Deve ter pelo menos %n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must have at most %n item(s)</source>
        <translation>
            <numerusform>Deve ter no máximo %n item</numerusform>
            <numerusform>Deve ter no máximo %n itens</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be greater than %1</source>
        <translation>Deve ser maior que %1</translation>
    </message>
    <message>
        <source>Must be at least %1</source>
        <translation>Deve ser pelo menos %1</translation>
    </message>
    <message>
        <source>Must be less than %1</source>
        <translation>Deve ser menor que %1</translation>
    </message>
    <message>
        <source>Must be at most %1</source>
        <translation>Deve ser no máximo %1</translation>
    </message>
    <message>
        <source>Must be a multiple of %1</source>
        <translation>Deve ser um múltiplo de %1</translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s) long</source>
        <translation>
            <numerusform>Deve ter pelo menos %n caractere</numerusform>
            <numerusform>Deve ter pelo menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s) long</source>
        <translation>
            <numerusform>Deve ter no máximo %n caractere</numerusform>
            <numerusform>Deve ter no máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema&apos;s pattern %1 is invalid: %2</source>
        <translation>O padrão %1 do esquema é inválido: %2</translation>
    </message>
    <message>
        <source>Must match the pattern %1</source>
        <translation>Deve corresponder ao padrão %1</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>Tipo desconhecido “%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported in strict mode</source>
        <translation>“%1” não é suportado no modo strict</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; does not resolve</source>
        <translation>O $ref “%1” não pode ser resolvido</translation>
    </message>
    <message>
        <source>Set &quot;additionalProperties&quot; to false</source>
        <translation>Defina &quot;additionalProperties&quot; como false</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; must be listed in &quot;required&quot; (allow null to make it optional)</source>
        <translation>A propriedade “%1” deve constar em &quot;required&quot; (permita null para torná-la opcional)</translation>
    </message>
    <message>
        <source>&quot;required&quot; lists &quot;%1&quot;, which is not a property</source>
        <translation>&quot;required&quot; lista “%1”, que não é uma propriedade</translation>
    </message>
    <message>
        <source>The root must be an object schema (&quot;type&quot;: &quot;object&quot;)</source>
        <translation>A raiz deve ser um esquema de objeto (&quot;type&quot;: &quot;object&quot;)</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <source>JSON tree</source>
        <translation>Árvore JSON</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(raiz)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n chave}</numerusform>
            <numerusform>{%n chaves}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n itens]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>inteiro</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Expandir tudo</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Recolher tudo</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON as a tree of keys and values; arrow keys expand and collapse</source>
        <translation>O JSON da resposta como árvore de chaves e valores; as teclas de seta expandem e recolhem</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for your password; unlock it and try again.</source>
        <translation>O chaveiro do sistema não respondeu em %1 segundos. Ele pode estar bloqueado aguardando sua senha; desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). Allow Kaiwa to use the keychain, unlock it if asked, and try again.</source>
        <translation>O acesso ao chaveiro do sistema foi negado (%1). Permita que o Kaiwa use o chaveiro, desbloqueie-o se for solicitado e tente novamente.</translation>
    </message>
    <message>
        <source>The API key for “%1” could not be removed from the system keychain (%2). Try again, or delete the entry “%1” of “%3” with your keychain manager.</source>
        <translation>Não foi possível remover do chaveiro do sistema a chave da API de “%1” (%2). Tente novamente ou exclua a entrada “%1” de “%3” com o seu gerenciador de chaveiro.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key is kept in memory until Kaiwa quits; it is not saved.</source>
        <translation>Nenhum chaveiro do sistema está disponível (%1). A chave da API fica na memória até o Kaiwa ser fechado; ela não é salva.</translation>
    </message>
    <message>
        <source>The system keychain could not save the API key for “%1” (%2). Try again.</source>
        <translation>O chaveiro do sistema não conseguiu salvar a chave da API de “%1” (%2). Tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain could not read the API key for “%1” (%2). Try again.</source>
        <translation>O chaveiro do sistema não conseguiu ler a chave da API de “%1” (%2). Tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the API key for “%1” (%2). Try again.</source>
        <translation>O chaveiro do sistema não conseguiu remover a chave da API de “%1” (%2). Tente novamente.</translation>
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
        <translation>Alternativas:</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Novo chat</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nova &amp;janela</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>S&amp;tored Completions…</source>
        <translation>Conclusões &amp;armazenadas…</translation>
    </message>
    <message>
        <source>Completions Play&amp;ground…</source>
        <translation>Pla&amp;yground de conclusões…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fechar janela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Pesquisar conversas</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>&amp;Escrever uma mensagem</translation>
    </message>
    <message>
        <source>Choose &amp;Model</source>
        <translation>Escolher &amp;modelo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>&amp;Fixar ou desafixar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>S&amp;top Answer</source>
        <translation>Parar respos&amp;ta</translation>
    </message>
    <message>
        <source>Show &amp;Conversations</source>
        <translation>Mostrar &amp;conversas</translation>
    </message>
    <message>
        <source>Show &amp;Parameters</source>
        <translation>Mostrar &amp;parâmetros</translation>
    </message>
    <message>
        <source>Request &amp;Inspector…</source>
        <translation>&amp;Inspetor de requisições…</translation>
    </message>
    <message>
        <source>&amp;About Kaiwa</source>
        <translation>&amp;Sobre o Kaiwa</translation>
    </message>
    <message>
        <source>About Kaiwa</source>
        <translation>Sobre o Kaiwa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;A desktop chat client for OpenAI-compatible APIs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaiwa %1&lt;/h3&gt;&lt;p&gt;Um cliente de chat para desktop para APIs compatíveis com a OpenAI.&lt;/p&gt;&lt;p&gt;Licenciado sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarkdownImages</name>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
</context>
<context>
    <name>MediaParts</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 não existe</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 não é um arquivo comum</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; Kaiwa sends at most %3 MB)</source>
        <translation>%1 é grande demais (%2 MB; o Kaiwa envia no máximo %3 MB)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>the data URL does not hold an image</source>
        <translation>a URL de dados não contém uma imagem</translation>
    </message>
    <message>
        <source>%1 is %2, which the API does not accept: use PNG, JPEG, WebP or GIF</source>
        <translation>%1 é %2, que a API não aceita: use PNG, JPEG, WebP ou GIF</translation>
    </message>
    <message>
        <source>%1 is not an image (%2)</source>
        <translation>%1 não é uma imagem (%2)</translation>
    </message>
    <message>
        <source>%1 is not an audio file (%2)</source>
        <translation>%1 não é um arquivo de áudio (%2)</translation>
    </message>
    <message>
        <source>%1 is not supported by the API: convert to wav or mp3</source>
        <translation>%1 não é suportado pela API: converta para wav ou mp3</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>Alternativa anterior</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>Próxima alternativa</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>Mostrar JSON</translation>
    </message>
    <message>
        <source>Token Probabilities</source>
        <translation>Probabilidades dos tokens</translation>
    </message>
    <message>
        <source>Compare the choices side by side</source>
        <translation>Comparar as alternativas lado a lado</translation>
    </message>
    <message>
        <source>Copy the message&apos;s Markdown</source>
        <translation>Copiar o Markdown da mensagem</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Editar e reenviar esta mensagem</translation>
    </message>
    <message>
        <source>Ask for another answer</source>
        <translation>Pedir outra resposta</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Show the answer as a JSON tree, checked against the request&apos;s schema</source>
        <translation>Mostrar a resposta como árvore JSON, verificada com o esquema da requisição</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatado</translation>
    </message>
    <message>
        <source>Show the answer formatted instead of its token probabilities</source>
        <translation>Mostrar a resposta formatada em vez das probabilidades dos tokens</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <source>Colour the answer&apos;s tokens by probability (the less likely, the stronger); hover a token to see the alternatives</source>
        <translation>Colorir os tokens da resposta pela probabilidade (quanto menos provável, mais forte); passe o mouse sobre um token para ver as alternativas</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Enviar a requisição novamente</translation>
    </message>
    <message>
        <source>Continue the interrupted answer</source>
        <translation>Continuar a resposta interrompida</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versão %1 de %2</translation>
    </message>
    <message>
        <source>Choice %1/%2</source>
        <translation>Alternativa %1/%2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>%1 prompt (%2 cached)</source>
        <translation>%1 de prompt (%2 em cache)</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>%1 de prompt</translation>
    </message>
    <message>
        <source>%1 completion (%2 reasoning)</source>
        <translation>%1 de conclusão (%2 de raciocínio)</translation>
    </message>
    <message>
        <source>%1 completion</source>
        <translation>%1 de conclusão</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado da ferramenta</translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation>Resultado da ferramenta · %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
</context>
<context>
    <name>MessageChrome</name>
    <message>
        <source>Tool call (arguments are not valid JSON)</source>
        <translation>Chamada de ferramenta (os argumentos não são um JSON válido)</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Chamada de ferramenta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Interrompida: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
</context>
<context>
    <name>MessageMedia</name>
    <message>
        <source>image link</source>
        <translation>link de imagem</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Abrir imagem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Play the spoken answer (%1)</source>
        <translation>Reproduzir a resposta falada (%1)</translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation>Reproduzir a resposta falada</translation>
    </message>
    <message>
        <source>Play audio (%1)</source>
        <translation>Reproduzir áudio (%1)</translation>
    </message>
    <message>
        <source>Play audio</source>
        <translation>Reproduzir áudio</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado da ferramenta</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompida)</translation>
    </message>
</context>
<context>
    <name>MessageTextSelector</name>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>Mova o cursor de texto para um token para ver a probabilidade e as alternativas dele.</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Store completions (store)</source>
        <translation>Armazenar conclusões (store)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Store completions</source>
        <translation>Armazenar conclusões</translation>
    </message>
    <message>
        <source>Let OpenAI keep each completion for later retrieval, evals and distillation (store: true)</source>
        <translation>Deixar a OpenAI guardar cada conclusão para consulta, avaliações e destilação posteriores (store: true)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadados</translation>
    </message>
    <message>
        <source>Sent as metadata: up to %1 pairs to filter stored completions by</source>
        <translation>Enviados como metadata: até %1 pares para filtrar as conclusões armazenadas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>Adicionar par de metadados</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>Remover par de metadados</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>A linha %1 tem um valor, mas nenhuma chave.</translation>
    </message>
    <message>
        <source>The key in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>A chave na linha %1 tem %2 caracteres; são permitidos no máximo %3.</translation>
    </message>
    <message>
        <source>The value in row %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>O valor na linha %1 tem %2 caracteres; são permitidos no máximo %3.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice.</source>
        <translation>A chave “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>At most %1 pairs are allowed.</source>
        <translation>São permitidos no máximo %1 pares.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Não aplicado: %1</translation>
    </message>
    <message>
        <source>Add a key/value pair</source>
        <translation>Adicionar um par chave/valor</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>the server&apos;s /models answer has no model list</source>
        <translation>a resposta de /models do servidor não tem uma lista de modelos</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Updated just now</source>
        <translation>Atualizado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minute(s) ago</source>
        <translation>
            <numerusform>Atualizado há %n minuto</numerusform>
            <numerusform>Atualizado há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago</source>
        <translation>
            <numerusform>Atualizado há %n hora</numerusform>
            <numerusform>Atualizado há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>Atualizado em %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model to ask (any name the server accepts) — Ctrl+K</source>
        <translation>O modelo a consultar (qualquer nome que o servidor aceite) — Ctrl+K</translation>
    </message>
    <message>
        <source>Profile default</source>
        <translation>Padrão do perfil</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Atualizar modelos</translation>
    </message>
    <message>
        <source>Fetch the list of models from the server</source>
        <translation>Obter a lista de modelos do servidor</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>Obtendo modelos…</translation>
    </message>
    <message>
        <source>Could not fetch models: %1</source>
        <translation>Não foi possível obter os modelos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered by %1</source>
        <translation>
            <numerusform>%n modelo oferecido por %1</numerusform>
            <numerusform>%n modelos oferecidos por %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Models not fetched yet</source>
        <translation>Modelos ainda não obtidos</translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1): %2</source>
        <translation>o servidor recusou a chave da API (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revogar</translation>
    </message>
    <message>
        <source>Network and TLS: %1</source>
        <translation>Rede e TLS: %1</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host do proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Porta do proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nome de usuário do proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Arquivo de certificados de AC adicionais</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Arquivo do certificado de cliente</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Arquivo da chave de cliente</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprints</source>
        <translation>Impressões digitais SHA-256 fixadas</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile</source>
        <translation>Certificados confiáveis para este perfil</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>Revogar o certificado selecionado</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Configurações do sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>(port)</source>
        <translation>(porta)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>(stored in the keychain; type to replace)</source>
        <translation>(armazenada no chaveiro; digite para substituir)</translation>
    </message>
    <message>
        <source>(kept in the keychain)</source>
        <translation>(guardada no chaveiro)</translation>
    </message>
    <message>
        <source>PEM file, added to the system&apos;s CAs</source>
        <translation>Arquivo PEM, adicionado às ACs do sistema</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>Arquivo PEM sem frase secreta</translation>
    </message>
    <message>
        <source>One SHA-256 fingerprint per line (the server&apos;s certificate or its CA); empty: no pinning</source>
        <translation>Uma impressão digital SHA-256 por linha (o certificado do servidor ou sua AC); vazio: sem fixação</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors, by SHA-256 fingerprint</source>
        <translation>Certificados confiáveis para este perfil apesar de seus erros de TLS, por impressão digital SHA-256</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Extra &amp;CAs:</source>
        <translation>A&amp;Cs adicionais:</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de AC</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificado de cliente:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Chave de clien&amp;te:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Chave de cliente</translation>
    </message>
    <message>
        <source>&amp;Pinned:</source>
        <translation>&amp;Fixadas:</translation>
    </message>
    <message>
        <source>&amp;Trusted:</source>
        <translation>Confiá&amp;veis:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>Procurar o arquivo %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt *.cer *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>Um proxy manual precisa de um host e de uma porta.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>“%1” não é uma impressão digital SHA-256 (64 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and its key.</source>
        <translation>Um certificado de cliente precisa do certificado e da sua chave.</translation>
    </message>
    <message>
        <source>No proxy, the system&apos;s proxy settings, or an HTTP or SOCKS5 proxy given here</source>
        <translation>Sem proxy, as configurações de proxy do sistema ou um proxy HTTP ou SOCKS5 informado aqui</translation>
    </message>
    <message>
        <source>The proxy server&apos;s host name or address</source>
        <translation>O nome do host ou o endereço do servidor proxy</translation>
    </message>
    <message>
        <source>The proxy server&apos;s port</source>
        <translation>A porta do servidor proxy</translation>
    </message>
    <message>
        <source>The user name for the proxy, if it asks for one</source>
        <translation>O nome de usuário para o proxy, se ele pedir um</translation>
    </message>
    <message>
        <source>The proxy password, kept in the system keychain; empty keeps the stored one</source>
        <translation>A senha do proxy, guardada no chaveiro do sistema; vazio mantém a armazenada</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted besides the system&apos;s</source>
        <translation>Um arquivo PEM de autoridades certificadoras confiáveis além das do sistema</translation>
    </message>
    <message>
        <source>A PEM certificate the client shows to servers that ask for one</source>
        <translation>Um certificado PEM que o cliente apresenta aos servidores que o pedirem</translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM</source>
        <translation>A chave privada do certificado de cliente, em PEM</translation>
    </message>
    <message>
        <source>Only servers whose certificate has one of these SHA-256 fingerprints are accepted; one per line</source>
        <translation>Somente servidores cujo certificado tenha uma destas impressões digitais SHA-256 são aceitos; uma por linha</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile despite their TLS errors; select one to revoke it</source>
        <translation>Certificados confiáveis para este perfil apesar de seus erros de TLS; selecione um para revogá-lo</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Send %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>e.g. 42</source>
        <translation>ex.: 42</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Digite um número inteiro.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <source>Randomness: 0 is focused and repeatable, 2 is very varied (0–2)</source>
        <translation>Aleatoriedade: 0 é focado e reproduzível, 2 é muito variado (0–2)</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens making up this probability (0–1)</source>
        <translation>Amostragem de núcleo: apenas os tokens mais prováveis que somam esta probabilidade (0–1)</translation>
    </message>
    <message>
        <source>The most tokens the answer may use (reasoning included); the name is the one the profile sends</source>
        <translation>O máximo de tokens que a resposta pode usar (incluindo o raciocínio); o nome é o que o perfil envia</translation>
    </message>
    <message>
        <source>Positive values favour new topics (−2 to 2)</source>
        <translation>Valores positivos favorecem novos assuntos (−2 a 2)</translation>
    </message>
    <message>
        <source>Positive values discourage repeating the same words (−2 to 2)</source>
        <translation>Valores positivos desestimulam a repetição das mesmas palavras (−2 a 2)</translation>
    </message>
    <message>
        <source>Best-effort repeatable answers for the same seed and parameters</source>
        <translation>Respostas reproduzíveis, na medida do possível, para a mesma semente e os mesmos parâmetros</translation>
    </message>
    <message>
        <source>How many answers to generate (1–128); every one is billed</source>
        <translation>Quantas respostas gerar (1–128); cada uma é cobrada</translation>
    </message>
    <message>
        <source>Up to 4 sequences where the model stops (not included in the answer)</source>
        <translation>Até 4 sequências em que o modelo para (não incluídas na resposta)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>How long reasoning models think before answering; support varies by model</source>
        <translation>Quanto tempo os modelos de raciocínio pensam antes de responder; o suporte varia conforme o modelo</translation>
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
        <translation>Retornar a probabilidade logarítmica de cada token de saída</translation>
    </message>
    <message>
        <source>Also return this many likely alternatives per token (0–20); needs logprobs: true</source>
        <translation>Retornar também este número de alternativas prováveis por token (0–20); requer logprobs: true</translation>
    </message>
    <message>
        <source>Plain text, any JSON object, or JSON that follows a schema</source>
        <translation>Texto simples, qualquer objeto JSON ou JSON que siga um esquema</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Functions the model may call, as JSON: name, description, parameters (a JSON Schema) and strict</source>
        <translation>Funções que o modelo pode chamar, em JSON: name, description, parameters (um JSON Schema) e strict</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which function it calls; needs tools</source>
        <translation>Se o modelo pode, deve ou não deve chamar uma ferramenta, ou qual função ele chama; requer tools</translation>
    </message>
    <message>
        <source>Whether the model may call several tools at once; needs tools</source>
        <translation>Se o modelo pode chamar várias ferramentas de uma vez; requer tools</translation>
    </message>
    <message>
        <source>tool_choice was unset: “%1” is no longer among the tools.</source>
        <translation>tool_choice foi desdefinido: “%1” não está mais entre as ferramentas.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The server and account this conversation talks to</source>
        <translation>O servidor e a conta com que esta conversa se comunica</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>Instructions sent before the conversation</source>
        <translation>Instruções enviadas antes da conversa</translation>
    </message>
    <message>
        <source>Send as developer message</source>
        <translation>Enviar como mensagem de desenvolvedor</translation>
    </message>
    <message>
        <source>Send the prompt as a developer message</source>
        <translation>Enviar o prompt como uma mensagem de desenvolvedor</translation>
    </message>
    <message>
        <source>Reasoning models (o1 and newer) take instructions in a developer message instead of a system message</source>
        <translation>Os modelos de raciocínio (o1 e mais recentes) recebem instruções em uma mensagem de desenvolvedor em vez de uma mensagem de sistema</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Unset the model, the prompt and every parameter</source>
        <translation>Desdefinir o modelo, o prompt e todos os parâmetros</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Nenhum perfil</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message>
        <source>Also sent, set elsewhere: %1</source>
        <translation>Também enviados, definidos em outro lugar: %1</translation>
    </message>
</context>
<context>
    <name>PlaygroundParams</name>
    <message>
        <source>Logit bias must be a JSON object of token ids and biases, e.g. {&quot;50256&quot;: -100}.</source>
        <translation>O logit bias deve ser um objeto JSON de IDs de token e vieses, por exemplo {&quot;50256&quot;: -100}.</translation>
    </message>
    <message>
        <source>Logit bias: &quot;%1&quot; is not a token id (a whole number).</source>
        <translation>Logit bias: “%1” não é um ID de token (um número inteiro).</translation>
    </message>
    <message>
        <source>Logit bias: the bias of token %1 must be a number from -100 to 100.</source>
        <translation>Logit bias: o viés do token %1 deve ser um número de -100 a 100.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Ec&amp;ho the prompt</source>
        <translation>E&amp;coar o prompt</translation>
    </message>
    <message>
        <source>Echo the prompt</source>
        <translation>Ecoar o prompt</translation>
    </message>
    <message>
        <source>The answer repeats the prompt before the completion.</source>
        <translation>A resposta repete o prompt antes da conclusão.</translation>
    </message>
    <message>
        <source>&amp;Best of:</source>
        <translation>&amp;Best of:</translation>
    </message>
    <message>
        <source>Generate this many completions on the server and return the best (not streamed).</source>
        <translation>Gerar este número de conclusões no servidor e retornar a melhor (sem streaming).</translation>
    </message>
    <message>
        <source>&amp;Choices (n):</source>
        <translation>&amp;Alternativas (n):</translation>
    </message>
    <message>
        <source>How many completions to return.</source>
        <translation>Quantas conclusões retornar.</translation>
    </message>
    <message>
        <source>&amp;Logprobs:</source>
        <translation>&amp;Logprobs:</translation>
    </message>
    <message>
        <source>Return the log probability of each token and this many likely alternatives (0–5).</source>
        <translation>Retornar a probabilidade logarítmica de cada token e este número de alternativas prováveis (0–5).</translation>
    </message>
    <message>
        <source>Max to&amp;kens:</source>
        <translation>Máximo de to&amp;kens:</translation>
    </message>
    <message>
        <source>Most tokens to generate (servers default to 16).</source>
        <translation>Máximo de tokens a gerar (o padrão dos servidores é 16).</translation>
    </message>
    <message>
        <source>Temp&amp;erature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Temperatura de amostragem, de 0 a 2.</translation>
    </message>
    <message>
        <source>T&amp;op p:</source>
        <translation>T&amp;op p:</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the tokens in this probability mass.</source>
        <translation>Amostragem de núcleo: apenas os tokens dentro desta massa de probabilidade.</translation>
    </message>
    <message>
        <source>Presence penalt&amp;y:</source>
        <translation>Penalida&amp;de de presença:</translation>
    </message>
    <message>
        <source>-2 to 2: positive values favour new topics.</source>
        <translation>-2 a 2: valores positivos favorecem novos assuntos.</translation>
    </message>
    <message>
        <source>&amp;Frequency penalty:</source>
        <translation>Penalidade de &amp;frequência:</translation>
    </message>
    <message>
        <source>-2 to 2: positive values reduce repetition.</source>
        <translation>-2 a 2: valores positivos reduzem a repetição.</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Semente:</translation>
    </message>
    <message>
        <source>Same seed and parameters: the same answer, if the server can.</source>
        <translation>Mesma semente e parâmetros: a mesma resposta, se o servidor conseguir.</translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation>Se&amp;quências de parada:</translation>
    </message>
    <message>
        <source>Stop sequence %1</source>
        <translation>Sequência de parada %1</translation>
    </message>
    <message>
        <source>Generation stops before this text. Write a newline as \n.</source>
        <translation>A geração para antes deste texto. Escreva uma quebra de linha como \n.</translation>
    </message>
    <message>
        <source>Lo&amp;git bias:</source>
        <translation>Lo&amp;git bias:</translation>
    </message>
    <message>
        <source>A JSON object of token ids and biases from -100 (never) to 100 (always).</source>
        <translation>Um objeto JSON de IDs de token e vieses de -100 (nunca) a 100 (sempre).</translation>
    </message>
    <message>
        <source>Logit bias problem</source>
        <translation>Problema no logit bias</translation>
    </message>
</context>
<context>
    <name>PlaygroundResult</name>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Alternativa %1 de %2</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source> · not finished</source>
        <translation> · não concluída</translation>
    </message>
    <message>
        <source> · finished: %1</source>
        <translation> · concluída: %1</translation>
    </message>
    <message>
        <source>Previous choice</source>
        <translation>Alternativa anterior</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>Próxima alternativa</translation>
    </message>
    <message>
        <source>Prompt and completion</source>
        <translation>Prompt e conclusão</translation>
    </message>
    <message>
        <source>Move the text cursor onto a token to read its probability and alternatives.</source>
        <translation>Mova o cursor de texto para um token para ver a probabilidade e as alternativas dele.</translation>
    </message>
    <message>
        <source>Token at the cursor</source>
        <translation>Token no cursor</translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Completions Playground</source>
        <translation>Playground de conclusões</translation>
    </message>
    <message>
        <source>Completions Playground — %1</source>
        <translation>Playground de conclusões — %1</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>A base model, e.g. gpt-3.5-turbo-instruct</source>
        <translation>Um modelo base, por exemplo gpt-3.5-turbo-instruct</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Run the prompt (Ctrl+Enter)</source>
        <translation>Executar o prompt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop and keep what arrived (Esc)</source>
        <translation>Parar e manter o que chegou (Esc)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Histórico de execuções</translation>
    </message>
    <message>
        <source>Earlier runs: select one to restore its prompt, parameters and result</source>
        <translation>Execuções anteriores: selecione uma para restaurar o prompt, os parâmetros e o resultado dela</translation>
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
        <translation>Texto para o modelo continuar…</translation>
    </message>
    <message>
        <source>&amp;Insert mode: text after the completion (suffix)</source>
        <translation>Modo de &amp;inserção: texto após a conclusão (suffix)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>Modo de inserção</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion…</source>
        <translation>Texto que vem depois da conclusão inserida…</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>Ainda não há nenhum perfil: adicione um em Arquivo › Perfis.</translation>
    </message>
    <message>
        <source>Enter a model.</source>
        <translation>Digite um modelo.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Escreva um prompt primeiro.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the completion so far is kept.</source>
        <translation>Parado: a conclusão obtida até agora foi mantida.</translation>
    </message>
    <message>
        <source>This server does not offer legacy completions (POST /completions): %1. Base models on llama.cpp, vLLM and similar servers do; chat-only services do not.</source>
        <translation>Este servidor não oferece as conclusões legadas (POST /completions): %1. Modelos base no llama.cpp, vLLM e servidores semelhantes oferecem; serviços apenas de chat, não.</translation>
    </message>
    <message>
        <source>The completion failed: %1</source>
        <translation>A conclusão falhou: %1</translation>
    </message>
    <message>
        <source>The run history could not be saved to %1.</source>
        <translation>Não foi possível salvar o histórico de execuções em %1.</translation>
    </message>
    <message>
        <source>The server and account the prompt is sent to</source>
        <translation>O servidor e a conta para onde o prompt é enviado</translation>
    </message>
    <message>
        <source>The text the model continues; Ctrl+Enter runs it</source>
        <translation>O texto que o modelo continua; Ctrl+Enter o executa</translation>
    </message>
    <message>
        <source>Text that follows the inserted completion</source>
        <translation>Texto que vem depois da conclusão inserida</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <source>Where do you want to chat?</source>
        <translation>Onde você quer conversar?</translation>
    </message>
    <message>
        <source>Pick the service or local server Kaiwa should talk to. You can add more later under Provider profiles.</source>
        <translation>Escolha o serviço ou servidor local com que o Kaiwa deve se comunicar. Você pode adicionar outros depois em Perfis de provedor.</translation>
    </message>
    <message>
        <source>Services and servers</source>
        <translation>Serviços e servidores</translation>
    </message>
    <message>
        <source>Pick the service or local server to connect to</source>
        <translation>Escolha o serviço ou servidor local ao qual se conectar</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;licar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Provider profiles</source>
        <translation>Perfis de provedor</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation>Adicionar um perfil a partir de uma predefinição</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>Duplicar o perfil</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>Remover o perfil</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Salvar o perfil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>The key could not be removed: %1</source>
        <translation>Não foi possível remover a chave: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Descartar as alterações em “%1”?</translation>
    </message>
    <message>
        <source>No profiles yet. Add one from a preset.</source>
        <translation>Ainda não há perfis. Adicione um a partir de uma predefinição.</translation>
    </message>
    <message>
        <source>Could not read the key from the keychain: %1</source>
        <translation>Não foi possível ler a chave do chaveiro: %1</translation>
    </message>
    <message>
        <source>Save this profile before duplicating it.</source>
        <translation>Salve este perfil antes de duplicá-lo.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrija primeiro os campos marcados.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>Cópia de %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its API key from the keychain?</source>
        <translation>Remover o perfil “%1” e a chave da API dele do chaveiro?</translation>
    </message>
    <message>
        <source>Could not remove the profile: %1</source>
        <translation>Não foi possível remover o perfil: %1</translation>
    </message>
    <message>
        <source>The profile was removed, but its key is still in the keychain: %1</source>
        <translation>O perfil foi removido, mas a chave dele ainda está no chaveiro: %1</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain: %1</source>
        <translation>Não foi possível armazenar a senha do proxy no chaveiro: %1</translation>
    </message>
    <message>
        <source>Could not read the proxy password from the keychain: %1</source>
        <translation>Não foi possível ler a senha do proxy do chaveiro: %1</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Test the connection again.</source>
        <translation>O certificado agora é confiável para “%1”. Teste a conexão novamente.</translation>
    </message>
    <message>
        <source>Not saved: fix the marked fields first.</source>
        <translation>Não salvo: corrija primeiro os campos marcados.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Já existe um perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved “%1”. %2 The key is kept only until Kaiwa quits.</source>
        <translation>“%1” salvo. %2 A chave só é mantida até o Kaiwa ser fechado.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” salvo.</translation>
    </message>
    <message>
        <source>“%1” was saved, but its key could not be stored in the keychain: %2</source>
        <translation>“%1” foi salvo, mas não foi possível armazenar a chave dele no chaveiro: %2</translation>
    </message>
    <message>
        <source>Fix the marked fields first: %1</source>
        <translation>Corrija primeiro os campos marcados: %1</translation>
    </message>
    <message>
        <source>The saved provider profiles; the selected one is edited on the right</source>
        <translation>Os perfis de provedor salvos; o selecionado é editado à direita</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Net&amp;work and TLS…</source>
        <translation>Rede e TL&amp;S…</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Tipo de provedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Parâmetros extras</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeçalhos extras</translation>
    </message>
    <message>
        <source>Extra body JSON</source>
        <translation>JSON extra do corpo</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <source>Token limit field</source>
        <translation>Campo de limite de tokens</translation>
    </message>
    <message>
        <source>Network and TLS settings</source>
        <translation>Configurações de rede e TLS</translation>
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
        <translation>Gateway (OpenRouter, OfoxAI, …)</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>Servidor local (Ollama, llama.cpp, LM Studio, vLLM)</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>api-key header</source>
        <translation>Cabeçalho api-key</translation>
    </message>
    <message>
        <source>Both headers</source>
        <translation>Ambos os cabeçalhos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>max_completion_tokens (OpenAI)</source>
        <translation>max_completion_tokens (OpenAI)</translation>
    </message>
    <message>
        <source>max_tokens (most other servers)</source>
        <translation>max_tokens (a maioria dos outros servidores)</translation>
    </message>
    <message>
        <source>What Azure does with body fields it does not know: drop them, pass them to the model, or reject the request</source>
        <translation>O que o Azure faz com campos do corpo que não conhece: descartá-los, repassá-los ao modelo ou rejeitar a requisição</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini; Azure OpenAI: the deployment</source>
        <translation>ex.: gpt-4o-mini; Azure OpenAI: a implantação</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>Autent&amp;icação:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave da API:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versão da API:</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>Parâmetros e&amp;xtras:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modelo padrão:</translation>
    </message>
    <message>
        <source>&amp;Token limit field:</source>
        <translation>Campo de limite de to&amp;kens:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Cabeçal&amp;hos extras:</translation>
    </message>
    <message>
        <source>Extra &amp;body:</source>
        <translation>Corpo &amp;extra:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Rede:</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>configurações de proxy do sistema</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>sem proxy</translation>
    </message>
    <message>
        <source>%1 proxy %2:%3</source>
        <translation>proxy %1 %2:%3</translation>
    </message>
    <message>
        <source>extra CAs</source>
        <translation>ACs adicionais</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificado de cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n pinned fingerprint(s)</source>
        <translation>
            <numerusform>%n impressão digital fixada</numerusform>
            <numerusform>%n impressões digitais fixadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trusted certificate(s)</source>
        <translation>
            <numerusform>%n certificado confiável</numerusform>
            <numerusform>%n certificados confiáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>The name the profile is listed and chosen by</source>
        <translation>O nome com que o perfil é listado e escolhido</translation>
    </message>
    <message>
        <source>The kind of server, which decides the URL form and the authentication</source>
        <translation>O tipo de servidor, que determina o formato da URL e a autenticação</translation>
    </message>
    <message>
        <source>The address requests go to, up to /v1</source>
        <translation>O endereço para onde vão as requisições, até /v1</translation>
    </message>
    <message>
        <source>How the API key is sent to the server</source>
        <translation>Como a chave da API é enviada ao servidor</translation>
    </message>
    <message>
        <source>Azure&apos;s api-version query parameter</source>
        <translation>O parâmetro de consulta api-version do Azure</translation>
    </message>
    <message>
        <source>Headers added to every request, one &quot;Name: value&quot; per line</source>
        <translation>Cabeçalhos adicionados a cada requisição, um &quot;Name: value&quot; por linha</translation>
    </message>
    <message>
        <source>A JSON object whose fields are added to every request body</source>
        <translation>Um objeto JSON cujos campos são adicionados ao corpo de cada requisição</translation>
    </message>
    <message>
        <source>The model new conversations with this profile start with</source>
        <translation>O modelo com que as novas conversas com este perfil começam</translation>
    </message>
    <message>
        <source>Which request field carries the answer length limit</source>
        <translation>Qual campo da requisição leva o limite de tamanho da resposta</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot; (letters, digits and -).</source>
        <translation>Linha %1: escreva cada cabeçalho como &quot;Name: value&quot; (letras, dígitos e -).</translation>
    </message>
    <message>
        <source>Not valid JSON (line %1): %2</source>
        <translation>JSON inválido (linha %1): %2</translation>
    </message>
    <message>
        <source>The extra body must be a JSON object: { … }</source>
        <translation>O corpo extra deve ser um objeto JSON: { … }</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation>Digite a URL base do servidor.</translation>
    </message>
    <message>
        <source>Replace the part in braces, e.g. {resource}, with your own value.</source>
        <translation>Substitua a parte entre chaves, por exemplo {resource}, pelo seu próprio valor.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>A URL base deve começar com http:// ou https:// e indicar um host.</translation>
    </message>
</context>
<context>
    <name>ProfileNetwork</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>the client key “%1” is encrypted with a passphrase, which Kaiwa does not support; export it without one (openssl pkey -in KEY -out PLAIN.pem) and keep that file private</source>
        <translation>a chave de cliente “%1” está criptografada com uma frase secreta, o que o Kaiwa não suporta; exporte-a sem frase secreta (openssl pkey -in KEY -out PLAIN.pem) e mantenha esse arquivo privado</translation>
    </message>
    <message>
        <source>“%1” holds no PEM private key</source>
        <translation>“%1” não contém nenhuma chave privada PEM</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate</source>
        <translation>“%1” não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>um certificado de cliente precisa tanto do arquivo do certificado quanto do arquivo da sua chave</translation>
    </message>
    <message>
        <source>No certificate of the server matches the fingerprints pinned in the profile</source>
        <translation>Nenhum certificado do servidor corresponde às impressões digitais fixadas no perfil</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1
%2</source>
        <translation>o certificado do servidor foi recusado: %1
%2</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may not accept the profile&apos;s client certificate</source>
        <translation>o servidor fechou a conexão logo após o handshake TLS; ele talvez não aceite o certificado de cliente do perfil</translation>
    </message>
    <message>
        <source>the server closed the connection right after the TLS handshake; it may require a client certificate (mutual TLS): set one in the profile</source>
        <translation>o servidor fechou a conexão logo após o handshake TLS; ele talvez exija um certificado de cliente (TLS mútuo): defina um no perfil</translation>
    </message>
    <message>
        <source>the proxy %1:%2 refused the user name and password of the profile (HTTP 407)</source>
        <translation>o proxy %1:%2 recusou o nome de usuário e a senha do perfil (HTTP 407)</translation>
    </message>
    <message>
        <source>the proxy %1:%2 asks for a user name and password; set them in the profile</source>
        <translation>o proxy %1:%2 pede um nome de usuário e uma senha; defina-os no perfil</translation>
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
        <translation>Crie uma chave da API em platform.openai.com, na seção API keys.</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure OpenAI resource name. The key is under Keys and Endpoint in the Azure portal; the default model is your deployment name.</source>
        <translation>Substitua {resource} pelo nome do seu recurso do Azure OpenAI. A chave fica em Chaves e Ponto de Extremidade no portal do Azure; o modelo padrão é o nome da sua implantação.</translation>
    </message>
    <message>
        <source>Azure AI inference</source>
        <translation>Azure AI inference</translation>
    </message>
    <message>
        <source>Replace {resource} with your Azure AI services resource name (for a serverless endpoint, paste its full URL instead). The key is on the endpoint&apos;s page.</source>
        <translation>Substitua {resource} pelo nome do seu recurso dos serviços de IA do Azure (para um ponto de extremidade sem servidor, cole a URL completa dele). A chave fica na página do ponto de extremidade.</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Create a key at openrouter.ai/keys. Models are named provider/model; routing preferences go into the extra body as a &quot;provider&quot; object.</source>
        <translation>Crie uma chave em openrouter.ai/keys. Os modelos são nomeados como provider/model; as preferências de roteamento vão no corpo extra como um objeto &quot;provider&quot;.</translation>
    </message>
    <message>
        <source>OfoxAI</source>
        <translation>OfoxAI</translation>
    </message>
    <message>
        <source>Create a key in the OfoxAI console. Models are named provider/model, e.g. openai/gpt-4o.</source>
        <translation>Crie uma chave no console do OfoxAI. Os modelos são nomeados como provider/model, por exemplo openai/gpt-4o.</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Start Ollama and pull a model first (ollama pull llama3.2). No key needed.</source>
        <translation>Inicie o Ollama e baixe um modelo antes (ollama pull llama3.2). Não é necessária chave.</translation>
    </message>
    <message>
        <source>llama.cpp</source>
        <translation>llama.cpp</translation>
    </message>
    <message>
        <source>Start llama-server with a model (-m model.gguf). No key unless you started it with --api-key.</source>
        <translation>Inicie o llama-server com um modelo (-m model.gguf). Não é necessária chave, a menos que você o tenha iniciado com --api-key.</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Start the local server in LM Studio&apos;s Developer tab and load a model. No key needed.</source>
        <translation>Inicie o servidor local na aba Developer do LM Studio e carregue um modelo. Não é necessária chave.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Não há nenhum perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>A profile called “%1” already exists.</source>
        <translation>Já existe um perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Um perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>A profile name cannot consist of spaces only.</source>
        <translation>O nome de um perfil não pode conter apenas espaços.</translation>
    </message>
    <message>
        <source>A profile name cannot contain line breaks, tabs or other control characters.</source>
        <translation>O nome de um perfil não pode conter quebras de linha, tabulações ou outros caracteres de controle.</translation>
    </message>
    <message>
        <source>Could not save the profiles to “%1”. Check that the folder exists and that you may write to it.</source>
        <translation>Não foi possível salvar os perfis em “%1”. Verifique se a pasta existe e se você tem permissão de escrita nela.</translation>
    </message>
    <message>
        <source>“%1” is not a valid settings file, so Kaiwa did not overwrite it. Fix or remove it and try again.</source>
        <translation>“%1” não é um arquivo de configurações válido, por isso o Kaiwa não o sobrescreveu. Corrija-o ou remova-o e tente novamente.</translation>
    </message>
</context>
<context>
    <name>RecorderWidget</name>
    <message>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anexar</translation>
    </message>
    <message>
        <source>Recording length</source>
        <translation>Duração da gravação</translation>
    </message>
    <message>
        <source>Attach the recording to the message</source>
        <translation>Anexar a gravação à mensagem</translation>
    </message>
    <message>
        <source>Recording %1.wav</source>
        <translation>Gravação %1.wav</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>Nada foi gravado: o microfone não enviou nenhum som.</translation>
    </message>
    <message>
        <source>Recording stopped at the %1 limit.</source>
        <translation>A gravação parou no limite de %1.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Gravar novamente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RemoteImageLoader</name>
    <message>
        <source>not an image (%1)</source>
        <translation>não é uma imagem (%1)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sem tipo</translation>
    </message>
    <message>
        <source>too large (%1 MB)</source>
        <translation>grande demais (%1 MB)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>grande demais</translation>
    </message>
    <message>
        <source>can&apos;t read the image</source>
        <translation>não é possível ler a imagem</translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requisição</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Res&amp;posta</translation>
    </message>
    <message>
        <source>S&amp;tream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Res&amp;umo</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>Cabeçalhos e corpo da requisição</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>Cabeçalhos e corpo da resposta</translation>
    </message>
    <message>
        <source>Stream events with their times</source>
        <translation>Eventos do stream com seus horários</translation>
    </message>
    <message>
        <source>Summary: timing and usage</source>
        <translation>Resumo: tempos e uso</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalhes da requisição</translation>
    </message>
    <message>
        <source>(%1 bytes sent; base64 data shortened here)</source>
        <translation>(%1 bytes enviados; dados base64 abreviados aqui)</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Sem resposta: %1</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Aguardando a resposta…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID da requisição %1</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de taxa</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requisições</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>restam %1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>restam %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <source>full again in %1</source>
        <translation>restaurado em %1</translation>
    </message>
    <message>
        <source>retry after %1</source>
        <translation>tentar novamente após %1</translation>
    </message>
    <message>
        <source>(streamed: see the Stream tab)</source>
        <translation>(via streaming: veja a aba Stream)</translation>
    </message>
    <message>
        <source>This response was not a stream.</source>
        <translation>Esta resposta não foi um stream.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more events not kept</source>
        <translation>
            <numerusform>… mais %n evento não mantido</numerusform>
            <numerusform>… mais %n eventos não mantidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Início: %1</translation>
    </message>
    <message>
        <source>Attempt: %1</source>
        <translation>Tentativa: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>Tempo até o primeiro token: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duração: %1</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>Tokens per second: %1</source>
        <translation>Tokens por segundo: %1</translation>
    </message>
    <message>
        <source>(from usage)</source>
        <translation>(de usage)</translation>
    </message>
    <message numerus="yes">
        <source>(counted from %n chunks)</source>
        <translation>
            <numerusform>(contado a partir de %n bloco)</numerusform>
            <numerusform>(contado a partir de %n blocos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream events: %1</source>
        <translation>Eventos do stream: %1</translation>
    </message>
    <message>
        <source>Usage: not reported</source>
        <translation>Uso: não informado</translation>
    </message>
    <message>
        <source>Prompt tokens: %1</source>
        <translation>Tokens de prompt: %1</translation>
    </message>
    <message>
        <source>  cached: %1</source>
        <translation>  em cache: %1</translation>
    </message>
    <message>
        <source>Completion tokens: %1</source>
        <translation>Tokens de conclusão: %1</translation>
    </message>
    <message>
        <source>  reasoning: %1</source>
        <translation>  raciocínio: %1</translation>
    </message>
    <message>
        <source>Total tokens: %1</source>
        <translation>Total de tokens: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Kaiwa retried this request.</source>
        <translation>O Kaiwa tentou novamente esta requisição.</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
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
        <translation>Tokens/s</translation>
    </message>
</context>
<context>
    <name>ResponseFormatEditor</name>
    <message>
        <source>Strict</source>
        <translation>Estrito</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Response format type</source>
        <translation>Tipo de formato da resposta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nome do esquema</translation>
    </message>
    <message>
        <source>e.g. answer</source>
        <translation>ex.: answer</translation>
    </message>
    <message>
        <source>Strict schema adherence</source>
        <translation>Seguir o esquema estritamente</translation>
    </message>
    <message>
        <source>The model follows the schema exactly (a subset of JSON Schema)</source>
        <translation>O modelo segue o esquema exatamente (um subconjunto do JSON Schema)</translation>
    </message>
    <message>
        <source>Saved schemas</source>
        <translation>Esquemas salvos</translation>
    </message>
    <message>
        <source>Load a saved schema</source>
        <translation>Carregar um esquema salvo</translation>
    </message>
    <message>
        <source>Save schema</source>
        <translation>Salvar esquema</translation>
    </message>
    <message>
        <source>Save this schema under its name (replacing one of the same name)</source>
        <translation>Salvar este esquema com o nome dele (substituindo outro de mesmo nome)</translation>
    </message>
    <message>
        <source>Delete saved schema</source>
        <translation>Excluir esquema salvo</translation>
    </message>
    <message>
        <source>Delete the chosen saved schema (the editor keeps it: Save brings it back)</source>
        <translation>Excluir o esquema salvo escolhido (o editor o mantém: Salvar o traz de volta)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The schema name must be 1–64 letters, digits, underscores or dashes.</source>
        <translation>O nome do esquema deve ter de 1 a 64 letras, dígitos, sublinhados ou hifens.</translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1 (at character %2)</source>
        <translation>O esquema não é um JSON válido: %1 (no caractere %2)</translation>
    </message>
    <message>
        <source>The schema must be a JSON object.</source>
        <translation>O esquema deve ser um objeto JSON.</translation>
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
            <numerusform>…e mais %n</numerusform>
            <numerusform>…e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Strict mode may refuse this schema:</source>
        <translation>O modo strict pode recusar este esquema:</translation>
    </message>
    <message>
        <source>None saved</source>
        <translation>Nenhum salvo</translation>
    </message>
    <message>
        <source>Saved…</source>
        <translation>Salvos…</translation>
    </message>
    <message>
        <source>“%1” is no longer saved.</source>
        <translation>“%1” não está mais salvo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Salvo como “%1”.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Não excluído: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluído.</translation>
    </message>
    <message>
        <source>Whether the answer is free text, any JSON object or JSON following a schema</source>
        <translation>Se a resposta é texto livre, qualquer objeto JSON ou JSON que segue um esquema</translation>
    </message>
    <message>
        <source>The name sent with the schema and used to save it</source>
        <translation>O nome enviado com o esquema e usado para salvá-lo</translation>
    </message>
    <message>
        <source>The JSON Schema the answer must follow</source>
        <translation>O JSON Schema que a resposta deve seguir</translation>
    </message>
</context>
<context>
    <name>SchemaLibrary</name>
    <message>
        <source>Can&apos;t read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); fix or remove it to save schemas again.</source>
        <translation>%1 está corrompido (%2); corrija-o ou remova-o para voltar a salvar esquemas.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Internal error: the keychain needs a running Qt application.</source>
        <translation>Erro interno: o chaveiro precisa de um aplicativo Qt em execução.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked and waiting for a password; unlock it and try again.</source>
        <translation>O chaveiro do sistema não respondeu em %1 segundos. Ele pode estar bloqueado, aguardando uma senha; desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>The operation was cancelled because Kaiwa is shutting down.</source>
        <translation>A operação foi cancelada porque o Kaiwa está sendo encerrado.</translation>
    </message>
    <message>
        <source>An API key needs a profile name.</source>
        <translation>Uma chave da API precisa de um nome de perfil.</translation>
    </message>
</context>
<context>
    <name>SessionRegistry</name>
    <message>
        <source>The conversation is not open.</source>
        <translation>A conversa não está aberta.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Show images from the web in answers</source>
        <translation>Mostrar imagens da web nas respostas</translation>
    </message>
    <message>
        <source>Offer to run a local command for tool calls</source>
        <translation>Oferecer a execução de um comando local para chamadas de ferramenta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter envia, Shift+Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter envia, Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>Scale images down to a long side of</source>
        <translation>Reduzir imagens para um lado maior de</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Maior anexo</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Markdown images in answers are downloaded from their sites, which can see your address. Off: they are shown as links.</source>
        <translation>As imagens Markdown nas respostas são baixadas dos sites delas, que podem ver o seu endereço. Desativado: elas são mostradas como links.</translation>
    </message>
    <message>
        <source>Each call gets a Run button: the command reads the call as JSON on its standard input, and what it prints is put in the answer for you to check before sending. Nothing runs unless you press Run.</source>
        <translation>Cada chamada ganha um botão Executar: o comando lê a chamada como JSON na entrada padrão, e o que ele imprime é colocado na resposta para você conferir antes de enviar. Nada é executado a menos que você clique em Executar.</translation>
    </message>
    <message>
        <source>Tool command</source>
        <translation>Comando da ferramenta</translation>
    </message>
    <message>
        <source>e.g. python3 /home/me/tools.py</source>
        <translation>ex.: python3 /home/eu/tools.py</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Envio:</translation>
    </message>
    <message>
        <source>Scale images down to a long side of:</source>
        <translation>Reduzir imagens para um lado maior de:</translation>
    </message>
    <message>
        <source>Largest attachment:</source>
        <translation>Maior anexo:</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>Chamadas de ferramenta:</translation>
    </message>
    <message>
        <source>Tool &amp;command:</source>
        <translation>&amp;Comando da ferramenta:</translation>
    </message>
    <message>
        <source>Larger images are scaled down to this many pixels on their long side before sending</source>
        <translation>Imagens maiores são reduzidas para este número de pixels no lado maior antes do envio</translation>
    </message>
    <message>
        <source>Files larger than this are refused as attachments</source>
        <translation>Arquivos maiores que isso são recusados como anexos</translation>
    </message>
    <message>
        <source>The language of Kaiwa&apos;s windows; it changes at once, without a restart</source>
        <translation>O idioma das janelas do Kaiwa; a mudança é imediata, sem reiniciar</translation>
    </message>
</context>
<context>
    <name>SpokenAnswerEditor</name>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Spoken answers</source>
        <translation>Respostas faladas</translation>
    </message>
    <message>
        <source>Ask an audio-capable model (gpt-4o-audio-preview and similar) to answer aloud as well; the transcript is shown as the text</source>
        <translation>Pedir a um modelo com suporte a áudio (gpt-4o-audio-preview e semelhantes) que também responda em voz alta; a transcrição é mostrada como texto</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Formato de áudio</translation>
    </message>
    <message>
        <source>Answers stream only in pcm16 (Kaiwa saves it as WAV); OpenAI refuses other formats while streaming.</source>
        <translation>As respostas só são transmitidas em pcm16 (o Kaiwa as salva como WAV); a OpenAI recusa outros formatos durante o streaming.</translation>
    </message>
    <message>
        <source>The voice a spoken answer is read in</source>
        <translation>A voz em que a resposta falada é lida</translation>
    </message>
    <message>
        <source>The audio format the spoken answer arrives in</source>
        <translation>O formato de áudio em que a resposta falada chega</translation>
    </message>
</context>
<context>
    <name>StopEditor</name>
    <message>
        <source>Stop sequence %1</source>
        <translation>Sequência de parada %1</translation>
    </message>
    <message>
        <source>Stop sequence %1 (\n for a line break)</source>
        <translation>Sequência de parada %1 (\n para quebra de linha)</translation>
    </message>
    <message>
        <source>Enter at least one stop sequence.</source>
        <translation>Digite pelo menos uma sequência de parada.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Could not find unfinished answers.</source>
        <translation>Não foi possível encontrar respostas inacabadas.</translation>
    </message>
    <message>
        <source>Could not open the conversation database for writing.</source>
        <translation>Não foi possível abrir o banco de dados de conversas para gravação.</translation>
    </message>
    <message>
        <source>Could not open the conversation database.</source>
        <translation>Não foi possível abrir o banco de dados de conversas.</translation>
    </message>
    <message>
        <source>Could not read the conversation database.</source>
        <translation>Não foi possível ler o banco de dados de conversas.</translation>
    </message>
    <message>
        <source>Could not set up the conversation database.</source>
        <translation>Não foi possível configurar o banco de dados de conversas.</translation>
    </message>
    <message>
        <source>Could not write to the conversation database.</source>
        <translation>Não foi possível gravar no banco de dados de conversas.</translation>
    </message>
    <message>
        <source>Could not upgrade the conversation database.</source>
        <translation>Não foi possível atualizar o banco de dados de conversas.</translation>
    </message>
    <message>
        <source>Could not read the list of open windows.</source>
        <translation>Não foi possível ler a lista de janelas abertas.</translation>
    </message>
    <message>
        <source>Could not register this window.</source>
        <translation>Não foi possível registrar esta janela.</translation>
    </message>
    <message>
        <source>Could not save an attachment.</source>
        <translation>Não foi possível salvar um anexo.</translation>
    </message>
    <message>
        <source>Could not read an attachment.</source>
        <translation>Não foi possível ler um anexo.</translation>
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
        <translation>%1 Mensagem do SQLite: %2.</translation>
    </message>
    <message>
        <source>(no file)</source>
        <comment>in place of a file name</comment>
        <translation>(nenhum arquivo)</translation>
    </message>
    <message>
        <source>The conversation database %1 is damaged.</source>
        <translation>O banco de dados de conversas %1 está corrompido.</translation>
    </message>
    <message>
        <source>Kaiwa did not change the file and your open conversation is still in memory; copy the file somewhere safe, then move it away (or restore a %1.bak-… copy) and start Kaiwa again.</source>
        <translation>O Kaiwa não alterou o arquivo e sua conversa aberta ainda está na memória; copie o arquivo para um local seguro, depois mova-o para outro lugar (ou restaure uma cópia %1.bak-…) e inicie o Kaiwa novamente.</translation>
    </message>
    <message>
        <source>The conversation database %1 is read-only.</source>
        <translation>O banco de dados de conversas %1 é somente leitura.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable for your user (or move them off read-only media) and try again; nothing in memory was lost.</source>
        <translation>Dê permissão de escrita no arquivo e na sua pasta ao seu usuário (ou tire-os de uma mídia somente leitura) e tente novamente; nada do que está na memória foi perdido.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation>O disco que contém %1 está cheio.</translation>
    </message>
    <message>
        <source>Free some space on that disk and try again; the conversation stays in memory until it is saved.</source>
        <translation>Libere espaço nesse disco e tente novamente; a conversa fica na memória até ser salva.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>Outro programa está usando %1.</translation>
    </message>
    <message>
        <source>Close other Kaiwa windows or programs that use this file, then try again; nothing in memory was lost.</source>
        <translation>Feche outras janelas do Kaiwa ou programas que usam este arquivo e tente novamente; nada do que está na memória foi perdido.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Não foi possível abrir o arquivo %1.</translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and are writable for your user, then start Kaiwa again.</source>
        <translation>Verifique se o arquivo e sua pasta existem e se seu usuário tem permissão de escrita neles e inicie o Kaiwa novamente.</translation>
    </message>
    <message>
        <source>The data does not fit the database&apos;s rules.</source>
        <translation>Os dados não obedecem às regras do banco de dados.</translation>
    </message>
    <message>
        <source>This is a bug in Kaiwa; please report it. The data is still in memory.</source>
        <translation>Isto é um erro do Kaiwa; por favor, relate-o. Os dados ainda estão na memória.</translation>
    </message>
    <message>
        <source>Reading or writing the conversation database %1 failed.</source>
        <translation>A leitura ou gravação do banco de dados de conversas %1 falhou.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and working, then try again; the conversation stays in memory.</source>
        <translation>Verifique se o disco está conectado e funcionando e tente novamente; a conversa fica na memória.</translation>
    </message>
    <message>
        <source>Could not import conversations.</source>
        <translation>Não foi possível importar as conversas.</translation>
    </message>
    <message>
        <source>Could not create a conversation.</source>
        <translation>Não foi possível criar uma conversa.</translation>
    </message>
    <message>
        <source>Could not save the conversation.</source>
        <translation>Não foi possível salvar a conversa.</translation>
    </message>
    <message>
        <source>Could not delete a conversation.</source>
        <translation>Não foi possível excluir uma conversa.</translation>
    </message>
    <message>
        <source>Could not list the conversations.</source>
        <translation>Não foi possível listar as conversas.</translation>
    </message>
    <message>
        <source>Could not read a conversation.</source>
        <translation>Não foi possível ler uma conversa.</translation>
    </message>
    <message>
        <source>Could not save a message.</source>
        <translation>Não foi possível salvar uma mensagem.</translation>
    </message>
    <message>
        <source>Could not save the arriving answer.</source>
        <translation>Não foi possível salvar a resposta que está chegando.</translation>
    </message>
    <message>
        <source>Could not read messages.</source>
        <translation>Não foi possível ler as mensagens.</translation>
    </message>
    <message>
        <source>Could not read the active branch.</source>
        <translation>Não foi possível ler o ramo ativo.</translation>
    </message>
    <message>
        <source>Could not search the conversations.</source>
        <translation>Não foi possível pesquisar as conversas.</translation>
    </message>
</context>
<context>
    <name>StoredCompletionModel</name>
    <message>
        <source>Prompt %1 · completion %2 · total %3</source>
        <translation>Prompt %1 · conclusão %2 · total %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadados</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Primeira mensagem</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Não conectado a um servidor.</translation>
    </message>
    <message>
        <source>The server did not delete it.</source>
        <translation>O servidor não a excluiu.</translation>
    </message>
    <message>
        <source>A metadata key cannot be empty.</source>
        <translation>Uma chave de metadados não pode ficar vazia.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be text.</source>
        <translation>O valor de “%1” deve ser texto.</translation>
    </message>
    <message>
        <source>No such stored completion.</source>
        <translation>Essa conclusão armazenada não existe.</translation>
    </message>
    <message>
        <source>The metadata was not saved: %1</source>
        <translation>Os metadados não foram salvos: %1</translation>
    </message>
</context>
<context>
    <name>StoredCompletions</name>
    <message>
        <source>An export is running.</source>
        <translation>Uma exportação está em andamento.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The API key was refused (HTTP 401).</source>
        <translation>A chave da API foi recusada (HTTP 401).</translation>
    </message>
    <message>
        <source>No permission to use stored completions with this key (HTTP 403).</source>
        <translation>Esta chave não tem permissão para usar conclusões armazenadas (HTTP 403).</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP 404).</source>
        <translation>Este servidor não oferece suporte a conclusões armazenadas (HTTP 404).</translation>
    </message>
    <message>
        <source>This stored completion does not exist (any more) (HTTP 404).</source>
        <translation>Esta conclusão armazenada não existe (mais) (HTTP 404).</translation>
    </message>
    <message>
        <source>This server does not support stored completions (HTTP %1).</source>
        <translation>Este servidor não oferece suporte a conclusões armazenadas (HTTP %1).</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Nenhum cliente</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Kaiwa&apos;s sentence, then the server&apos;s own message</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): try again later.</source>
        <translation>Limite de taxa atingido (HTTP 429): tente novamente mais tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n s.</source>
        <translation>
            <numerusform>Limite de taxa atingido (HTTP 429): tente novamente em %n s.</numerusform>
            <numerusform>Limite de taxa atingido (HTTP 429): tente novamente em %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): try again in %n min.</source>
        <translation>
            <numerusform>Limite de taxa atingido (HTTP 429): tente novamente em %n min.</numerusform>
            <numerusform>Limite de taxa atingido (HTTP 429): tente novamente em %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredCompletionsWindow</name>
    <message>
        <source>Delete Stored Completions</source>
        <translation>Excluir conclusões armazenadas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored completion(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n conclusão armazenada do servidor? Isso não pode ser desfeito.</numerusform>
            <numerusform>Excluir %n conclusões armazenadas do servidor? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n completion(s)…</source>
        <translation>
            <numerusform>Excluindo %n conclusão…</numerusform>
            <numerusform>Excluindo %n conclusões…</numerusform>
        </translation>
    </message>
    <message>
        <source>not deleted: %1</source>
        <translation>não excluída: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stored completion(s).</source>
        <translation>
            <numerusform>%n conclusão armazenada excluída.</numerusform>
            <numerusform>%n conclusões armazenadas excluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 could not be deleted (see Problems below).</source>
        <translation>%1 excluídas, %2 não puderam ser excluídas (veja Problemas abaixo).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Stored Completions</source>
        <translation>Exportar conclusões armazenadas</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation>%1 exportadas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not exported: %1</source>
        <translation>não exportada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stored completion(s) to %1.</source>
        <translation>
            <numerusform>%n conclusão armazenada exportada para %1.</numerusform>
            <numerusform>%n conclusões armazenadas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Opening %1 as a conversation…</source>
        <translation>Abrindo %1 como conversa…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Não foi possível salvar a conversa: %1</translation>
    </message>
    <message>
        <source>Opened %1 as a conversation in the main window.</source>
        <translation>%1 foi aberta como conversa na janela principal.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Stored completions</source>
        <translation>Conclusões armazenadas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>Carregar a lista novamente</translation>
    </message>
    <message>
        <source>Open as &amp;Conversation</source>
        <translation>Abrir como &amp;conversa</translation>
    </message>
    <message>
        <source>Open the selected completion as a conversation</source>
        <translation>Abrir a conclusão selecionada como conversa</translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation>Exportar como JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected completions</source>
        <translation>Excluir as conclusões selecionadas</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancelar exportação</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar a exportação</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Problems with single completions</source>
        <translation>Problemas com conclusões individuais</translation>
    </message>
    <message>
        <source>C&amp;lear Problems</source>
        <translation>&amp;Limpar problemas</translation>
    </message>
    <message>
        <source>Clear the problem list</source>
        <translation>Limpar a lista de problemas</translation>
    </message>
    <message>
        <source>Stored completions cannot be changed. Open this one as a conversation to edit or continue it.</source>
        <translation>Conclusões armazenadas não podem ser alteradas. Abra esta como conversa para editá-la ou continuá-la.</translation>
    </message>
    <message>
        <source>There is no profile yet: add one in File › Profiles.</source>
        <translation>Ainda não há nenhum perfil: adicione um em Arquivo › Perfis.</translation>
    </message>
    <message>
        <source>Stored Completions</source>
        <translation>Conclusões armazenadas</translation>
    </message>
    <message>
        <source>Stored Completions — %1</source>
        <translation>Conclusões armazenadas — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored completion(s) loaded</source>
        <translation>
            <numerusform>%n conclusão armazenada carregada</numerusform>
            <numerusform>%n conclusões armazenadas carregadas</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · carregando…</translation>
    </message>
    <message>
        <source> · more when you scroll down</source>
        <translation> · mais ao rolar para baixo</translation>
    </message>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>Exportar s&amp;eleção…</translation>
    </message>
    <message>
        <source>E&amp;xport All…</source>
        <translation>Exportar t&amp;udo…</translation>
    </message>
    <message>
        <source>The account whose stored completions are listed</source>
        <translation>A conta cujas conclusões armazenadas são listadas</translation>
    </message>
    <message>
        <source>Completions the server kept; select one to see its messages and metadata</source>
        <translation>Conclusões que o servidor guardou; selecione uma para ver suas mensagens e metadados</translation>
    </message>
</context>
<context>
    <name>StoredDetailPane</name>
    <message>
        <source>Messages of the selected completion</source>
        <translation>Mensagens da conclusão selecionada</translation>
    </message>
    <message>
        <source>No completion selected</source>
        <translation>Nenhuma conclusão selecionada</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parâmetros: %1</translation>
    </message>
    <message>
        <source>Usage: %1 prompt + %2 completion = %3 tokens</source>
        <translation>Uso: %1 de prompt + %2 de conclusão = %3 tokens</translation>
    </message>
    <message>
        <source>Select a stored completion to see its messages.</source>
        <translation>Selecione uma conclusão armazenada para ver as mensagens dela.</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Não foi possível carregar as mensagens: %1</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Carregando mensagens…</translation>
    </message>
</context>
<context>
    <name>StoredFilterBar</name>
    <message>
        <source>&amp;Apply Filters</source>
        <translation>Aplicar &amp;filtros</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Filtro de modelo</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Qualquer modelo</translation>
    </message>
    <message>
        <source>Metadata filter</source>
        <translation>Filtro de metadados</translation>
    </message>
    <message>
        <source>Metadata, e.g. app=kaiwa, user=alice</source>
        <translation>Metadados, por exemplo app=kaiwa, user=alice</translation>
    </message>
    <message>
        <source>Only completions whose metadata has every one of these key=value pairs, separated by commas</source>
        <translation>Somente conclusões cujos metadados tenham todos estes pares key=value, separados por vírgulas</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigas primeiro</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Aplicar filtros</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation>Meta&amp;dados:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordem:</translation>
    </message>
    <message>
        <source>“%1” is not a key=value pair.</source>
        <translation>“%1” não é um par key=value.</translation>
    </message>
    <message>
        <source>Newest or oldest completions first</source>
        <translation>Conclusões mais recentes ou mais antigas primeiro</translation>
    </message>
</context>
<context>
    <name>StoredMetadataPanel</name>
    <message>
        <source>Add Pa&amp;ir</source>
        <translation>Adicionar pa&amp;r</translation>
    </message>
    <message>
        <source>Remo&amp;ve Pair</source>
        <translation>Remo&amp;ver par</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Rever&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Save Metadata</source>
        <translation>&amp;Salvar metadados</translation>
    </message>
    <message>
        <source>Metadata of the selected completion</source>
        <translation>Metadados da conclusão selecionada</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add a metadata pair</source>
        <translation>Adicionar um par de metadados</translation>
    </message>
    <message>
        <source>Remove the selected metadata pair</source>
        <translation>Remover o par de metadados selecionado</translation>
    </message>
    <message>
        <source>Revert the metadata to the saved pairs</source>
        <translation>Reverter os metadados para os pares salvos</translation>
    </message>
    <message>
        <source>Save the metadata</source>
        <translation>Salvar os metadados</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadados</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>A linha %1 tem um valor, mas nenhuma chave.</translation>
    </message>
    <message>
        <source>The key “%1” is used twice.</source>
        <translation>A chave “%1” é usada duas vezes.</translation>
    </message>
    <message>
        <source>A stored completion can have at most %1 metadata pairs: remove one before adding another.</source>
        <translation>Uma conclusão armazenada pode ter no máximo %1 pares de metadados: remova um antes de adicionar outro.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>%1 de %2 pares</translation>
    </message>
    <message>
        <source>Key and value pairs; edit them, then Save</source>
        <translation>Pares de chave e valor; edite-os e clique em Salvar</translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>subject: %1
issuer: %2
valid from %3 to %4
SHA-256: %5</source>
        <translation>assunto: %1
emissor: %2
válido de %3 a %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>TlsTrustBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss the certificate message</source>
        <translation>Dispensar a mensagem do certificado</translation>
    </message>
    <message>
        <source>The certificate of the server of “%1” was refused (%2): %3, SHA-256 %4</source>
        <translation>O certificado do servidor de “%1” foi recusado (%2): %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”…</source>
        <translation>Confiar neste certificado para “%1”…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Confiar neste certificado?</translation>
    </message>
    <message>
        <source>Trust this certificate for “%1”?</source>
        <translation>Confiar neste certificado para “%1”?</translation>
    </message>
    <message>
        <source>Requests of this profile will accept this one certificate despite its errors; no other certificate and no other profile is affected. You can revoke it under File ▸ Profiles ▸ Network and TLS.</source>
        <translation>As requisições deste perfil aceitarão este certificado específico apesar dos erros; nenhum outro certificado nem outro perfil é afetado. Você pode revogá-lo em Arquivo ▸ Perfis ▸ Rede e TLS.</translation>
    </message>
    <message>
        <source>Refused because: %1</source>
        <translation>Recusado porque: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emissor: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Válido de %1 a %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Trust for “%1”</source>
        <translation>&amp;Confiar para “%1”</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Não foi possível salvar o perfil: %1</translation>
    </message>
</context>
<context>
    <name>ToolAnswerPanel</name>
    <message>
        <source>Answer every call before sending: %1 (%2) has no answer yet.</source>
        <translation>Responda a todas as chamadas antes de enviar: %1 (%2) ainda não tem resposta.</translation>
    </message>
    <message>
        <source>The command for %1 is still running.</source>
        <translation>O comando de %1 ainda está em execução.</translation>
    </message>
    <message>
        <source>⚠ The command failed: %1</source>
        <translation>⚠ O comando falhou: %1</translation>
    </message>
    <message>
        <source>⚠ The command finished but printed nothing.</source>
        <translation>⚠ O comando terminou, mas não imprimiu nada.</translation>
    </message>
    <message>
        <source>From the command; check it before sending.</source>
        <translation>Vindo do comando; confira antes de enviar.</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>Executando o comando…</translation>
    </message>
    <message>
        <source>This is not valid JSON; it will be sent as text.</source>
        <translation>Isto não é um JSON válido; será enviado como texto.</translation>
    </message>
    <message numerus="yes">
        <source>The answer called %n tool(s): give each call its result</source>
        <translation>
            <numerusform>A resposta chamou %n ferramenta: dê o resultado de cada chamada</numerusform>
            <numerusform>A resposta chamou %n ferramentas: dê o resultado de cada chamada</numerusform>
        </translation>
    </message>
    <message>
        <source>Or write a message below to go on without them.</source>
        <translation>Ou escreva uma mensagem abaixo para continuar sem eles.</translation>
    </message>
    <message>
        <source>Send results</source>
        <translation>Enviar resultados</translation>
    </message>
    <message>
        <source>Send the tool results</source>
        <translation>Enviar os resultados das ferramentas</translation>
    </message>
    <message>
        <source>Ctrl+Enter in a result field</source>
        <translation>Ctrl+Enter em um campo de resultado</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Chamadas de ferramenta</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ Arguments are not valid JSON:
%1</source>
        <translation>⚠ Os argumentos não são um JSON válido:
%1</translation>
    </message>
    <message>
        <source>What %1 returned (text or JSON)</source>
        <translation>O que %1 retornou (texto ou JSON)</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <source>Call %1 with arguments %2</source>
        <translation>Chamada de %1 com os argumentos %2</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Executar comando</translation>
    </message>
    <message>
        <source>Run the local command for %1</source>
        <translation>Executar o comando local para %1</translation>
    </message>
    <message>
        <source>Runs the command set in Settings with this call on its standard input; its output is put here for you to check.</source>
        <translation>Executa o comando definido nas Configurações com esta chamada na entrada padrão; a saída é colocada aqui para você conferir.</translation>
    </message>
</context>
<context>
    <name>ToolCalls</name>
    <message>
        <source>the message has no tool calls to answer</source>
        <translation>a mensagem não tem chamadas de ferramenta a responder</translation>
    </message>
    <message>
        <source>call %1 is answered twice</source>
        <translation>a chamada %1 foi respondida duas vezes</translation>
    </message>
    <message>
        <source>no call %1 to answer</source>
        <translation>não há chamada %1 a responder</translation>
    </message>
    <message>
        <source>call %1 (%2) has no answer</source>
        <translation>a chamada %1 (%2) não tem resposta</translation>
    </message>
</context>
<context>
    <name>ToolChoiceEditor</name>
    <message>
        <source>Tool choice</source>
        <translation>Escolha de ferramenta</translation>
    </message>
    <message>
        <source>“%1” is not among the tools.</source>
        <translation>“%1” não está entre as ferramentas.</translation>
    </message>
    <message>
        <source>The model decides whether to call a tool</source>
        <translation>O modelo decide se chama uma ferramenta</translation>
    </message>
    <message>
        <source>The model answers without calling a tool</source>
        <translation>O modelo responde sem chamar nenhuma ferramenta</translation>
    </message>
    <message>
        <source>The model calls one or more tools</source>
        <translation>O modelo chama uma ou mais ferramentas</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>chamar %1</translation>
    </message>
    <message>
        <source>The model calls %1</source>
        <translation>O modelo chama %1</translation>
    </message>
    <message>
        <source>as loaded: %1</source>
        <translation>como carregado: %1</translation>
    </message>
    <message>
        <source>call %1 (not among the tools)</source>
        <translation>chamar %1 (não está entre as ferramentas)</translation>
    </message>
    <message>
        <source>“%1” is not among the tools: the server refuses this choice.</source>
        <translation>“%1” não está entre as ferramentas: o servidor recusa esta escolha.</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool, or which one it must call</source>
        <translation>Se o modelo pode, deve ou não deve chamar uma ferramenta, ou qual delas deve chamar</translation>
    </message>
</context>
<context>
    <name>ToolCommand</name>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>O comando não terminou em %n segundo e foi interrompido.</numerusform>
            <numerusform>O comando não terminou em %n segundos e foi interrompido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command wrote more than %1 MB and was stopped.</source>
        <translation>O comando escreveu mais de %1 MB e foi interrompido.</translation>
    </message>
    <message>
        <source>The command could not be started: %1</source>
        <translation>Não foi possível iniciar o comando: %1</translation>
    </message>
    <message>
        <source>The command crashed.</source>
        <translation>O comando travou.</translation>
    </message>
    <message>
        <source>The command ended with exit code %1.</source>
        <translation>O comando terminou com o código de saída %1.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>strict mode may refuse %1: %2</source>
        <translation>o modo strict pode recusar %1: %2</translation>
    </message>
    <message>
        <source>What it does and when to call it</source>
        <translation>O que ela faz e quando chamá-la</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Adicionar função</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Tools as JSON</source>
        <translation>Ferramentas em JSON</translation>
    </message>
    <message>
        <source>Add a function tool</source>
        <translation>Adicionar uma ferramenta de função</translation>
    </message>
    <message>
        <source>Adds a function template to the list, to fill in and apply</source>
        <translation>Adiciona um modelo de função à lista, para preencher e aplicar</translation>
    </message>
    <message>
        <source>Apply tools</source>
        <translation>Aplicar ferramentas</translation>
    </message>
    <message>
        <source>Use these tools from the next request on (Ctrl+Return)</source>
        <translation>Usar estas ferramentas a partir da próxima requisição (Ctrl+Return)</translation>
    </message>
    <message>
        <source>These tools can&apos;t be sent: %1</source>
        <translation>Estas ferramentas não podem ser enviadas: %1</translation>
    </message>
    <message>
        <source>%1 is not a tool field and is not sent</source>
        <translation>%1 não é um campo de ferramenta e não é enviado</translation>
    </message>
    <message>
        <source>Make the text a valid JSON list first; the function is added to it.</source>
        <translation>Primeiro transforme o texto em uma lista JSON válida; a função é adicionada a ela.</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Nenhuma ferramenta</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>%n ferramenta: %1</numerusform>
            <numerusform>%n ferramentas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied yet: Apply (Ctrl+Return) sends these tools.</source>
        <translation>Ainda não aplicado: Aplicar (Ctrl+Return) envia estas ferramentas.</translation>
    </message>
    <message>
        <source>Edited, not applied: the tools above are still sent.</source>
        <translation>Editado, não aplicado: as ferramentas acima continuam sendo enviadas.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e mais %n</numerusform>
            <numerusform>…e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>Type a list of tools, or press “Add function”.</source>
        <translation>Digite uma lista de ferramentas ou clique em “Adicionar função”.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (%2)</source>
        <translation>JSON inválido: %1 (%2)</translation>
    </message>
    <message>
        <source>tools must be a list: put the tool in [ … ]</source>
        <translation>tools deve ser uma lista: coloque a ferramenta em [ … ]</translation>
    </message>
    <message>
        <source>tools must hold at least one tool (the API refuses an empty list); switch tools off to send none</source>
        <translation>tools deve conter pelo menos uma ferramenta (a API recusa uma lista vazia); desative tools para não enviar nenhuma</translation>
    </message>
    <message>
        <source>%1 must be 1–64 letters, digits, underscores or dashes</source>
        <translation>%1 deve ter de 1 a 64 letras, dígitos, sublinhados ou hifens</translation>
    </message>
    <message>
        <source>%1: “%2” is already the name of tools[%3]</source>
        <translation>%1: “%2” já é o nome de tools[%3]</translation>
    </message>
    <message>
        <source>The tools the model may call, as the JSON array the API takes; Ctrl+Return applies</source>
        <translation>As ferramentas que o modelo pode chamar, como o array JSON que a API recebe; Ctrl+Return aplica</translation>
    </message>
</context>
<context>
    <name>Wav</name>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>não é um arquivo WAV (sem cabeçalho RIFF/WAVE)</translation>
    </message>
    <message>
        <source>the WAV format chunk is truncated</source>
        <translation>o bloco de formato do WAV está truncado</translation>
    </message>
    <message>
        <source>the WAV file is not PCM (format %1)</source>
        <translation>o arquivo WAV não é PCM (formato %1)</translation>
    </message>
    <message>
        <source>the WAV format chunk is invalid</source>
        <translation>o bloco de formato do WAV é inválido</translation>
    </message>
    <message>
        <source>the WAV data comes before its format</source>
        <translation>os dados do WAV vêm antes do seu formato</translation>
    </message>
    <message>
        <source>the WAV file has no data chunk</source>
        <translation>o arquivo WAV não tem bloco de dados</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli</name>
    <message>
        <source>--param must look like KEY=JSON, got &quot;%1&quot;</source>
        <translation>--param deve ter a forma KEY=JSON, recebido “%1”</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of messages (%2)</source>
        <translation>%1 deve conter um array JSON de mensagens (%2)</translation>
    </message>
    <message>
        <source>nothing to send: give a PROMPT, --messages-file or pipe text in</source>
        <translation>nada para enviar: informe um PROMPT, --messages-file ou envie texto por um pipe</translation>
    </message>
    <message>
        <source>no model: pass --model or save a default model in the profile</source>
        <translation>nenhum modelo: passe --model ou salve um modelo padrão no perfil</translation>
    </message>
    <message>
        <source>complete needs a PROMPT</source>
        <translation>complete requer um PROMPT</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;</source>
        <translation>--header deve ter a forma &apos;Name: value&apos;</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout requer um número positivo de segundos</translation>
    </message>
    <message>
        <source>--retries needs a number, 0 or more</source>
        <translation>--retries requer um número, 0 ou mais</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output deve ser text ou json</translation>
    </message>
    <message>
        <source>--metadata must look like K=V</source>
        <translation>--metadata deve ter a forma K=V</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit requer um número positivo</translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation>--order deve ser asc ou desc</translation>
    </message>
    <message>
        <source>--proxy must be system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (never a password: it goes to the keychain)</source>
        <translation>--proxy deve ser system, none, http://[USER@]HOST:PORT ou socks5://[USER@]HOST:PORT (nunca uma senha: ela vai para o chaveiro)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>“%1” não é uma impressão digital SHA-256 (64 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see: kaiwa-cli profile list)</source>
        <translation>nenhum perfil chamado “%1” (veja: kaiwa-cli profile list)</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot; (openai, azure-openai, azure-inference, gateway, local)</source>
        <translation>--provider desconhecido “%1” (openai, azure-openai, azure-inference, gateway, local)</translation>
    </message>
    <message>
        <source>unknown --provider &quot;%1&quot;</source>
        <translation>--provider desconhecido “%1”</translation>
    </message>
    <message>
        <source>--base-url must be an http or https URL</source>
        <translation>--base-url deve ser uma URL http ou https</translation>
    </message>
    <message>
        <source>no --base-url given for this provider</source>
        <translation>nenhum --base-url informado para este provedor</translation>
    </message>
    <message>
        <source>conversations search needs a QUERY</source>
        <translation>conversations search requer uma QUERY</translation>
    </message>
    <message>
        <source>--format must be json or markdown</source>
        <translation>--format deve ser json ou markdown</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>“%1” não é um ID de conversa</translation>
    </message>
    <message>
        <source>Markdown export takes exactly one conversation ID</source>
        <translation>A exportação em Markdown aceita exatamente um ID de conversa</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 (at %3)</source>
        <translation>%1 não foi importado: %2 (em %3)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n conversation(s)</source>
        <translation>
            <numerusform>%n conversa importada</numerusform>
            <numerusform>%n conversas importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conversations command &quot;%1&quot; (list, search, export, import)</source>
        <translation>comando de conversations desconhecido “%1” (list, search, export, import)</translation>
    </message>
    <message>
        <source>this provider needs --base-url</source>
        <translation>este provedor requer --base-url</translation>
    </message>
    <message>
        <source>--auth must be bearer, api-key, both or none</source>
        <translation>--auth deve ser bearer, api-key, both ou none</translation>
    </message>
    <message>
        <source>--token-field must be max_completion_tokens or max_tokens</source>
        <translation>--token-field deve ser max_completion_tokens ou max_tokens</translation>
    </message>
    <message>
        <source>--extra-body must be a JSON object</source>
        <translation>--extra-body deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>profile %1 needs a NAME</source>
        <translation>profile %1 requer um NAME</translation>
    </message>
    <message>
        <source>saved profile %1; set its key with: kaiwa-cli profile set-key %1</source>
        <translation>perfil %1 salvo; defina a chave dele com: kaiwa-cli profile set-key %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>nenhum perfil chamado “%1”</translation>
    </message>
    <message>
        <source>removed profile %1</source>
        <translation>perfil %1 removido</translation>
    </message>
    <message>
        <source>no secret on standard input (e.g. printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</source>
        <translation>nenhum segredo na entrada padrão (por exemplo printf %s &quot;$SECRET&quot; | kaiwa-cli profile %1 NAME)</translation>
    </message>
    <message>
        <source>the key was not saved: no system keychain</source>
        <translation>a chave não foi salva: não há chaveiro do sistema</translation>
    </message>
    <message>
        <source>stored the proxy password of %1 in the system keychain</source>
        <translation>senha do proxy de %1 armazenada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>stored the key of %1 in the system keychain</source>
        <translation>chave de %1 armazenada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>unknown profile command &quot;%1&quot; (list, add, remove, set-key, set-proxy-password)</source>
        <translation>comando de profile desconhecido “%1” (list, add, remove, set-key, set-proxy-password)</translation>
    </message>
    <message>
        <source>--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)</source>
        <translation>--save aceita um prompt de texto (não --messages-file, --image, --audio nem --no-stream)</translation>
    </message>
    <message>
        <source>stored %1 needs a completion ID</source>
        <translation>stored %1 requer um ID de conclusão</translation>
    </message>
    <message>
        <source>stored update needs --metadata K=V (the server replaces the whole map)</source>
        <translation>stored update requer --metadata K=V (o servidor substitui todo o mapa)</translation>
    </message>
    <message>
        <source>unknown stored command &quot;%1&quot; (list, get, messages, update, delete)</source>
        <translation>comando de stored desconhecido “%1” (list, get, messages, update, delete)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file name, %2 what is wrong in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[tool call %1] %2 %3</source>
        <extracomment>%1 the call&apos;s id, %2 the function&apos;s name, %3 its JSON arguments</extracomment>
        <translation>[chamada de ferramenta %1] %2 %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2 (see: kaiwa-cli --help)</source>
        <translation>comando desconhecido &quot;%1&quot;; os comandos são: %2 (veja: kaiwa-cli --help)</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;; its subcommands are: %3 (see: kaiwa-cli help %1)</source>
        <translation>comando %1 desconhecido &quot;%2&quot;; seus subcomandos são: %3 (veja: kaiwa-cli help %1)</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 (see: kaiwa-cli help %2)</source>
        <translation>--%1 não se aplica a %2 (veja: kaiwa-cli help %2)</translation>
    </message>
    <message>
        <source>no command given (see: kaiwa-cli --help)</source>
        <translation>nenhum comando informado (veja: kaiwa-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2 (see: kaiwa-cli help %1)</source>
        <translation>%1 precisa de um subcomando: %2 (veja: kaiwa-cli help %1)</translation>
    </message>
    <message>
        <source>%1 Continuing without an API key.</source>
        <translation>%1 Continuando sem chave da API.</translation>
    </message>
    <message>
        <source>command line</source>
        <extracomment>The name of the profile made from command-line options (shown in error messages).</extracomment>
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 s</source>
        <extracomment>%1 why the request failed, %2 the retry&apos;s number, %3 seconds until it starts</extracomment>
        <translation>%1; nova tentativa %2 em %3 s</translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>Prefix of every error line on standard error: &quot;kaiwa-cli: error: …&quot;</extracomment>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>Prefix of a warning line on standard error: &quot;kaiwa-cli: warning: …&quot;</extracomment>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 excluída</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 atualizada</translation>
    </message>
</context>
<context>
    <name>kaiwa-cli help</name>
    <message>
        <source>List the model ids the server offers.</source>
        <translation>Lista os ids de modelo que o servidor oferece.</translation>
    </message>
    <message>
        <source>Lists the models of the server (GET /models), one id per line. With --output json, prints the server&apos;s answer as it came.</source>
        <translation>Lista os modelos do servidor (GET /models), um id por linha. Com --output json, imprime a resposta do servidor como ela veio.</translation>
    </message>
    <message>
        <source>Send a chat completion and stream the answer.</source>
        <translation>Envia uma conclusão de chat e recebe a resposta por streaming.</translation>
    </message>
    <message>
        <source>Sends a Chat Completions request and prints choice 0 of the answer as it streams in. With --output json, prints one chat.completion assembled from the stream (with --no-stream, the server&apos;s object). Tool calls are printed as &quot;[tool call ID] NAME ARGUMENTS&quot;.

The model comes from --model or the profile&apos;s default model. Ctrl+C stops the request and keeps the partial answer.</source>
        <translation>Envia uma requisição de Chat Completions e imprime a alternativa 0 da resposta à medida que ela chega. Com --output json, imprime um chat.completion montado a partir do streaming (com --no-stream, o objeto do servidor). Chamadas de ferramenta são impressas como &quot;[chamada de ferramenta ID] NAME ARGUMENTS&quot;.

O modelo vem de --model ou do modelo padrão do perfil. Ctrl+C interrompe a requisição e mantém a resposta parcial.</translation>
    </message>
    <message>
        <source>The user message: the words after chat, or standard input when it is not a terminal.</source>
        <translation>A mensagem do usuário: as palavras após chat, ou a entrada padrão quando ela não é um terminal.</translation>
    </message>
    <message>
        <source>Send a legacy text completion (/completions).</source>
        <translation>Envia uma conclusão de texto legada (/completions).</translation>
    </message>
    <message>
        <source>Sends a legacy Completions request (POST /completions) and prints the text as it streams in.</source>
        <translation>Envia uma requisição legada de Completions (POST /completions) e imprime o texto à medida que ele chega.</translation>
    </message>
    <message>
        <source>The text to continue: the words after complete, or standard input.</source>
        <translation>O texto a continuar: as palavras após complete, ou a entrada padrão.</translation>
    </message>
    <message>
        <source>Completions stored on the server (chat --store).</source>
        <translation>Conclusões armazenadas no servidor (chat --store).</translation>
    </message>
    <message>
        <source>Lists, shows, updates and deletes the chat completions that the server stored because the request had store: true (kaiwa-cli chat --store).</source>
        <translation>Lista, mostra, atualiza e exclui as conclusões de chat que o servidor armazenou porque a requisição tinha store: true (kaiwa-cli chat --store).</translation>
    </message>
    <message>
        <source>List stored completions.</source>
        <translation>Lista as conclusões armazenadas.</translation>
    </message>
    <message>
        <source>Lists stored completions, one per line: id, creation time (UTC), model and metadata. --model and --metadata filter; --all follows every page.</source>
        <translation>Lista as conclusões armazenadas, uma por linha: id, data de criação (UTC), modelo e metadados. --model e --metadata filtram; --all percorre todas as páginas.</translation>
    </message>
    <message>
        <source>Show one stored completion.</source>
        <translation>Mostra uma conclusão armazenada.</translation>
    </message>
    <message>
        <source>Prints the id, model and metadata of a stored completion, then the text of its answer.</source>
        <translation>Imprime o id, o modelo e os metadados de uma conclusão armazenada e, em seguida, o texto da resposta.</translation>
    </message>
    <message>
        <source>The completion&apos;s id (chatcmpl-…).</source>
        <translation>O id da conclusão (chatcmpl-…).</translation>
    </message>
    <message>
        <source>List the request messages of a stored completion.</source>
        <translation>Lista as mensagens da requisição de uma conclusão armazenada.</translation>
    </message>
    <message>
        <source>Lists the messages of the request that produced a stored completion, one &quot;role: text&quot; line each.</source>
        <translation>Lista as mensagens da requisição que produziu uma conclusão armazenada, uma linha &quot;role: text&quot; para cada.</translation>
    </message>
    <message>
        <source>Replace the metadata of a stored completion.</source>
        <translation>Substitui os metadados de uma conclusão armazenada.</translation>
    </message>
    <message>
        <source>Sets the metadata of a stored completion to the --metadata pairs given; the server replaces the whole map.</source>
        <translation>Define os metadados de uma conclusão armazenada como os pares --metadata informados; o servidor substitui o mapa inteiro.</translation>
    </message>
    <message>
        <source>Delete a stored completion.</source>
        <translation>Exclui uma conclusão armazenada.</translation>
    </message>
    <message>
        <source>Deletes a stored completion from the server.</source>
        <translation>Exclui uma conclusão armazenada do servidor.</translation>
    </message>
    <message>
        <source>Saved provider profiles.</source>
        <translation>Perfis de provedor salvos.</translation>
    </message>
    <message>
        <source>Manages the provider profiles that kaiwa-cli and the Kaiwa app share. A profile keeps everything but its secrets in profiles.ini; the API key and the proxy password go to the OS keychain and are read from standard input, never from the command line. Use a profile with --profile NAME.</source>
        <translation>Gerencia os perfis de provedor que o kaiwa-cli e o aplicativo Kaiwa compartilham. Um perfil guarda tudo, exceto seus segredos, em profiles.ini; a chave da API e a senha do proxy vão para o chaveiro do sistema e são lidas da entrada padrão, nunca da linha de comando. Use um perfil com --profile NAME.</translation>
    </message>
    <message>
        <source>List saved profiles.</source>
        <translation>Lista os perfis salvos.</translation>
    </message>
    <message>
        <source>Lists the saved profiles, one per line: name, provider, base URL and default model. With --output json, every setting of each profile (never the key).</source>
        <translation>Lista os perfis salvos, um por linha: nome, provedor, URL base e modelo padrão. Com --output json, todas as configurações de cada perfil (nunca a chave).</translation>
    </message>
    <message>
        <source>Save a profile, or change a saved one.</source>
        <translation>Salva um perfil ou altera um perfil salvo.</translation>
    </message>
    <message>
        <source>Saves the profile NAME with the options given. For a profile that exists, the options given replace its settings and the others stay; --provider starts again from that provider&apos;s defaults. Then set its key with profile set-key.</source>
        <translation>Salva o perfil NAME com as opções informadas. Para um perfil existente, as opções informadas substituem suas configurações e as demais permanecem; --provider recomeça a partir dos padrões desse provedor. Depois, defina a chave com profile set-key.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>O nome do perfil.</translation>
    </message>
    <message>
        <source>Delete a profile and its secrets.</source>
        <translation>Exclui um perfil e seus segredos.</translation>
    </message>
    <message>
        <source>Deletes the profile, its key and its proxy password.</source>
        <translation>Exclui o perfil, sua chave e sua senha do proxy.</translation>
    </message>
    <message>
        <source>Store a profile&apos;s API key in the keychain.</source>
        <translation>Armazena a chave da API de um perfil no chaveiro.</translation>
    </message>
    <message>
        <source>Reads the API key from standard input and stores it in the OS keychain (the Secret Service on Linux). Without a keychain, nothing is stored and the exit status is 1.</source>
        <translation>Lê a chave da API da entrada padrão e a armazena no chaveiro do sistema (o Secret Service no Linux). Sem um chaveiro, nada é armazenado e o código de saída é 1.</translation>
    </message>
    <message>
        <source>Store a profile&apos;s proxy password in the keychain.</source>
        <translation>Armazena a senha do proxy de um perfil no chaveiro.</translation>
    </message>
    <message>
        <source>Reads the password of the profile&apos;s proxy user (profile add sets the proxy) from standard input and stores it in the OS keychain, never in profiles.ini.</source>
        <translation>Lê da entrada padrão a senha do usuário do proxy do perfil (profile add define o proxy) e a armazena no chaveiro do sistema, nunca em profiles.ini.</translation>
    </message>
    <message>
        <source>Kaiwa&apos;s conversation history.</source>
        <translation>O histórico de conversas do Kaiwa.</translation>
    </message>
    <message>
        <source>Lists, searches, exports and imports the conversations of the Kaiwa app (and of chat --save). They are local: no server is contacted.</source>
        <translation>Lista, pesquisa, exporta e importa as conversas do aplicativo Kaiwa (e de chat --save). Elas são locais: nenhum servidor é contatado.</translation>
    </message>
    <message>
        <source>List conversations.</source>
        <translation>Lista as conversas.</translation>
    </message>
    <message>
        <source>Lists the conversations, one per line: id, last change (UTC) and title.</source>
        <translation>Lista as conversas, uma por linha: id, última alteração (UTC) e título.</translation>
    </message>
    <message>
        <source>Search every message.</source>
        <translation>Pesquisa em todas as mensagens.</translation>
    </message>
    <message>
        <source>Searches the text of every message, in any language (one character is enough). Prints conversation id, message id, title and a snippet per hit.</source>
        <translation>Pesquisa o texto de todas as mensagens, em qualquer idioma (um caractere basta). Imprime o id da conversa, o id da mensagem, o título e um trecho para cada resultado.</translation>
    </message>
    <message>
        <source>The words to find (the rest of the line).</source>
        <translation>As palavras a encontrar (o restante da linha).</translation>
    </message>
    <message>
        <source>Print conversations as JSON or Markdown.</source>
        <translation>Imprime conversas como JSON ou Markdown.</translation>
    </message>
    <message>
        <source>Prints the conversations as Kaiwa JSON (lossless, attachments included), or one conversation as Markdown.</source>
        <translation>Imprime as conversas como JSON do Kaiwa (sem perdas, anexos incluídos) ou uma conversa como Markdown.</translation>
    </message>
    <message>
        <source>Conversation ids (default: all; exactly one for Markdown).</source>
        <translation>Ids das conversas (padrão: todas; exatamente uma para Markdown).</translation>
    </message>
    <message>
        <source>Import Kaiwa JSON or a ChatGPT export.</source>
        <translation>Importa JSON do Kaiwa ou uma exportação do ChatGPT.</translation>
    </message>
    <message>
        <source>Imports a Kaiwa JSON export or a ChatGPT conversations.json, all in one transaction: nothing is imported when the file has an error.</source>
        <translation>Importa uma exportação JSON do Kaiwa ou um conversations.json do ChatGPT, tudo em uma única transação: nada é importado se o arquivo tiver um erro.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>O arquivo a importar.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Mostra a ajuda de um comando.</translation>
    </message>
    <message>
        <source>Prints the help of a command or subcommand, or this overview without one. &quot;kaiwa-cli COMMAND --help&quot; does the same.</source>
        <translation>Imprime a ajuda de um comando ou subcomando ou, sem nenhum, esta visão geral. &quot;kaiwa-cli COMMAND --help&quot; faz o mesmo.</translation>
    </message>
    <message>
        <source>A command, and for a group one of its subcommands.</source>
        <translation>Um comando e, para um grupo, um de seus subcomandos.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the keychain failed; 2 usage error; 3 API error (an HTTP error status or an error in the stream); 4 network error, timeout, or a stream that ended early. On 3 and 4, standard output keeps what arrived and standard error has one line &quot;kaiwa-cli: error: ...&quot;.</source>
        <translation>Código de saída: 0 sucesso; 1 falha do chaveiro; 2 erro de uso; 3 erro da API (um status HTTP de erro ou um erro no streaming); 4 erro de rede, tempo esgotado ou streaming que terminou antes do fim. Em 3 e 4, a saída padrão mantém o que chegou e a saída de erro padrão tem uma linha &quot;kaiwa-cli: erro: ...&quot;.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the conversation database, the profile file or the keychain failed; 2 usage error.</source>
        <translation>Código de saída: 0 sucesso; 1 falha do banco de dados de conversas, do arquivo de perfis ou do chaveiro; 2 erro de uso.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 2 unknown command.</source>
        <translation>Código de saída: 0 sucesso; 2 comando desconhecido.</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</source>
        <translation>Uso: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Talks to any OpenAI-compatible Chat Completions API, and to the profiles and conversation history it shares with the Kaiwa app.</source>
        <translation>Comunica-se com qualquer API de Chat Completions compatível com a OpenAI e com os perfis e o histórico de conversas que compartilha com o aplicativo Kaiwa.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Connection options (models, chat, complete, stored):</source>
        <translation>Opções de conexão (models, chat, complete, stored):</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>Options may come anywhere on the line. &quot;kaiwa-cli help COMMAND&quot; (or &quot;kaiwa-cli COMMAND --help&quot;) shows a command&apos;s own options, arguments and examples; &quot;man kaiwa-cli&quot; has everything.

The API key comes from the OS keychain (--profile) or from $KAIWA_API_KEY or $OPENAI_API_KEY; it is never accepted on the command line.</source>
        <translation>As opções podem aparecer em qualquer lugar da linha. &quot;kaiwa-cli help COMMAND&quot; (ou &quot;kaiwa-cli COMMAND --help&quot;) mostra as opções, os argumentos e os exemplos de um comando; &quot;man kaiwa-cli&quot; tem tudo.

A chave da API vem do chaveiro do sistema (--profile) ou de $KAIWA_API_KEY ou $OPENAI_API_KEY; ela nunca é aceita na linha de comando.</translation>
    </message>
    <message>
        <source>Usage: kaiwa-cli [OPTIONS] %1</source>
        <translation>Uso: kaiwa-cli [OPTIONS] %1</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options of its subcommands:</source>
        <translation>Opções de seus subcomandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Connection options: %1 (see: kaiwa-cli --help).</source>
        <translation>Opções de conexão: %1 (veja: kaiwa-cli --help).</translation>
    </message>
    <message>
        <source>Global options: %1.</source>
        <translation>Opções globais: %1.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemplos:</translation>
    </message>
    <message>
        <source>Run &quot;kaiwa-cli help %1 SUBCOMMAND&quot; for the options and examples of a subcommand.</source>
        <translation>Execute &quot;kaiwa-cli help %1 SUBCOMMAND&quot; para ver as opções e os exemplos de um subcomando.</translation>
    </message>
    <message>
        <source>Show help (for a command: its own).</source>
        <translation>Mostra a ajuda (após um comando, a ajuda desse comando).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra a versão.</translation>
    </message>
    <message>
        <source>text (default) or json: the server&apos;s JSON, or one JSON document for local data.</source>
        <translation>text (padrão) ou json: o JSON do servidor ou um documento JSON para dados locais.</translation>
    </message>
    <message>
        <source>Base URL of the API, e.g. https://api.openai.com/v1.</source>
        <translation>URL base da API, por exemplo https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>openai (default), azure-openai, azure-inference, gateway or local: sets the authentication and URL style.</source>
        <translation>openai (padrão), azure-openai, azure-inference, gateway ou local: define a autenticação e o estilo da URL.</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable instead of KAIWA_API_KEY or OPENAI_API_KEY (also instead of the keychain with --profile).</source>
        <translation>Lê a chave da API desta variável de ambiente em vez de KAIWA_API_KEY ou OPENAI_API_KEY (e também em vez do chaveiro com --profile).</translation>
    </message>
    <message>
        <source>The api-version query parameter (Azure).</source>
        <translation>O parâmetro de consulta api-version (Azure).</translation>
    </message>
    <message>
        <source>Extra request header &apos;Name: value&apos; (repeatable).</source>
        <translation>Cabeçalho adicional da requisição &apos;Name: value&apos; (repetível).</translation>
    </message>
    <message>
        <source>Use a saved profile (its key comes from the OS keychain); the options above override its settings for this run.</source>
        <translation>Usa um perfil salvo (sua chave vem do chaveiro do sistema); as opções acima substituem as configurações dele nesta execução.</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (connect and stream; default 60).</source>
        <translation>Segundos sem dados antes de desistir (conexão e streaming; padrão 60).</translation>
    </message>
    <message>
        <source>Retries for connection errors, 408, 409, 429 and 5xx before any answer arrived (default 2).</source>
        <translation>Novas tentativas para erros de conexão, 408, 409, 429 e 5xx antes de chegar qualquer resposta (padrão 2).</translation>
    </message>
    <message>
        <source>system (default), none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT; the password comes from the keychain (profile set-proxy-password).</source>
        <translation>system (padrão), none, http://[USER@]HOST:PORT ou socks5://[USER@]HOST:PORT; a senha vem do chaveiro (profile set-proxy-password).</translation>
    </message>
    <message>
        <source>PEM file of CA certificates trusted besides the system&apos;s.</source>
        <translation>Arquivo PEM de certificados de AC confiáveis além dos do sistema.</translation>
    </message>
    <message>
        <source>PEM client certificate (mutual TLS).</source>
        <translation>Certificado de cliente PEM (TLS mútuo).</translation>
    </message>
    <message>
        <source>Its PEM private key (without a passphrase).</source>
        <translation>Sua chave privada PEM (sem frase secreta).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint that the server&apos;s certificate or its CA must have (repeatable).</source>
        <translation>Impressão digital SHA-256 que o certificado do servidor ou sua AC deve ter (repetível).</translation>
    </message>
    <message>
        <source>Accept this one certificate despite its TLS errors (SHA-256, repeatable).</source>
        <translation>Aceita este certificado apesar de seus erros de TLS (SHA-256, repetível).</translation>
    </message>
    <message>
        <source>Model id or Azure deployment (chat, complete: default from the profile; stored list: only this model&apos;s; profile add: the profile&apos;s default).</source>
        <translation>Id do modelo ou implantação do Azure (chat, complete: padrão do perfil; stored list: somente as deste modelo; profile add: o padrão do perfil).</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Prompt de sistema.</translation>
    </message>
    <message>
        <source>JSON array of messages sent before PROMPT (the API&apos;s own message format).</source>
        <translation>Array JSON de mensagens enviadas antes de PROMPT (no formato de mensagem da própria API).</translation>
    </message>
    <message>
        <source>Image file or URL to attach (repeatable).</source>
        <translation>Arquivo ou URL de imagem a anexar (repetível).</translation>
    </message>
    <message>
        <source>Audio file to attach (wav or mp3).</source>
        <translation>Arquivo de áudio a anexar (wav ou mp3).</translation>
    </message>
    <message>
        <source>Request parameter KEY=JSON, or KEY=@file.json (repeatable), e.g. temperature=0.2.</source>
        <translation>Parâmetro da requisição KEY=JSON ou KEY=@file.json (repetível), por exemplo temperature=0.2.</translation>
    </message>
    <message>
        <source>Ask for one JSON answer instead of a stream.</source>
        <translation>Pede uma única resposta JSON em vez de streaming.</translation>
    </message>
    <message>
        <source>Store the completion on the server (store: true).</source>
        <translation>Armazena a conclusão no servidor (store: true).</translation>
    </message>
    <message>
        <source>Also save the exchange in Kaiwa&apos;s conversation history (a text prompt only).</source>
        <translation>Também salva a troca no histórico de conversas do Kaiwa (somente um prompt de texto).</translation>
    </message>
    <message>
        <source>Metadata pair (repeatable): sent with chat, a filter for stored list, the new map for stored update.</source>
        <translation>Par de metadados (repetível): enviado com chat, um filtro para stored list, o novo mapa para stored update.</translation>
    </message>
    <message>
        <source>Text that follows the completion.</source>
        <translation>Texto que vem depois da conclusão.</translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation>Itens por página.</translation>
    </message>
    <message>
        <source>asc or desc.</source>
        <translation>asc ou desc.</translation>
    </message>
    <message>
        <source>Start after this id.</source>
        <translation>Começa após este id.</translation>
    </message>
    <message>
        <source>Follow every page and print them as one list.</source>
        <translation>Percorre todas as páginas e as imprime como uma única lista.</translation>
    </message>
    <message>
        <source>How the key is sent: bearer, api-key, both or none (default: the provider&apos;s).</source>
        <translation>Como a chave é enviada: bearer, api-key, both ou none (padrão: o do provedor).</translation>
    </message>
    <message>
        <source>Name of the token-limit field: max_completion_tokens or max_tokens.</source>
        <translation>Nome do campo de limite de tokens: max_completion_tokens ou max_tokens.</translation>
    </message>
    <message>
        <source>JSON object merged into every request body.</source>
        <translation>Objeto JSON mesclado ao corpo de cada requisição.</translation>
    </message>
    <message>
        <source>Value of the extra-parameters header (Azure AI inference: pass-through, drop or error).</source>
        <translation>Valor do cabeçalho extra-parameters (Azure AI inference: pass-through, drop ou error).</translation>
    </message>
    <message>
        <source>json (default) or markdown (one conversation).</source>
        <translation>json (padrão) ou markdown (uma conversa).</translation>
    </message>
</context>
</TS>
