// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints a table of request bodies built with Kaiwa's own builders, one JSON object per line:
// {"name", "schema", "expect": "valid"|"invalid", "body"}. validate_requests.py checks each body
// against the OpenAPI spec; the "invalid" rows prove the validator rejects what it must.
#include <cstdio>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/request/ChatRequest.h"
#include "core/request/CompletionRequest.h"
#include "core/settings/ProviderProfile.h"

using namespace Qt::StringLiterals;

namespace {
const QString ChatSchema = u"CreateChatCompletionRequest"_s;
const QString CompletionSchema = u"CreateCompletionRequest"_s;

void emitRow(const QString &name, const QString &schema, bool valid, const QJsonObject &body)
{
    const QJsonObject row{ { u"name"_s, name }, { u"schema"_s, schema },
        { u"expect"_s, valid ? u"valid"_s : u"invalid"_s }, { u"body"_s, body } };
    const QByteArray line = QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

ProviderProfile openai()
{
    return ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
}

ChatRequest chat(const QString &text = u"Hello"_s)
{
    ChatRequest request;
    request.model = u"gpt-4o"_s;
    request.messages.append(RequestMessage::user(text));
    return request;
}

void valid(const QString &name, const ChatRequest &request)
{
    emitRow(name, ChatSchema, true, toJson(request, openai()));
}

void invalid(const QString &name, const ChatRequest &request)
{
    emitRow(name, ChatSchema, false, toJson(request, openai()));
}

const QJsonObject weatherParameters{ { u"type"_s, u"object"_s },
    { u"properties"_s,
        QJsonObject{ { u"city"_s, QJsonObject{ { u"type"_s, u"string"_s } } },
            { u"unit"_s,
                QJsonObject{ { u"type"_s, u"string"_s },
                    { u"enum"_s, QJsonArray{ u"celsius"_s, u"fahrenheit"_s } } } } } },
    { u"required"_s, QJsonArray{ u"city"_s, u"unit"_s } }, { u"additionalProperties"_s, false } };

ChatRequest withTools()
{
    ChatRequest request = chat(u"Weather in Paris?"_s);
    request.tools = QList<ToolDefinition>{ ToolDefinition::function(u"get_weather"_s,
                                               u"Current weather"_s, weatherParameters, true),
        ToolDefinition::custom(u"run_sql"_s, u"Free-form SQL"_s) };
    return request;
}

void chatRows()
{
    valid(u"plain text"_s, chat());

    ChatRequest roles = chat();
    roles.messages.prepend(RequestMessage::system(u"You are terse."_s));
    roles.messages.prepend(RequestMessage::developer(u"Answer in English."_s));
    roles.messages[0].name = u"policy"_s;
    valid(u"developer + system + user"_s, roles);

    ChatRequest turns = withTools();
    RequestMessage call;
    call.role = RequestMessage::Role::Assistant;
    call.toolCalls = { { RequestToolCall::Type::Function, u"call_1"_s, u"get_weather"_s,
                           u"{\"city\":\"Paris\",\"unit\":\"celsius\"}"_s },
        { RequestToolCall::Type::Custom, u"call_2"_s, u"run_sql"_s, u"select 1"_s } };
    turns.messages.append(call);
    turns.messages.append(RequestMessage::tool(u"call_1"_s, u"18 C, cloudy"_s));
    turns.messages.append(RequestMessage::tool(u"call_2"_s, u"1"_s));
    turns.messages.append(RequestMessage::assistant(u"It is 18 C."_s));
    turns.messages.append(RequestMessage::user(u"Thanks"_s));
    valid(u"multi-turn with tool_calls and tool messages"_s, turns);

    ChatRequest images = chat();
    images.messages[0] = RequestMessage::user({ MessagePart::makeText(u"Compare"_s),
        MessagePart::makeImageUrl(u"https://example.com/a.png"_s, u"high"_s),
        MessagePart::makeImageUrl(u"data:image/png;base64,iVBORw0KGgo="_s, u"low"_s),
        MessagePart::makeImageUrl(u"https://example.com/b.jpg"_s) });
    valid(u"image URL and data URL parts with detail"_s, images);

    ChatRequest audioIn = chat();
    audioIn.model = u"gpt-4o-audio-preview"_s;
    audioIn.messages[0] = RequestMessage::user({ MessagePart::makeText(u"Transcribe"_s),
        MessagePart::makeInputAudio(u"UklGRiQAAABXQVZF"_s, u"wav"_s),
        MessagePart::makeInputAudio(u"SUQzAwAAAAAAAA=="_s, u"mp3"_s) });
    valid(u"input_audio wav and mp3"_s, audioIn);

    ChatRequest files = chat();
    files.messages[0] = RequestMessage::user({ MessagePart::makeText(u"Summarise"_s),
        MessagePart::makeFile(u"data:application/pdf;base64,JVBERi0xLjcK"_s, u"report.pdf"_s),
        MessagePart::makeFile({}, {}, u"file-abc123"_s) });
    valid(u"file parts (data and id)"_s, files);

    ChatRequest schema = chat();
    schema.responseFormat = ResponseFormat::jsonSchema(u"weather"_s, weatherParameters, true);
    schema.responseFormat->description = u"A weather report"_s;
    valid(u"json_schema response format"_s, schema);
    ChatRequest jsonMode = chat(u"Reply in JSON"_s);
    jsonMode.responseFormat = ResponseFormat();
    jsonMode.responseFormat->type = ResponseFormat::Type::JsonObject;
    valid(u"json_object response format"_s, jsonMode);

    const QList<std::pair<QString, ToolChoice>> choices{ { u"none"_s, ToolChoice::none() },
        { u"auto"_s, ToolChoice::automatic() }, { u"required"_s, ToolChoice::required() },
        { u"named function"_s, ToolChoice::function(u"get_weather"_s) },
        { u"named custom"_s, ToolChoice::custom(u"run_sql"_s) },
        { u"allowed_tools"_s,
            ToolChoice::allowed({ { ToolDefinition::Type::Function, u"get_weather"_s } }, true) } };
    for (const auto &[name, choice] : choices) {
        ChatRequest request = withTools();
        request.toolChoice = choice;
        request.parallelToolCalls = false;
        valid(u"tools (strict) + tool_choice "_s + name, request);
    }

    ChatRequest logprobs = chat();
    logprobs.logprobs = true;
    logprobs.topLogprobs = 20;
    logprobs.n = 3;
    logprobs.logitBias = QMap<QString, int>{ { u"50256"_s, -100 }, { u"15"_s, 10 } };
    valid(u"logprobs + top_logprobs + n + logit_bias"_s, logprobs);

    ChatRequest stopOne = chat();
    stopOne.stop = u"\n\n"_s;
    stopOne.seed = std::numeric_limits<qint64>::max();
    stopOne.maxTokens = 512;
    stopOne.temperature = 0.2;
    stopOne.topP = 0.9;
    stopOne.frequencyPenalty = -2.0;
    stopOne.presencePenalty = 2.0;
    valid(u"stop string, large int64 seed, sampling"_s, stopOne);
    ChatRequest stopList = chat();
    stopList.stop = QStringList{ u"END"_s, u"STOP"_s, u"###"_s, u"\n"_s };
    valid(u"stop list of four"_s, stopList);

    ChatRequest audioOut = chat();
    audioOut.model = u"gpt-4o-audio-preview"_s;
    audioOut.modalities = QStringList{ u"text"_s, u"audio"_s };
    audioOut.audio = AudioOutput{ u"alloy"_s, {}, u"wav"_s };
    RequestMessage earlier;
    earlier.role = RequestMessage::Role::Assistant;
    earlier.audioId = u"audio_abc"_s;
    audioOut.messages.prepend(earlier);
    valid(u"audio output modalities"_s, audioOut);
    ChatRequest customVoice = audioOut;
    customVoice.audio = AudioOutput{ {}, u"voice_1234"_s, u"mp3"_s };
    valid(u"audio output with custom voice id"_s, customVoice);

    ChatRequest prediction = chat(u"Rename x to y in: let x = 1"_s);
    prediction.prediction = Prediction{ u"let y = 1"_s, {} };
    valid(u"prediction string"_s, prediction);
    prediction.prediction = Prediction{ {}, { u"let y"_s, u" = 1"_s } };
    valid(u"prediction text parts"_s, prediction);

    ChatRequest stored = chat();
    stored.store = true;
    stored.metadata = QMap<QString, QString>{ { u"project"_s, u"kaiwa"_s }, { u"run"_s, u"42"_s } };
    stored.user = u"user-1"_s;
    stored.safetyIdentifier = u"hash-abc"_s;
    stored.promptCacheKey = u"kaiwa-v1"_s;
    stored.promptCacheRetention = u"24h"_s;
    stored.promptCacheOptions = PromptCacheOptions{ u"30m"_s, u"explicit"_s };
    stored.messages[0].parts = { MessagePart::makeText(u"Long shared prefix"_s) };
    stored.messages[0].parts[0].cacheBreakpoint = true;
    valid(u"store + metadata + prompt cache"_s, stored);

    ChatRequest reasoning = chat();
    reasoning.model = u"o3"_s;
    reasoning.reasoningEffort = u"high"_s;
    reasoning.verbosity = u"low"_s;
    reasoning.serviceTier = u"flex"_s;
    reasoning.moderation = ModerationOptions{ u"omni-moderation-latest"_s, u"score"_s, u"block"_s };
    valid(u"reasoning_effort + verbosity + service_tier + moderation"_s, reasoning);

    ChatRequest search = chat(u"News today?"_s);
    search.model = u"gpt-4o-search-preview"_s;
    WebSearchOptions options;
    options.searchContextSize = u"low"_s;
    options.hasUserLocation = true;
    options.country = u"DE"_s;
    options.city = u"Berlin"_s;
    options.timezone = u"Europe/Berlin"_s;
    search.webSearchOptions = options;
    valid(u"web_search_options"_s, search);

    ChatRequest stream = chat();
    stream.stream = true;
    stream.streamOptions = StreamOptions{ true, false };
    valid(u"stream + stream_options"_s, stream);

    ChatRequest legacyFunctions = chat();
    legacyFunctions.functions = QList<ToolDefinition>{ ToolDefinition::function(
        u"get_weather"_s, u"w"_s, weatherParameters) };
    legacyFunctions.functionCall =
        FunctionCallChoice{ FunctionCallChoice::Mode::Named, u"get_weather"_s };
    valid(u"deprecated functions + function_call"_s, legacyFunctions);

    // Explicit nulls are allowed where the spec says nullable (OpenAPI 3.0 form, rewritten by
    // the validator); this row fails if that rewrite is lost.
    ChatRequest nulls = chat();
    RequestMessage function;
    function.role = RequestMessage::Role::Function;
    function.name = u"get_weather"_s;
    nulls.messages.append(function);
    nulls.extraBody = QJsonObject{ { u"temperature"_s, QJsonValue::Null },
        { u"stop"_s, QJsonValue::Null }, { u"max_completion_tokens"_s, QJsonValue::Null } };
    valid(u"nullable fields as null, function message with null content"_s, nulls);

    ChatRequest params = chat();
    for (const auto &[key, value] : { std::pair{ u"temperature"_s, parseParamValue(u"0.7"_s) },
             std::pair{ u"max_tokens"_s, parseParamValue(u"100"_s) },
             std::pair{ u"response_format"_s, parseParamValue(u"{\"type\":\"json_object\"}"_s) },
             std::pair{ u"metadata"_s, parseParamValue(u"{\"k\":\"v\"}"_s) },
             std::pair{ u"store"_s, parseParamValue(u"true"_s) } }) {
        if (!applyParam(params, key, value).isEmpty())
            qFatal("applyParam failed in the table");
    }
    valid(u"built through --param"_s, params);
}

void invalidChatRows()
{
    ChatRequest hot = chat();
    hot.temperature = 3.0;
    invalid(u"temperature 3"_s, hot);

    ChatRequest zero = chat();
    zero.n = 0;
    invalid(u"n 0"_s, zero);

    ChatRequest part = chat();
    part.extraBody.insert(u"messages"_s,
        QJsonArray{ QJsonObject{ { u"role"_s, u"user"_s },
            { u"content"_s,
                QJsonArray{ QJsonObject{ { u"type"_s, u"video_url"_s },
                    { u"video_url"_s,
                        QJsonObject{ { u"url"_s, u"https://x/v.mp4"_s } } } } } } } });
    invalid(u"unknown content part type via extraBody"_s, part);

    ChatRequest ogg = chat();
    ogg.messages[0] =
        RequestMessage::user({ MessagePart::makeInputAudio(u"T2dnUw=="_s, u"ogg"_s) });
    invalid(u"input_audio format ogg forced through"_s, ogg);

    ChatRequest top = chat();
    top.logprobs = true;
    top.topLogprobs = 21;
    invalid(u"top_logprobs 21"_s, top);

    QJsonObject missing = toJson(chat(), openai());
    missing.remove(u"messages"_s);
    emitRow(u"missing messages"_s, ChatSchema, false, missing);

    ChatRequest empty = chat();
    empty.messages.clear();
    invalid(u"empty messages"_s, empty);

    ChatRequest fiveStops = chat();
    fiveStops.stop = QStringList{ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s };
    invalid(u"stop list of five"_s, fiveStops);

    ChatRequest effort = chat();
    effort.reasoningEffort = u"extreme"_s;
    invalid(u"reasoning_effort extreme"_s, effort);

    ChatRequest detail = chat();
    detail.messages[0] =
        RequestMessage::user({ MessagePart::makeImageUrl(u"https://x/a.png"_s, u"ultra"_s) });
    invalid(u"image detail ultra"_s, detail);
}

void completionRows()
{
    const auto emitCompletion = [](const QString &name, bool ok, const CompletionRequest &r) {
        emitRow(name, CompletionSchema, ok, toJson(r, openai()));
    };
    CompletionRequest base;
    base.model = u"gpt-3.5-turbo-instruct"_s;
    base.prompt = u"def fib(n):"_s;
    base.maxTokens = 64;
    emitCompletion(u"legacy plain prompt"_s, true, base);

    CompletionRequest full = base;
    full.suffix = u"\n    return a"_s;
    full.echo = true;
    full.bestOf = 3;
    full.n = 2;
    full.logprobs = 5;
    full.temperature = 0.3;
    full.stop = QStringList{ u"\n\n"_s };
    full.seed = -12345678901234LL;
    full.logitBias = QMap<QString, int>{ { u"50256"_s, -100 } };
    full.user = u"u"_s;
    emitCompletion(u"legacy suffix/echo/best_of/logprobs"_s, true, full);

    CompletionRequest stream = base;
    stream.prompt = QStringList{ u"a"_s, u"b"_s };
    stream.stream = true;
    stream.streamOptions = StreamOptions{ true, std::nullopt };
    emitCompletion(u"legacy list prompt streaming"_s, true, stream);

    CompletionRequest tooMany = base;
    tooMany.logprobs = 6;
    emitCompletion(u"legacy logprobs 6"_s, false, tooMany);
    CompletionRequest boolLogprobs = base;
    boolLogprobs.extraBody.insert(u"logprobs"_s, true);
    emitCompletion(u"legacy logprobs as chat-style boolean"_s, false, boolLogprobs);
    CompletionRequest noPrompt = base;
    noPrompt.prompt.reset();
    emitCompletion(u"legacy missing prompt"_s, false, noPrompt);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    chatRows();
    invalidChatRows();
    completionRows();
    return 0;
}
